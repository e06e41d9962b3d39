package org.clientbase.rules.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.clientbase.rules.access.Fixture.ADMIN;
import static org.clientbase.rules.access.Fixture.AUDITOR;
import static org.clientbase.rules.access.Fixture.MANAGER_1;
import static org.clientbase.rules.access.Fixture.MANAGER_2;
import static org.clientbase.rules.access.Fixture.MANAGER_3;
import static org.clientbase.rules.access.Fixture.STRANGER;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.clientbase.core.client.Client;
import org.clientbase.core.client.ClientContact;
import org.clientbase.core.contact.Phone;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.ContactPersonId;
import org.clientbase.spi.Versioned;
import org.junit.jupiter.api.Test;

class ClientAccessTest {
  private static final Phone PHONE = Phone.parse("+7 495 123-45-67");
  private final Fixture f = new Fixture();
  private final ClientAccess access = ClientAccess.of(f.policy, f.base.clientStore());
  private final RestrictedClients clients = RestrictedClients.of(f.base.clientStore(), f.policy).withPageSize(2);

  ClientAccessTest() {
    ContactPersonId shared = ContactPersonId.of("p-1");
    f.store(List.of(
        Client.builder().from(Fixture.client("c-1", MANAGER_1)).addPhones(PHONE).addContacts(ClientContact.of(shared)).build(),
        Client.builder().from(Fixture.client("c-2", MANAGER_2)).addPhones(PHONE).addContacts(ClientContact.of(shared)).build(),
        Fixture.client("c-3", MANAGER_3),
        Fixture.client("c-4", MANAGER_2),
        Fixture.client("c-5", null),
        Client.builder().from(Fixture.client("c-6", MANAGER_2)).addContacts(ClientContact.of(ContactPersonId.of("p-2"))).build()));
  }

  private List<String> page(org.clientbase.core.id.UserId user, int limit) {
    List<String> all = new ArrayList<>();
    Optional<ClientId> after = Optional.empty();
    while (true) {
      List<Versioned<Client>> page = after.isPresent() ? clients.page(user, after.get(), limit) : clients.firstPage(user, limit);
      page.forEach(c -> all.add(c.value().id().value()));
      if (page.size() < limit) {
        return all;
      }
      after = Optional.of(page.get(page.size() - 1).value().id());
    }
  }

  @Test
  void eachUserSeesAndEditsWhatThePolicyAllows() {
    Client c1 = f.base.clientStore().find(ClientId.of("c-1")).orElseThrow().value();
    assertThat(access.can(MANAGER_1, c1, Permission.EDIT)).isTrue();
    assertThat(access.can(MANAGER_3, c1, Permission.VIEW)).isTrue();
    assertThat(access.can(MANAGER_3, c1, Permission.EDIT)).isFalse();
    assertThat(access.can(AUDITOR, c1, Permission.VIEW)).isTrue();
    assertThat(access.can(AUDITOR, c1, Permission.EDIT)).isFalse();
    assertThat(access.can(MANAGER_2, c1, Permission.VIEW)).isFalse();
    assertThat(access.can(ADMIN, c1, Permission.EDIT)).isTrue();
  }

  @Test
  void restrictedPagesWalkOnlyTheVisibleClientsInIdOrder() {
    for (int limit : new int[] {1, 2, 3, 10}) {
      assertThat(page(MANAGER_1, limit)).as("limit %d", limit).containsExactly("c-1", "c-3");
      assertThat(page(MANAGER_2, limit)).containsExactly("c-2", "c-4", "c-6");
      assertThat(page(ADMIN, limit)).containsExactly("c-1", "c-2", "c-3", "c-4", "c-5", "c-6");
      assertThat(page(STRANGER, limit)).isEmpty();
    }
    List<String> walked = new ArrayList<>();
    assertThat(clients.forEach(AUDITOR, c -> walked.add(c.value().id().value()))).isEqualTo(6);
    assertThat(walked).containsExactly("c-1", "c-2", "c-3", "c-4", "c-5", "c-6");
  }

  @Test
  void restrictedLookupsHideForbiddenClients() {
    assertThat(clients.findByPhone(MANAGER_1, PHONE)).extracting(c -> c.id().value()).containsExactly("c-1");
    assertThat(clients.findByContactPerson(MANAGER_2, ContactPersonId.of("p-1"))).extracting(c -> c.id().value())
        .containsExactly("c-2");
    assertThat(clients.find(MANAGER_1, ClientId.of("c-2"))).isEmpty();
    assertThat(clients.find(MANAGER_1, ClientId.of("c-1"))).isPresent();
    assertThat(clients.findByEmail(STRANGER, org.clientbase.core.contact.Email.of("a@b.ru"))).isEmpty();
  }

  @Test
  void aContactPersonFollowsTheClientsItIsLinkedTo() {
    ContactPersonId shared = ContactPersonId.of("p-1");
    assertThat(access.canContactPerson(MANAGER_1, shared, Permission.EDIT)).isTrue();
    assertThat(access.canContactPerson(MANAGER_2, shared, Permission.EDIT)).isTrue();
    assertThat(access.canContactPerson(MANAGER_3, shared, Permission.VIEW)).isTrue();
    assertThat(access.canContactPerson(MANAGER_3, shared, Permission.EDIT)).isFalse();
    assertThat(access.canContactPerson(MANAGER_1, ContactPersonId.of("p-2"), Permission.VIEW)).isFalse();
    assertThat(access.canContactPerson(STRANGER, ContactPersonId.of("p-unlinked"), Permission.EDIT)).isTrue();
    assertThatThrownBy(() -> access.requireContactPerson(MANAGER_1, ContactPersonId.of("p-2"), Permission.VIEW))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessage("manager-1 may not view contact person p-2: not stored, or the access policy forbids it");
    assertThatThrownBy(() -> access.requireContactPerson(MANAGER_3, shared, Permission.EDIT))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessage("manager-3 may not edit contact person p-1: the access policy forbids it for every client the person is linked to");
  }

  @Test
  void requiringAClientNamesTheUserTheActionAndTheClient() {
    assertThatThrownBy(() -> access.requireClient(MANAGER_3, ClientId.of("c-1"), Permission.EDIT))
        .isInstanceOfSatisfying(AccessDeniedException.class, e -> {
          assertThat(e).hasMessage("manager-3 may not edit client c-1: the access policy forbids it");
          assertThat(e.user()).isEqualTo(MANAGER_3);
          assertThat(e.permission()).isEqualTo(Permission.EDIT);
          assertThat(e.record()).isEqualTo("client c-1");
        });
    assertThatThrownBy(() -> access.requireClient(ADMIN, ClientId.of("c-404"), Permission.VIEW))
        .hasMessage("admin may not view client c-404: not stored, or the access policy forbids it");
    assertThat(access.visible(MANAGER_1, List.of(ClientId.of("c-2"), ClientId.of("c-3"), ClientId.of("c-404"))))
        .containsOnlyKeys(ClientId.of("c-3"));
    assertThatThrownBy(() -> clients.firstPage(MANAGER_1, 0)).hasMessageContaining("must be at least 1");
    assertThatThrownBy(() -> clients.withPageSize(0)).hasMessageContaining("RestrictedClients.pageSize 0");
  }
}
