package org.clientbase.rules.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clientbase.rules.access.Fixture.ADMIN;
import static org.clientbase.rules.access.Fixture.T0;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.clientbase.core.client.Client;
import org.clientbase.core.client.ContactPerson;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.ContactPersonId;
import org.clientbase.rules.access.Fixture;
import org.clientbase.spi.Versioned;
import org.clientbase.testkit.generators.CardGenerators;
import org.junit.jupiter.api.Test;

/**
 * A card rebuilt from its history equals the card at that instant, whatever the versions (all
 * fields and custom fields change at random) and however the clock moves, back included.
 */
class HistoryPropertiesTest {
  private static final ClientId CLIENT = ClientId.of("c-1");
  private static final ContactPersonId PERSON = ContactPersonId.of("p-1");

  /** The card each instant saw last, by instant; later writes at the same instant win. */
  private static <C> C expectedAt(TreeMap<Instant, C> written, Instant at) {
    Map.Entry<Instant, C> entry = written.floorEntry(at);
    return entry == null ? null : entry.getValue();
  }

  private static List<Instant> probes(TreeMap<Instant, ?> written) {
    List<Instant> probes = new ArrayList<>();
    for (Instant at : written.keySet()) {
      probes.add(at.minusMillis(1));
      probes.add(at);
      probes.add(at.plusSeconds(30));
    }
    return probes;
  }

  @Test
  void aClientCardRebuiltFromItsHistoryEqualsTheCardAtThatInstant() {
    qt().withExamples(150)
        .forAll(lists().of(CardGenerators.clients()).ofSizeBetween(1, 7),
            lists().of(integers().between(-3, 90)).ofSize(7))
        .checkAssert((versions, steps) -> {
          Fixture f = new Fixture();
          storeLinkedPeople(f, versions);
          CardHistory history = f.cardHistory();
          TreeMap<Instant, Client> written = new TreeMap<>();
          Instant last = Instant.MIN;
          long version = 0;
          for (int i = 0; i < versions.size(); i++) {
            Client card = Client.builder().from(versions.get(i)).id(CLIENT).build();
            f.clock.advance(Duration.ofMinutes(steps.get(i)));
            Versioned<Client> stored = i == 0
                ? history.createClient(ADMIN, card)
                : history.updateClient(ADMIN, card, version);
            if (stored.version() != version) {            // an update that changes nothing records nothing
              version = stored.version();
              last = f.clock.instant().isAfter(last) ? f.clock.instant() : last;
              written.put(last, card);
            }
          }
          CardTimeline<Client> timeline = history.timeline(ADMIN, CLIENT);
          for (Instant probe : probes(written)) {
            assertThat(timeline.asOf(probe).orElse(null)).as("card as of %s", probe).isEqualTo(expectedAt(written, probe));
          }
          assertThat(timeline.current()).contains(f.base.clientStore().find(CLIENT).orElseThrow().value());
        });
  }

  @Test
  void aContactPersonCardRebuiltFromItsHistoryEqualsTheCardAtThatInstant() {
    qt().withExamples(100)
        .forAll(lists().of(CardGenerators.contactPersons()).ofSizeBetween(1, 6),
            lists().of(integers().between(0, 600)).ofSize(6))
        .checkAssert((versions, steps) -> {
          Fixture f = new Fixture();
          CardHistory history = f.cardHistory();
          TreeMap<Instant, ContactPerson> written = new TreeMap<>();
          long version = 0;
          for (int i = 0; i < versions.size(); i++) {
            ContactPerson card = ContactPerson.builder().from(versions.get(i)).id(PERSON).build();
            f.clock.advance(Duration.ofSeconds(steps.get(i)));
            version = (i == 0 ? history.createContactPerson(ADMIN, card)
                : history.updateContactPerson(ADMIN, card, version)).version();
            written.put(f.clock.instant(), card);
          }
          for (Instant probe : probes(written)) {
            assertThat(history.asOf(ADMIN, PERSON, probe).orElse(null)).isEqualTo(expectedAt(written, probe));
          }
        });
  }

  @Test
  void writesPastTheLibraryAreObservedSoTheRebuiltCardAlwaysEqualsTheStoredOne() {
    qt().withExamples(100)
        .forAll(lists().of(CardGenerators.clients()).ofSizeBetween(2, 8),
            lists().of(integers().between(0, 2)).ofSize(8))
        .checkAssert((versions, writers) -> {
          Fixture f = new Fixture();
          storeLinkedPeople(f, versions);
          CardHistory history = f.cardHistory();
          f.base.clientStore().insert(Client.builder().from(versions.get(0)).id(CLIENT).build());
          for (int i = 1; i < versions.size(); i++) {
            Client card = Client.builder().from(versions.get(i)).id(CLIENT).build();
            f.clock.advance(Duration.ofMinutes(1));
            long version = f.base.clientStore().find(CLIENT).orElseThrow().version();
            if (writers.get(i) == 0) {
              f.base.clientStore().update(card, version);      // past the library
            } else {
              history.updateClient(ADMIN, card, version);
              assertThat(history.timeline(ADMIN, CLIENT).current()).contains(card);
            }
          }
        });
  }

  /** A card may link only stored contact persons: store every one the versions link to. */
  private static void storeLinkedPeople(Fixture f, List<Client> versions) {
    for (Client card : versions) {
      for (org.clientbase.core.client.ClientContact link : card.contacts()) {
        if (f.base.contactPersonStore().find(link.contactPerson()).isEmpty()) {
          f.base.contactPersonStore().insert(Fixture.person(link.contactPerson().value(), "Лицов Пётр"));
        }
      }
    }
  }
}
