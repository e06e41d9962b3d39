package org.clientbase.spi.matching;

import java.util.Objects;
import java.util.Optional;
import org.clientbase.core.client.ClientContact;
import org.clientbase.core.id.EntityId;

/**
 * One record of the library's stores whose reference a merge moved from a merged card to the
 * survivor: an interest, interaction, payment, shipment or task that named a merged client or
 * contact person; a counterparty of a merged client; a client that linked a merged contact
 * person. Undoing the merge moves exactly these back.
 *
 * @param record the record that was changed, e.g. an {@link org.clientbase.core.id.InterestId}
 * @param from the merged card it referenced before
 * @param heldBoth whether the record referenced the survivor too, so that the merge only
 *     dropped the merged card and an undo puts it back beside the survivor
 * @param link for a client that linked a merged contact person, that link as it was (role, key
 *     person); empty for every other record
 */
public record MovedReference(EntityId record, EntityId from, boolean heldBoth, Optional<ClientContact> link) {
  /**
   * Checks the parts.
   *
   * @param record the record
   * @param from the merged card
   * @param heldBoth whether the record referenced the survivor too
   * @param link the merged contact person's link, for a client
   */
  public MovedReference {
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(link, "link");
  }

  /**
   * Returns a moved reference of a record that referenced only the merged card.
   *
   * @param record the record
   * @param from the merged card
   * @return the moved reference
   */
  public static MovedReference of(EntityId record, EntityId from) {
    return new MovedReference(record, from, false, Optional.empty());
  }

  /**
   * Returns a moved reference of a record other than a client's link to a contact person.
   *
   * @param record the record
   * @param from the merged card
   * @param heldBoth whether the record referenced the survivor too
   * @return the moved reference
   */
  public static MovedReference of(EntityId record, EntityId from, boolean heldBoth) {
    return new MovedReference(record, from, heldBoth, Optional.empty());
  }

  /**
   * Returns the moved reference of a client that linked a merged contact person.
   *
   * @param client the client
   * @param from the merged contact person
   * @param heldBoth whether the client linked the surviving contact person too
   * @param link the client's link to the merged contact person as it was
   * @return the moved reference
   */
  public static MovedReference of(EntityId client, EntityId from, boolean heldBoth, ClientContact link) {
    return new MovedReference(client, from, heldBoth, Optional.of(Objects.requireNonNull(link, "link")));
  }
}
