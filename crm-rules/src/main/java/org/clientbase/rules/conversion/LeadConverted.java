package org.clientbase.rules.conversion;

import java.time.Instant;
import java.util.Objects;
import org.clientbase.spi.event.DomainEvent;

/**
 * A lead was converted into a client.
 *
 * <p>Immutable and thread-safe.
 *
 * @param occurredAt when, by the host's clock
 * @param result what the conversion did
 */
public record LeadConverted(Instant occurredAt, ConversionResult.Converted result) implements DomainEvent {
  /**
   * Checks the parts.
   *
   * @param occurredAt when
   * @param result what the conversion did
   */
  public LeadConverted {
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(result, "result");
  }

  @Override
  public String describe() {
    return "lead " + result.lead() + " converted into client " + result.client()
        + result.contactPerson().map(p -> " and contact person " + p).orElse("");
  }
}
