package org.clientbase.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clientbase.testkit.contract.ContractFixtures.email;
import static org.clientbase.testkit.contract.ContractFixtures.phone;

import java.util.List;
import org.clientbase.core.client.Client;
import org.clientbase.core.contact.Email;
import org.clientbase.core.contact.Phone;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.ContactPersonId;
import org.clientbase.spi.store.ClientStart;
import org.clientbase.spi.store.ClientStore;
import org.junit.jupiter.api.Test;

/**
 * The contract of a {@link ClientStore}: everything {@link RecordStoreContract} checks, and
 * {@code findByPhone} (canonical form), {@code findByEmail} (as {@link Email#equals}) and
 * {@code findByContactPerson} return the clients in id order and follow updates (a contact
 * person unlinked from a client no longer finds it). Extend it and implement
 * {@link #newStore()}.
 */
public abstract class ClientStoreContract extends RecordStoreContract<ClientId, Client, ClientStore> {

  /** Creates the contract; called by the host's test class. */
  protected ClientStoreContract() {}

  @Override
  protected final Client record(String id, int variant) {
    return ContractFixtures.client(id, variant);
  }

  @Override
  protected final ClientId idOf(Client record) {
    return record.id();
  }

  @Override
  protected final ClientId id(String text) {
    return ClientId.of(text);
  }

  @Test
  void startsGiveTheCreationDaysOfTheClientsFoundOnceInTheOrderAsked() {
    Client first = ContractFixtures.client("c-1", 1);
    Client second = ContractFixtures.client("c-2", 2);
    store().insert(first);
    store().insert(second);
    assertThat(store().starts(List.of(ClientId.of("c-2"), ClientId.of("c-404"), ClientId.of("c-1"), ClientId.of("c-2"))))
        .containsExactly(new ClientStart(second.id(), second.createdOn()), new ClientStart(first.id(), first.createdOn()));
    assertThat(store().starts(List.of())).isEmpty();
  }

  @Test
  void findByPhoneComparesCanonicalFormAndOrdersById() {
    store().insert(ContractFixtures.client("c-2", List.of(Phone.parse("8 (495) 123-45-67")), List.of(), List.of()));
    store().insert(ContractFixtures.client("c-10", List.of(Phone.parse("+7 495 1234567")), List.of(), List.of()));
    store().insert(ContractFixtures.client("c-3", List.of(phone(5)), List.of(), List.of()));
    assertThat(store().findByPhone(Phone.parse("74951234567"))).extracting(Client::id)
        .containsExactly(ClientId.of("c-10"), ClientId.of("c-2"));
    assertThat(store().findByPhone(phone(6))).isEmpty();
  }

  @Test
  void findByEmailComparesTheDomainIgnoringCase() {
    store().insert(ContractFixtures.client("c-1", List.of(), List.of(Email.of("Office@Romashka.RU")), List.of()));
    store().insert(ContractFixtures.client("c-2", List.of(), List.of(email(1)), List.of()));
    assertThat(store().findByEmail(Email.of("Office@romashka.ru"))).extracting(Client::id)
        .containsExactly(ClientId.of("c-1"));
    assertThat(store().findByEmail(Email.of("office@romashka.ru"))).isEmpty();
  }

  @Test
  void findByContactPersonReturnsTheLinkedClientsInIdOrder() {
    ContactPersonId anna = ContactPersonId.of("p-1");
    ContactPersonId boris = ContactPersonId.of("p-2");
    store().insert(ContractFixtures.client("c-2", List.of(), List.of(), List.of(anna, boris)));
    store().insert(ContractFixtures.client("c-10", List.of(), List.of(), List.of(anna)));
    store().insert(ContractFixtures.client("c-3", List.of(), List.of(), List.of(boris)));
    assertThat(store().findByContactPerson(anna)).extracting(Client::id)
        .containsExactly(ClientId.of("c-10"), ClientId.of("c-2"));
    assertThat(store().findByContactPerson(ContactPersonId.of("p-9"))).isEmpty();
  }

  @Test
  void queriesFollowUpdates() {
    ContactPersonId anna = ContactPersonId.of("p-1");
    ContactPersonId boris = ContactPersonId.of("p-2");
    store().insert(ContractFixtures.client("c-1", List.of(phone(1)), List.of(email(1)), List.of(anna)));
    store().update(ContractFixtures.client("c-1", List.of(phone(2)), List.of(email(2)), List.of(boris)), 1);
    assertThat(store().findByPhone(phone(1))).isEmpty();
    assertThat(store().findByEmail(email(1))).isEmpty();
    assertThat(store().findByContactPerson(anna)).isEmpty();
    assertThat(store().findByPhone(phone(2))).extracting(Client::id).containsExactly(ClientId.of("c-1"));
    assertThat(store().findByEmail(email(2))).extracting(Client::id).containsExactly(ClientId.of("c-1"));
    assertThat(store().findByContactPerson(boris)).extracting(Client::id).containsExactly(ClientId.of("c-1"));
  }
}
