package org.clientbase.examples.cli;

/**
 * A row of an input file that cannot be used, with the reason in words. The command reports it
 * with the file and line and goes on with the next row.
 */
public final class RowException extends Exception {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param reason what is wrong with the row, naming the column and the value
   */
  public RowException(String reason) {
    super(reason, null, false, false);
  }
}
