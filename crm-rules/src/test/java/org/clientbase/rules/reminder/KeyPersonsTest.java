package org.clientbase.rules.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.clientbase.rules.access.Fixture.MANAGER_1;
import static org.clientbase.rules.access.Fixture.MANAGER_2;
import static org.clientbase.rules.access.Fixture.MANAGER_3;

import org.clientbase.core.client.Client;
import org.clientbase.core.client.ClientContact;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.ContactPersonId;
import org.clientbase.rules.access.AccessDeniedException;
import org.clientbase.rules.access.Fixture;
import org.clientbase.rules.history.CardHistory;
import org.clientbase.spi.store.CardRevision;
import org.junit.jupiter.api.Test;

class KeyPersonsTest {
  private final Fixture f = new Fixture();
  private final CardHistory history = f.cardHistory();
  private final KeyPersons keyPersons =
      KeyPersons.builder().clientbase(f.base).accessPolicy(f.policy).cardHistory(history).build();
  private final ClientId client = ClientId.of("c-1");

  KeyPersonsTest() {
    history.createContactPerson(MANAGER_1, Fixture.person("p-1", "Директоров Иван"));
    history.createContactPerson(MANAGER_1, Fixture.person("p-2", "Бухгалтерова Ольга"));
    history.createClient(MANAGER_1, Client.builder().from(Fixture.client("c-1", MANAGER_1))
        .addContacts(ClientContact.builder().contactPerson(ContactPersonId.of("p-1")).role("Director").keyPerson(true).build())
        .addContacts(ClientContact.builder().contactPerson(ContactPersonId.of("p-2")).role("Accountant").build())
        .build());
  }

  @Test
  void theKeyPersonsOfAClientAreItsFlaggedContactPersons() {
    assertThat(keyPersons.of(MANAGER_3, client)).singleElement().satisfies(k -> {
      assertThat(k.person().name().toString()).isEqualTo("Директоров Иван");
      assertThat(k.link().role()).contains("Director");
      assertThat(k.client()).isEqualTo(client);
    });
  }

  @Test
  void markingAKeyPersonIsAChangeOfTheClientCardInItsHistory() {
    keyPersons.mark(MANAGER_1, client, ContactPersonId.of("p-2"), true);

    assertThat(keyPersons.of(MANAGER_1, client)).extracting(k -> k.person().id().value()).containsExactly("p-1", "p-2");
    CardRevision<Client> last = history.revisions(MANAGER_1, client).get(1);
    assertThat(last.author()).contains(MANAGER_1);
    assertThat(last.diff().changedFields()).containsExactly("contacts");
  }

  @Test
  void onlyWhoMayEditTheClientMarksAndOnlyLinkedPersons() {
    assertThatThrownBy(() -> keyPersons.mark(MANAGER_3, client, ContactPersonId.of("p-2"), true))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> keyPersons.of(MANAGER_2, client)).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> keyPersons.mark(MANAGER_1, client, ContactPersonId.of("p-9"), true))
        .hasMessage("key person p-9 c-1: is not linked to this client");
    assertThat(history.revisions(MANAGER_1, client)).hasSize(1);
  }
}
