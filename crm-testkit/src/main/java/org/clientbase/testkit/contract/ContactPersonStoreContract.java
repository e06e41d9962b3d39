package org.clientbase.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clientbase.testkit.contract.ContractFixtures.email;
import static org.clientbase.testkit.contract.ContractFixtures.phone;

import java.util.List;
import org.clientbase.core.client.ContactPerson;
import org.clientbase.core.contact.Email;
import org.clientbase.core.contact.Phone;
import org.clientbase.core.id.ContactPersonId;
import org.clientbase.spi.store.ContactPersonStore;
import org.junit.jupiter.api.Test;

/**
 * The contract of a {@link ContactPersonStore}: everything {@link RecordStoreContract} checks,
 * and {@code findByPhone} (canonical form) and {@code findByEmail} (as {@link Email#equals})
 * return the contact persons in id order and follow updates. Extend it and implement
 * {@link #newStore()}.
 */
public abstract class ContactPersonStoreContract
    extends RecordStoreContract<ContactPersonId, ContactPerson, ContactPersonStore> {

  /** Creates the contract; called by the host's test class. */
  protected ContactPersonStoreContract() {}

  @Override
  protected final ContactPerson record(String id, int variant) {
    return ContractFixtures.contactPerson(id, variant);
  }

  @Override
  protected final ContactPersonId idOf(ContactPerson record) {
    return record.id();
  }

  @Override
  protected final ContactPersonId id(String text) {
    return ContactPersonId.of(text);
  }

  @Test
  void findByPhoneComparesCanonicalFormAndOrdersById() {
    store().insert(ContractFixtures.contactPerson("p-2", List.of(Phone.parse("8 (916) 123-45-67")), List.of()));
    store().insert(ContractFixtures.contactPerson("p-10", List.of(Phone.parse("+7 916 1234567")), List.of()));
    store().insert(ContractFixtures.contactPerson("p-3", List.of(phone(5)), List.of()));
    assertThat(store().findByPhone(Phone.parse("79161234567"))).extracting(ContactPerson::id)
        .containsExactly(ContactPersonId.of("p-10"), ContactPersonId.of("p-2"));
    assertThat(store().findByPhone(phone(6))).isEmpty();
  }

  @Test
  void findByEmailComparesTheDomainIgnoringCase() {
    store().insert(ContractFixtures.contactPerson("p-1", List.of(), List.of(Email.of("Anna@Romashka.RU"))));
    store().insert(ContractFixtures.contactPerson("p-2", List.of(), List.of(email(1))));
    assertThat(store().findByEmail(Email.of("Anna@romashka.ru"))).extracting(ContactPerson::id)
        .containsExactly(ContactPersonId.of("p-1"));
    assertThat(store().findByEmail(Email.of("anna@romashka.ru"))).isEmpty();
  }

  @Test
  void findByPhoneAndEmailFollowUpdates() {
    store().insert(ContractFixtures.contactPerson("p-1", List.of(phone(1)), List.of(email(1))));
    store().update(ContractFixtures.contactPerson("p-1", List.of(phone(2)), List.of(email(2))), 1);
    assertThat(store().findByPhone(phone(1))).isEmpty();
    assertThat(store().findByEmail(email(1))).isEmpty();
    assertThat(store().findByPhone(phone(2))).extracting(ContactPerson::id)
        .containsExactly(ContactPersonId.of("p-1"));
    assertThat(store().findByEmail(email(2))).extracting(ContactPerson::id)
        .containsExactly(ContactPersonId.of("p-1"));
  }
}
