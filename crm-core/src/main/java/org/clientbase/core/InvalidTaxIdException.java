package org.clientbase.core;

/**
 * A tax id (INN, KPP, OGRN or OGRNIP) has the wrong length, characters or check digit.
 */
public class InvalidTaxIdException extends InvalidValueException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param kind the kind of tax id, e.g. {@code "INN"}
   * @param value the rejected value as given
   * @param rule what is wrong with it, e.g. {@code "check digit 4 expected 3"}
   */
  public InvalidTaxIdException(String kind, Object value, String rule) {
    super(kind, value, rule);
  }
}
