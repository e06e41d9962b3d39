package org.clientbase.rules.conversion;

import java.time.Instant;
import java.util.Objects;
import org.clientbase.core.lead.Lead;
import org.clientbase.spi.event.DomainEvent;

/**
 * A lead was added to the {@link LeadDirectory}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param occurredAt when, by the host's clock
 * @param lead the lead as stored
 */
public record LeadCreated(Instant occurredAt, Lead lead) implements DomainEvent {
  /**
   * Checks the parts.
   *
   * @param occurredAt when
   * @param lead the lead as stored
   */
  public LeadCreated {
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(lead, "lead");
  }

  @Override
  public String describe() {
    return "lead " + lead.id() + " created";
  }
}
