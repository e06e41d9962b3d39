package org.clientbase.rules.matching;

import java.util.List;
import org.clientbase.core.ClientbaseException;

/** A set of {@link MatchRules} was built with problems; the exception lists every one. */
public class InvalidMatchRulesException extends ClientbaseException {
  private static final long serialVersionUID = 1L;

  /** The problems, each a sentence naming the setting and its value. */
  private final List<String> problems;

  /**
   * Creates the exception.
   *
   * @param rules the name of the rules
   * @param problems the problems, at least one
   */
  public InvalidMatchRulesException(String rules, List<String> problems) {
    super("match rules for " + rules + " have " + problems.size() + " problem"
        + (problems.size() == 1 ? "" : "s") + ": " + String.join("; ", problems));
    this.problems = List.copyOf(problems);
  }

  /**
   * Returns the problems.
   *
   * @return every problem, in the order found
   */
  public List<String> problems() {
    return problems;
  }
}
