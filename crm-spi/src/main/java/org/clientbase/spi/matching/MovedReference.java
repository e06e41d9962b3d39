package org.clientbase.spi.matching;

import java.util.Objects;
import org.clientbase.core.id.EntityId;

/**
 * One record of the library's stores whose reference a merge moved from a merged card to the
 * survivor: an interest, interaction, payment, shipment or task that named a merged client; a
 * counterparty of a merged client; a client that linked a merged contact person. Undoing the
 * merge moves exactly these back.
 *
 * @param record the record that was changed, e.g. an {@link org.clientbase.core.id.InterestId}
 * @param from the merged card it referenced before
 */
public record MovedReference(EntityId record, EntityId from) {
  /**
   * Checks the parts.
   *
   * @param record the record
   * @param from the merged card
   */
  public MovedReference {
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(from, "from");
  }
}
