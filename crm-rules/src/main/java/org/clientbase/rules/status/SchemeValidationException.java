package org.clientbase.rules.status;

import java.util.List;
import org.clientbase.core.ClientbaseException;

/**
 * A {@link StatusScheme} cannot be built: the exception lists every problem found, not just the
 * first, so a host can show them all at once.
 */
public final class SchemeValidationException extends ClientbaseException {
  private static final long serialVersionUID = 1L;

  /** The problems. */
  private final transient List<SchemeProblem> problems;

  /**
   * Creates the exception.
   *
   * @param problems the problems, at least one
   */
  public SchemeValidationException(List<SchemeProblem> problems) {
    super(describe(problems));
    this.problems = List.copyOf(problems);
  }

  private static String describe(List<SchemeProblem> problems) {
    StringBuilder text = new StringBuilder("The status scheme has ").append(problems.size())
        .append(problems.size() == 1 ? " problem: " : " problems: ");
    for (int i = 0; i < problems.size(); i++) {
      text.append(i == 0 ? "" : "; ").append(i + 1).append(") ").append(problems.get(i).message());
    }
    return text.toString();
  }

  /**
   * Returns every problem found.
   *
   * @return the problems
   */
  public List<SchemeProblem> problems() {
    return problems;
  }
}
