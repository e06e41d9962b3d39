package org.clientbase.rules.access;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.clientbase.core.client.Client;
import org.clientbase.core.client.ClientKind;
import org.clientbase.core.client.ContactPerson;
import org.clientbase.core.field.CardConfiguration;
import org.clientbase.core.field.CardType;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.ContactPersonId;
import org.clientbase.core.id.UserId;
import org.clientbase.core.person.PersonName;
import org.clientbase.rules.history.CardHistory;
import org.clientbase.spi.access.AccessPolicy;
import org.clientbase.testkit.generators.CardGenerators;
import org.clientbase.memory.InMemoryClientHistoryStore;
import org.clientbase.memory.InMemoryClientbase;
import org.clientbase.memory.InMemoryContactPersonHistoryStore;
import org.clientbase.memory.RuleBasedAccessPolicy;
import org.clientbase.memory.RuleBasedAccessPolicy.Access;

/**
 * An in-memory client base with card history stores, a policy and a clock a test can move, for
 * the tests of the client base services.
 *
 * <p>The policy: {@link #ADMIN} sees and edits everything; a manager edits the clients they are
 * responsible for; {@link #MANAGER_1} and {@link #MANAGER_3} form the team "north" and see each
 * other's clients; {@link #AUDITOR} sees everything; {@link #STRANGER} nothing.
 */
public final class Fixture {
  /** The zone of the host. */
  public static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
  /** The clock's first instant: 10:30 in Moscow on 10 March 2026. */
  public static final Instant T0 = Instant.parse("2026-03-10T07:30:00Z");
  /** Sees and edits every client. */
  public static final UserId ADMIN = UserId.of("admin");
  /** A manager of team north. */
  public static final UserId MANAGER_1 = UserId.of("manager-1");
  /** A manager of no team. */
  public static final UserId MANAGER_2 = UserId.of("manager-2");
  /** A manager of team north. */
  public static final UserId MANAGER_3 = UserId.of("manager-3");
  /** Sees every client, edits none. */
  public static final UserId AUDITOR = UserId.of("auditor");
  /** Sees and edits nothing. */
  public static final UserId STRANGER = UserId.of("stranger");

  /** The clock. */
  public final TestClock clock = new TestClock(T0, MOSCOW);
  /** The access policy. */
  public final AccessPolicy policy;
  /** The in-memory host. */
  public final InMemoryClientbase base;
  /** The client card history, in the host's unit of work. */
  public final InMemoryClientHistoryStore clientHistory;
  /** The contact person card history, in the host's unit of work. */
  public final InMemoryContactPersonHistoryStore personHistory;

  /** Creates the fixture with the standard policy. */
  public Fixture() {
    this(standardPolicy());
  }

  /**
   * Creates the fixture with a policy.
   *
   * @param policy the policy
   */
  public Fixture(AccessPolicy policy) {
    this.policy = policy;
    this.base = InMemoryClientbase.create(policy);
    this.clientHistory = base.clientHistoryStore();
    this.personHistory = base.contactPersonHistoryStore();
  }

  /**
   * Returns the standard policy of the fixture.
   *
   * @return the policy
   */
  public static RuleBasedAccessPolicy standardPolicy() {
    return RuleBasedAccessPolicy.builder()
        .administrator(ADMIN)
        .viewer(AUDITOR)
        .responsibleManagerEdits()
        .team("north", Set.of(MANAGER_1, MANAGER_3), Access.VIEW)
        .build();
  }

  /**
   * Returns the card history service over the fixture.
   *
   * @return the service
   */
  public CardHistory cardHistory() {
    return CardHistory.builder()
        .clientbase(base).clock(clock).accessPolicy(policy)
        .clientCard(catalogue(CardType.CLIENT)).contactPersonCard(catalogue(CardType.CONTACT_PERSON))
        .build();
  }

  /**
   * Returns the configuration of a card type whose custom fields are those the test kit's
   * generators fill.
   *
   * @param type the card type
   * @return the configuration
   */
  public static CardConfiguration catalogue(CardType type) {
    return CardConfiguration.builder().cardType(type).addAllCustomFields(CardGenerators.fieldCatalogue()).build();
  }

  /**
   * Returns a legal-entity client.
   *
   * @param id the id text
   * @param responsible the responsible manager, or {@code null} for none
   * @return the client
   */
  public static Client client(String id, UserId responsible) {
    return Client.builder()
        .id(ClientId.of(id))
        .kind(ClientKind.LEGAL_ENTITY)
        .name("Client " + id)
        .createdOn(LocalDate.of(2026, 1, 15))
        .responsible(Optional.ofNullable(responsible))
        .build();
  }

  /**
   * Returns a contact person.
   *
   * @param id the id text
   * @param fullName the full name, e.g. "Петрова Анна Сергеевна"
   * @return the contact person
   */
  public static ContactPerson person(String id, String fullName) {
    return ContactPerson.builder().id(ContactPersonId.of(id)).name(PersonName.parse(fullName)).build();
  }

  /**
   * Stores clients directly, past the library.
   *
   * @param clients the clients
   */
  public void store(List<Client> clients) {
    clients.forEach(base.clientStore()::insert);
  }
}
