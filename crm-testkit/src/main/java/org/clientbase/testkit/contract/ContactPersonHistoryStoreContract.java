package org.clientbase.testkit.contract;

import org.clientbase.core.client.ContactPerson;
import org.clientbase.core.history.CardDiff;
import org.clientbase.core.id.ContactPersonId;
import org.clientbase.spi.store.ContactPersonHistoryStore;

/**
 * The contract of a {@link ContactPersonHistoryStore}: everything
 * {@link CardHistoryStoreContract} checks, over contact person cards. Extend it and implement
 * {@link #newStore()}.
 */
public abstract class ContactPersonHistoryStoreContract
    extends CardHistoryStoreContract<ContactPersonId, ContactPerson, ContactPersonHistoryStore> {

  /** Creates the contract; called by the host's test class. */
  protected ContactPersonHistoryStoreContract() {}

  @Override
  protected final ContactPerson card(String id, int variant) {
    return ContractFixtures.contactPerson(id, variant);
  }

  @Override
  protected final ContactPersonId id(String text) {
    return ContactPersonId.of(text);
  }

  @Override
  protected final CardDiff<ContactPerson> diff(ContactPerson before, ContactPerson after) {
    return CardDiff.between(before, after);
  }
}
