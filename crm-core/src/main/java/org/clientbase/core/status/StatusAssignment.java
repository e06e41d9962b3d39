package org.clientbase.core.status;

import java.time.LocalDate;
import java.util.Optional;
import org.clientbase.core.BusinessTime;
import org.clientbase.core.ClientbaseStyle;
import org.clientbase.core.InvalidValueException;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.StatusId;
import org.immutables.value.Value;

/**
 * One entry of a client's status history: the client moved from one status (or none) to
 * another on a date, for a reason, with an explanation.
 *
 * <pre>{@code
 * StatusAssignment entry = StatusAssignment.builder()
 *     .client(ClientId.of("c-1"))
 *     .previous(StatusId.of("in-progress"))
 *     .status(StatusId.of("active"))
 *     .since(LocalDate.of(2026, 3, 20))
 *     .reason(StatusReason.byRule(TemplateKey.ACTIVE))
 *     .explanation("payment p-7 on 2026-03-20")
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@ClientbaseStyle
public abstract class StatusAssignment {
  StatusAssignment() {}

  /**
   * Returns the client.
   *
   * @return the client
   */
  public abstract ClientId client();

  /**
   * Returns the status before this change; empty for a client's first status.
   *
   * @return the previous status
   */
  public abstract Optional<StatusId> previous();

  /**
   * Returns the status the client moved to.
   *
   * @return the status
   */
  public abstract StatusId status();

  /**
   * Returns the date from which the client has the status.
   *
   * @return the date
   */
  public abstract LocalDate since();

  /**
   * Returns why the client got the status.
   *
   * @return the reason
   */
  public abstract StatusReason reason();

  /**
   * Returns the explanation in words: which conditions held over which facts, or the person's
   * comment.
   *
   * @return the explanation, possibly empty
   */
  @Value.Default
  public String explanation() {
    return "";
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return ImmutableStatusAssignment.builder();
  }

  @Value.Check
  final void check() {
    LocalDate since = since();
    if (since.isBefore(BusinessTime.EARLIEST_DATE) || since.isAfter(BusinessTime.LATEST_DATE)) {
      // the field name is built only when it is needed: histories check thousands of entries
      BusinessTime.requireDate("StatusAssignment " + client() + " since", since);
    }
    if (previous().isPresent() && previous().get().equals(status())) {
      throw new InvalidValueException(
          "StatusAssignment " + client() + " status", status(), "equals the previous status");
    }
  }

  /**
   * Builds a {@link StatusAssignment}.
   *
   * <p>Required: {@code client}, {@code status}, {@code since}, {@code reason}; every other
   * attribute is optional. A builder is not thread-safe: fill it and build from one thread.
   */
  public abstract static class Builder {
    Builder() {}

    /**
     * Copies the attributes of an existing StatusAssignment into this builder: each single value
     * replaces the one set before, collection elements and map entries are added, and an empty
     * optional value leaves the value set before.
     * @param instance the value to copy
     * @return this builder
     */
    public abstract Builder from(StatusAssignment instance);
    /**
     * Sets the client ({@link StatusAssignment#client() client}). Required: {@code build()} fails
     * if it is not set.
     * @param client the value to set
     * @return this builder
     */
    public abstract Builder client(ClientId client);
    /**
     * Sets the status before this change; empty for a client's first status
     * ({@link StatusAssignment#previous() previous}). Optional: empty unless set.
     * @param previous the value to set
     * @return this builder
     */
    public abstract Builder previous(StatusId previous);
    /**
     * Sets the status before this change; empty for a client's first status
     * ({@link StatusAssignment#previous() previous}), or clears it when empty. Optional: empty
     * unless set.
     * @param previous the value to set, or empty to clear it
     * @return this builder
     */
    public abstract Builder previous(Optional<? extends StatusId> previous);
    /**
     * Sets the status the client moved to ({@link StatusAssignment#status() status}). Required:
     * {@code build()} fails if it is not set.
     * @param status the value to set
     * @return this builder
     */
    public abstract Builder status(StatusId status);
    /**
     * Sets the date from which the client has the status ({@link StatusAssignment#since() since}).
     * Required: {@code build()} fails if it is not set.
     * @param since the value to set
     * @return this builder
     */
    public abstract Builder since(LocalDate since);
    /**
     * Sets why the client got the status ({@link StatusAssignment#reason() reason}). Required:
     * {@code build()} fails if it is not set.
     * @param reason the value to set
     * @return this builder
     */
    public abstract Builder reason(StatusReason reason);
    /**
     * Sets the explanation in words: which conditions held over which facts, or the person's
     * comment ({@link StatusAssignment#explanation() explanation}). Optional: {@code ""} unless
     * set.
     * @param explanation the value to set
     * @return this builder
     */
    public abstract Builder explanation(String explanation);

    /**
     * Builds the StatusAssignment, checking every rule of the type.
     *
     * @return the new value
     * @throws org.clientbase.core.MissingValuesException naming the required attributes that are not set
     */
    public abstract StatusAssignment build();
  }
}
