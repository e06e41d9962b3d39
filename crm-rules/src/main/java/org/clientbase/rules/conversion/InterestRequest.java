package org.clientbase.rules.conversion;

import java.util.Objects;
import java.util.Optional;
import org.clientbase.core.Checks;
import org.clientbase.core.money.Money;

/**
 * Asks a conversion to open an interest with the new client.
 *
 * <p>Immutable and thread-safe.
 *
 * @param subject what the interest is about
 * @param stage the first stage
 * @param amount the expected amount
 */
public record InterestRequest(Optional<String> subject, Optional<String> stage, Optional<Money> amount) {
  /**
   * Checks the parts.
   *
   * @param subject what the interest is about
   * @param stage the first stage
   * @param amount the expected amount
   */
  public InterestRequest {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(amount, "amount");
    Checks.checkNormalisedText("InterestRequest.subject", subject);
    Checks.checkNormalisedText("InterestRequest.stage", stage);
  }

  /**
   * Asks for an interest with a subject only.
   *
   * @param subject what the interest is about, not blank
   * @return the request
   */
  public static InterestRequest about(String subject) {
    return new InterestRequest(
        Optional.of(Checks.requireText("InterestRequest.subject", subject)), Optional.empty(), Optional.empty());
  }
}
