package org.clientbase.rules.conversion;

import java.util.List;
import org.clientbase.core.ClientbaseException;

/** A field mapping names unknown fields or maps fields whose types do not fit; lists every problem. */
public class InvalidFieldMappingException extends ClientbaseException {
  private static final long serialVersionUID = 1L;

  /** Every problem found, one sentence each. */
  private final List<String> problems;

  /**
   * Creates the exception.
   *
   * @param problems every problem found, one sentence each
   */
  public InvalidFieldMappingException(List<String> problems) {
    super("field mapping has " + problems.size() + " problem(s): " + String.join("; ", problems));
    this.problems = List.copyOf(problems);
  }

  /**
   * Returns every problem found.
   *
   * @return the problems
   */
  public List<String> problems() {
    return problems;
  }
}
