package org.clientbase.examples.lookup;

import org.clientbase.core.ClientbaseException;

/** A registry file is malformed; the message names the file, the line and the problem. */
public class RegistryFileException extends ClientbaseException {
  private static final long serialVersionUID = 1L;

  /** The line, counted from 1. */
  private final int line;

  /**
   * Creates the exception.
   *
   * @param source the file or resource
   * @param line the line, counted from 1
   * @param problem what is wrong
   * @param cause the underlying failure, or {@code null}
   */
  public RegistryFileException(String source, int line, String problem, Throwable cause) {
    super(source + ", line " + line + ": " + problem, cause);
    this.line = line;
  }

  /**
   * Returns the line of the problem.
   *
   * @return the line, counted from 1
   */
  public int line() {
    return line;
  }
}
