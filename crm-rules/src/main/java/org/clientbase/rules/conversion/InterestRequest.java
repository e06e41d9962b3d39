package org.clientbase.rules.conversion;

import java.util.Objects;
import java.util.Optional;
import org.clientbase.core.Checks;
import org.clientbase.core.money.Money;

/**
 * Asks a conversion to open an interest with the new client. Made with {@link #none()} or
 * {@link #about(String)}, then {@link #atStage(String)} and {@link #withAmount(Money)}:
 *
 * <pre>{@code
 * InterestRequest.about("Office furniture").atStage("Qualification").withAmount(Money.of("250000.00", "RUB"));
 * }</pre>
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
    subject.ifPresent(v -> Checks.checkNormalisedText("InterestRequest.subject", v));
    stage.ifPresent(v -> Checks.checkNormalisedText("InterestRequest.stage", v));
  }

  /**
   * Asks for an interest with no subject, stage or amount.
   *
   * @return the request
   */
  public static InterestRequest none() {
    return new InterestRequest(Optional.empty(), Optional.empty(), Optional.empty());
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

  /**
   * Returns this request with a first stage.
   *
   * @param stage the first stage, not blank
   * @return the request
   */
  public InterestRequest atStage(String stage) {
    return new InterestRequest(subject, Optional.of(Checks.requireText("InterestRequest.stage", stage)), amount);
  }

  /**
   * Returns this request with an expected amount.
   *
   * @param amount the expected amount
   * @return the request
   */
  public InterestRequest withAmount(Money amount) {
    return new InterestRequest(subject, stage, Optional.of(Objects.requireNonNull(amount, "amount")));
  }
}
