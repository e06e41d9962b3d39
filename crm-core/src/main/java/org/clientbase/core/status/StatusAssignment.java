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
    return new Builder();
  }

  @Value.Check
  final void check() {
    BusinessTime.requireDate("StatusAssignment " + client() + " since", since());
    if (previous().isPresent() && previous().get().equals(status())) {
      throw new InvalidValueException(
          "StatusAssignment " + client() + " status", status(), "equals the previous status");
    }
  }

  /** Builds a {@link StatusAssignment}. */
  public static final class Builder extends ImmutableStatusAssignment.Builder {
    Builder() {}
  }
}
