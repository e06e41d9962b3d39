package org.clientbase.core;

/**
 * Root of every exception the library throws on purpose.
 *
 * <p>Catch this type to handle any library failure in one place; catch a subtype to react to
 * one specific failure, such as {@link InvalidValueException}.
 */
public class ClientbaseException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message.
   *
   * @param message what went wrong, naming the object and the value involved
   */
  public ClientbaseException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a message and a cause.
   *
   * @param message what went wrong, naming the object and the value involved
   * @param cause the failure that led to this one
   */
  public ClientbaseException(String message, Throwable cause) {
    super(message, cause);
  }
}
