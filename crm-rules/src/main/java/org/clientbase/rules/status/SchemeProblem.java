package org.clientbase.rules.status;

import java.util.Objects;
import org.clientbase.core.Checks;

/**
 * One problem found when a {@link StatusScheme} is validated.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind what kind of problem it is
 * @param message the problem in words, naming the statuses and templates involved
 */
public record SchemeProblem(Kind kind, String message) {
  /**
   * Checks the parts.
   *
   * @param kind the kind
   * @param message the message
   */
  public SchemeProblem {
    Objects.requireNonNull(kind, "kind");
    message = Checks.requireText("SchemeProblem.message", message);
  }

  /** The kinds of scheme problems. */
  public enum Kind {
    /** An operation or a precondition names a status the scheme does not have. */
    UNKNOWN_STATUS,
    /** Two statuses share an id. */
    DUPLICATE_STATUS,
    /** Two statuses share a name. */
    DUPLICATE_NAME,
    /** A status name is blank or otherwise invalid. */
    INVALID_NAME,
    /** A template is bound to more than one status. */
    TEMPLATE_BOUND_TWICE,
    /** A template's precondition names a status the scheme does not have. */
    PRECONDITION_UNKNOWN_STATUS,
    /** A look-back period is zero or negative. */
    NON_POSITIVE_PERIOD,
    /** A look-back period is longer than {@link StatusScheme#MAX_PERIOD_DAYS}. */
    PERIOD_TOO_LONG,
    /** A status is bound to a template that is neither predefined nor registered. */
    UNKNOWN_TEMPLATE,
    /** A host rule is registered twice, uses a predefined key, has no precondition or is not bound. */
    INVALID_HOST_RULE,
    /** Two rules of equal priority can hold for the same previous status. */
    AMBIGUOUS_PRIORITY,
    /** An operation is not allowed on the template it names. */
    INVALID_TEMPLATE_SETTING
  }

  @Override
  public String toString() {
    return kind + ": " + message;
  }
}
