package org.clientbase.rules.status;

import java.time.LocalDate;
import org.clientbase.core.id.EntityId;

/**
 * A dated fact of the host's own that a {@link HostRule} reads, such as a signed contract or a
 * support ticket.
 *
 * <p>A host fact is in a window when its date is, exactly like a payment. Host facts are
 * immutable values; the engine groups them by their class, so a host rule asks the window for
 * {@link FactWindow#hostFacts(Class) the facts of its own type}.
 *
 * <pre>{@code
 * record Contract(ContractId id, LocalDate date) implements HostFact {}
 * }</pre>
 */
public interface HostFact {
  /**
   * Returns the fact's id, unique among the client's facts of the same class.
   *
   * @return the id
   */
  EntityId id();

  /**
   * Returns the fact's date in the host's time zone.
   *
   * @return the date
   */
  LocalDate date();
}
