package org.clientbase.core.activity;

import java.time.LocalDate;
import java.util.Optional;
import org.clientbase.core.BusinessTime;
import org.clientbase.core.Checks;
import org.clientbase.core.ClientbaseStyle;
import org.clientbase.core.InvalidValueException;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.InterestId;
import org.clientbase.core.id.LeadId;
import org.clientbase.core.id.UserId;
import org.clientbase.core.money.Money;
import org.immutables.value.Value;

/**
 * A sales opportunity with a client or a lead (интерес).
 *
 * <p>An interest is opened on a date, moves through the host's stages and is either still
 * open (<em>active</em>) or closed on a date as {@link InterestOutcome#WON won} or
 * {@link InterestOutcome#LOST lost}, the latter with a loss reason.
 *
 * <p>An interest is <em>open on a day</em> from its opening date up to and including its
 * closing date: a deal closed today was still being worked on today.
 *
 * <pre>{@code
 * Interest interest = Interest.builder()
 *     .id(InterestId.of("i-1"))
 *     .client(ClientId.of("c-1"))
 *     .openedOn(LocalDate.of(2026, 3, 1))
 *     .stage("Proposal sent")
 *     .build();
 * Interest won = interest.wonOn(LocalDate.of(2026, 3, 20));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@ClientbaseStyle
public abstract class Interest {
  Interest() {}

  /**
   * Returns the id of this interest.
   *
   * @return the id
   */
  public abstract InterestId id();

  /**
   * Returns the client the interest is with, if it is with a client.
   *
   * @return the client
   */
  public abstract Optional<ClientId> client();

  /**
   * Returns the lead the interest is with, if it is with a lead not yet converted.
   *
   * @return the lead
   */
  public abstract Optional<LeadId> lead();

  /**
   * Returns the date the interest was opened.
   *
   * @return the opening date
   */
  public abstract LocalDate openedOn();

  /**
   * Returns the host's stage of the interest, such as "Negotiation".
   *
   * @return the stage
   */
  public abstract Optional<String> stage();

  /**
   * Returns what the interest is about.
   *
   * @return the subject
   */
  public abstract Optional<String> subject();

  /**
   * Returns the expected or final amount.
   *
   * @return the amount
   */
  public abstract Optional<Money> amount();

  /**
   * Returns the manager responsible for the interest.
   *
   * @return the responsible manager
   */
  public abstract Optional<UserId> responsible();

  /**
   * Returns the date the interest was closed, if it is closed.
   *
   * @return the closing date
   */
  public abstract Optional<LocalDate> closedOn();

  /**
   * Returns how the interest was closed, if it is closed.
   *
   * @return the outcome
   */
  public abstract Optional<InterestOutcome> outcome();

  /**
   * Returns why the interest was lost, for a lost interest.
   *
   * @return the loss reason
   */
  public abstract Optional<String> lossReason();

  /**
   * Tells whether the interest is still open.
   *
   * @return {@code true} if it is neither won nor lost
   */
  public final boolean isActive() {
    return outcome().isEmpty();
  }

  /**
   * Tells whether the interest was open on a day: on or after its opening date and not after
   * its closing date.
   *
   * @param day the day
   * @return {@code true} if the interest was open on that day
   */
  public final boolean isOpenOn(LocalDate day) {
    return !day.isBefore(openedOn()) && closedOn().map(c -> !day.isAfter(c)).orElse(true);
  }

  /**
   * Tells whether the interest was won on a day.
   *
   * @param day the day
   * @return {@code true} if it was closed as won on that day
   */
  public final boolean isWonOn(LocalDate day) {
    return outcome().orElse(null) == InterestOutcome.WON && closedOn().orElseThrow().equals(day);
  }

  /**
   * Returns this interest closed as won on a date.
   *
   * @param date the closing date, not before the opening date
   * @return the won interest
   * @throws InvalidValueException if the interest is already closed or the date is too early
   */
  public final Interest wonOn(LocalDate date) {
    requireActive();
    return builder().from(this).closedOn(date).outcome(InterestOutcome.WON).build();
  }

  /**
   * Returns this interest closed as lost on a date, with the reason.
   *
   * @param date the closing date, not before the opening date
   * @param reason why the interest was lost, not blank
   * @return the lost interest
   * @throws InvalidValueException if the interest is already closed, the date is too early or
   *     the reason is blank
   */
  public final Interest lostOn(LocalDate date, String reason) {
    requireActive();
    return builder()
        .from(this)
        .closedOn(date)
        .outcome(InterestOutcome.LOST)
        .lossReason(Checks.requireText("Interest.lossReason", reason))
        .build();
  }

  /**
   * Returns this interest moved to another stage.
   *
   * @param stage the new stage, not blank
   * @return the interest at the new stage
   */
  public final Interest atStage(String stage) {
    return builder().from(this).stage(Checks.requireText("Interest.stage", stage)).build();
  }

  private void requireActive() {
    if (!isActive()) {
      throw new InvalidValueException(
          "Interest " + id() + " outcome", outcome().orElseThrow(), "is already closed on " + closedOn().orElseThrow());
    }
  }

  @Value.Check
  final void check() {
    String name = "Interest " + id();
    if (client().isEmpty() && lead().isEmpty()) {
      throw new InvalidValueException(name + " party", null, "needs a client or a lead");
    }
    BusinessTime.requireDate(name + " openedOn", openedOn());
    BusinessTime.requireDate(name + " closedOn", closedOn());
    Checks.checkNormalisedText("Interest.stage", stage());
    Checks.checkNormalisedText("Interest.subject", subject());
    Checks.checkNormalisedText("Interest.lossReason", lossReason());
    if (outcome().isPresent() && closedOn().isEmpty()) {
      throw new InvalidValueException(
          name + " closedOn", null, "is required for an interest closed as " + outcome().get());
    }
    if (closedOn().isPresent() && outcome().isEmpty()) {
      throw new InvalidValueException(
          name + " outcome", null, "is required for an interest closed on " + closedOn().get());
    }
    if (closedOn().isPresent() && closedOn().get().isBefore(openedOn())) {
      throw new InvalidValueException(
          name + " closedOn", closedOn().get(), "is before the opening date " + openedOn());
    }
    if (lossReason().isPresent() && outcome().orElse(null) != InterestOutcome.LOST) {
      throw new InvalidValueException(
          name + " lossReason", lossReason().get(), "is allowed only for a lost interest");
    }
    amount().ifPresent(a -> {
      if (a.isNegative()) {
        throw new InvalidValueException(name + " amount", a, "must not be negative");
      }
    });
  }

  /**
   * Returns a builder of interests.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return ImmutableInterest.builder();
  }

  /**
   * Builds an {@link Interest}; {@code build()} checks every rule of the type.
   *
   * <p>Required: {@code id}, {@code openedOn}; every other attribute is optional. A builder is not
   * thread-safe: fill it and build from one thread.
   */
  public abstract static class Builder {
    Builder() {}

    /**
     * Copies the attributes of an existing Interest into this builder: each single value replaces
     * the one set before, collection elements and map entries are added, and an empty optional
     * value leaves the value set before.
     * @param instance the value to copy
     * @return this builder
     */
    public abstract Builder from(Interest instance);
    /**
     * Sets the id of this interest ({@link Interest#id() id}). Required: {@code build()} fails if
     * it is not set.
     * @param id the value to set
     * @return this builder
     */
    public abstract Builder id(InterestId id);
    /**
     * Sets the client the interest is with, if it is with a client
     * ({@link Interest#client() client}). Optional: empty unless set.
     * @param client the value to set
     * @return this builder
     */
    public abstract Builder client(ClientId client);
    /**
     * Sets the client the interest is with, if it is with a client
     * ({@link Interest#client() client}), or clears it when empty. Optional: empty unless set.
     * @param client the value to set, or empty to clear it
     * @return this builder
     */
    public abstract Builder client(Optional<? extends ClientId> client);
    /**
     * Sets the lead the interest is with, if it is with a lead not yet converted
     * ({@link Interest#lead() lead}). Optional: empty unless set.
     * @param lead the value to set
     * @return this builder
     */
    public abstract Builder lead(LeadId lead);
    /**
     * Sets the lead the interest is with, if it is with a lead not yet converted
     * ({@link Interest#lead() lead}), or clears it when empty. Optional: empty unless set.
     * @param lead the value to set, or empty to clear it
     * @return this builder
     */
    public abstract Builder lead(Optional<? extends LeadId> lead);
    /**
     * Sets the date the interest was opened ({@link Interest#openedOn() openedOn}). Required:
     * {@code build()} fails if it is not set.
     * @param openedOn the value to set
     * @return this builder
     */
    public abstract Builder openedOn(LocalDate openedOn);
    /**
     * Sets the host's stage of the interest, such as "Negotiation"
     * ({@link Interest#stage() stage}). Optional: empty unless set.
     * @param stage the value to set
     * @return this builder
     */
    public abstract Builder stage(String stage);
    /**
     * Sets the host's stage of the interest, such as "Negotiation"
     * ({@link Interest#stage() stage}), or clears it when empty. Optional: empty unless set.
     * @param stage the value to set, or empty to clear it
     * @return this builder
     */
    public abstract Builder stage(Optional<String> stage);
    /**
     * Sets what the interest is about ({@link Interest#subject() subject}). Optional: empty unless
     * set.
     * @param subject the value to set
     * @return this builder
     */
    public abstract Builder subject(String subject);
    /**
     * Sets what the interest is about ({@link Interest#subject() subject}), or clears it when
     * empty. Optional: empty unless set.
     * @param subject the value to set, or empty to clear it
     * @return this builder
     */
    public abstract Builder subject(Optional<String> subject);
    /**
     * Sets the expected or final amount ({@link Interest#amount() amount}). Optional: empty unless
     * set.
     * @param amount the value to set
     * @return this builder
     */
    public abstract Builder amount(Money amount);
    /**
     * Sets the expected or final amount ({@link Interest#amount() amount}), or clears it when
     * empty. Optional: empty unless set.
     * @param amount the value to set, or empty to clear it
     * @return this builder
     */
    public abstract Builder amount(Optional<? extends Money> amount);
    /**
     * Sets the manager responsible for the interest ({@link Interest#responsible() responsible}).
     * Optional: empty unless set.
     * @param responsible the value to set
     * @return this builder
     */
    public abstract Builder responsible(UserId responsible);
    /**
     * Sets the manager responsible for the interest ({@link Interest#responsible() responsible}),
     * or clears it when empty. Optional: empty unless set.
     * @param responsible the value to set, or empty to clear it
     * @return this builder
     */
    public abstract Builder responsible(Optional<? extends UserId> responsible);
    /**
     * Sets the date the interest was closed, if it is closed
     * ({@link Interest#closedOn() closedOn}). Optional: empty unless set.
     * @param closedOn the value to set
     * @return this builder
     */
    public abstract Builder closedOn(LocalDate closedOn);
    /**
     * Sets the date the interest was closed, if it is closed
     * ({@link Interest#closedOn() closedOn}), or clears it when empty. Optional: empty unless set.
     * @param closedOn the value to set, or empty to clear it
     * @return this builder
     */
    public abstract Builder closedOn(Optional<? extends LocalDate> closedOn);
    /**
     * Sets how the interest was closed, if it is closed ({@link Interest#outcome() outcome}).
     * Optional: empty unless set.
     * @param outcome the value to set
     * @return this builder
     */
    public abstract Builder outcome(InterestOutcome outcome);
    /**
     * Sets how the interest was closed, if it is closed ({@link Interest#outcome() outcome}), or
     * clears it when empty. Optional: empty unless set.
     * @param outcome the value to set, or empty to clear it
     * @return this builder
     */
    public abstract Builder outcome(Optional<? extends InterestOutcome> outcome);
    /**
     * Sets why the interest was lost, for a lost interest
     * ({@link Interest#lossReason() lossReason}). Optional: empty unless set.
     * @param lossReason the value to set
     * @return this builder
     */
    public abstract Builder lossReason(String lossReason);
    /**
     * Sets why the interest was lost, for a lost interest
     * ({@link Interest#lossReason() lossReason}), or clears it when empty. Optional: empty unless
     * set.
     * @param lossReason the value to set, or empty to clear it
     * @return this builder
     */
    public abstract Builder lossReason(Optional<String> lossReason);

    /**
     * Builds the Interest, checking every rule of the type.
     *
     * @return the new value
     * @throws org.clientbase.core.MissingValuesException naming the required attributes that are not set
     */
    public abstract Interest build();
  }
}
