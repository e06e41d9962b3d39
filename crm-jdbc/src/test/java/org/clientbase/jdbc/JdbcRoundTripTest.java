package org.clientbase.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.clientbase.core.client.Client;
import org.clientbase.core.client.ClientContact;
import org.clientbase.core.client.ContactPerson;
import org.clientbase.core.contact.Email;
import org.clientbase.core.contact.Phone;
import org.clientbase.core.history.CardDiff;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.ContactPersonId;
import org.clientbase.core.id.EntityId;
import org.clientbase.core.id.UserId;
import org.clientbase.core.lead.Lead;
import org.clientbase.core.status.StatusAssignment;
import org.clientbase.spi.Versioned;
import org.clientbase.spi.matching.CardSnapshot;
import org.clientbase.spi.matching.FieldConflict;
import org.clientbase.spi.matching.MergeId;
import org.clientbase.spi.matching.MergeRecord;
import org.clientbase.spi.matching.MergeState;
import org.clientbase.spi.matching.MovedDocuments;
import org.clientbase.spi.matching.MovedReference;
import org.clientbase.spi.store.CardRevision;
import org.clientbase.spi.store.ClientStatusHistory;
import org.clientbase.spi.store.RecordStore;
import org.clientbase.spi.store.RevisionKind;
import org.clientbase.testkit.generators.ActivityGenerators;
import org.clientbase.testkit.generators.CardGenerators;
import org.clientbase.testkit.generators.StatusGenerators;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Every generated domain value reads back equal after it is stored, on H2 and on PostgreSQL:
 * names, phones with extensions, emails, addresses, tags, categories, custom fields of every
 * type, links, birthdays, amounts, instants and status reasons survive the typed columns and
 * the JSON columns; and the look-up tables find a card by each of its phones and emails.
 */
class JdbcRoundTripTest {
  private static final int EXAMPLES = 40;

  /** The properties, on one database. */
  abstract static class OnDatabase {
    abstract JdbcDatabase database();

    /** Stores each value (inserting it, or updating it if its id is stored) and reads it back. */
    private <I extends EntityId, T> void roundTrip(
        RecordStore<I, T> store, Gen<T> values, Function<T, I> id, java.util.function.Consumer<T> alsoCheck) {
      qt().withExamples(EXAMPLES).forAll(values).checkAssert(value -> {
        Optional<Versioned<T>> stored = store.find(id.apply(value));
        Versioned<T> written = stored.isPresent() ? store.update(value, stored.get().version()) : store.insert(value);
        assertThat(written.value()).isEqualTo(value);
        assertThat(store.find(id.apply(value))).contains(written);
        alsoCheck.accept(value);
      });
    }

    @Test
    void leadsReadBackEqualAndAreFoundByEveryPhoneAndEmail() {
      JdbcLeadStore leads = new JdbcLeadStore(database());
      roundTrip(leads, CardGenerators.leads(), Lead::id, lead -> {
        for (Phone phone : lead.phones()) {
          assertThat(leads.findByPhone(phone)).extracting(Lead::id).contains(lead.id());
        }
        for (Email email : lead.emails()) {
          assertThat(leads.findByEmail(email)).extracting(Lead::id).contains(lead.id());
        }
      });
    }

    @Test
    void clientsReadBackEqualAndAreFoundByEveryPhoneEmailAndContactPerson() {
      JdbcClientStore clients = new JdbcClientStore(database());
      roundTrip(clients, CardGenerators.clients(), Client::id, client -> {
        for (Phone phone : client.phones()) {
          assertThat(clients.findByPhone(phone)).extracting(Client::id).contains(client.id());
        }
        for (Email email : client.emails()) {
          assertThat(clients.findByEmail(email)).extracting(Client::id).contains(client.id());
        }
        for (ClientContact contact : client.contacts()) {
          assertThat(clients.findByContactPerson(contact.contactPerson())).extracting(Client::id).contains(client.id());
        }
      });
    }

    @Test
    void contactPersonsReadBackEqual() {
      JdbcContactPersonStore persons = new JdbcContactPersonStore(database());
      roundTrip(persons, CardGenerators.contactPersons(), ContactPerson::id, person -> {
        for (Phone phone : person.phones()) {
          assertThat(persons.findByPhone(phone)).extracting(ContactPerson::id).contains(person.id());
        }
      });
    }

    @Test
    void counterpartiesReadBackEqual() {
      roundTrip(new JdbcCounterpartyStore(database()), CardGenerators.counterparties(), c -> c.id(), c -> {});
    }

    @Test
    void interactionsReadBackEqual() {
      roundTrip(new JdbcInteractionStore(database()), ActivityGenerators.interactions(), i -> i.id(), i -> {});
    }

    @Test
    void interestsReadBackEqual() {
      roundTrip(new JdbcInterestStore(database()), ActivityGenerators.interests(), i -> i.id(), i -> {});
    }

    @Test
    void paymentsAndShipmentsReadBackEqual() {
      roundTrip(new JdbcPaymentStore(database()), ActivityGenerators.payments(), p -> p.id(), p -> {});
      roundTrip(new JdbcShipmentStore(database()), ActivityGenerators.shipments(), s -> s.id(), s -> {});
    }

    @Test
    void tasksReadBackEqual() {
      roundTrip(new JdbcTaskStore(database()), ActivityGenerators.tasks(), t -> t.id(), t -> {});
    }

    @Test
    void clientHistoriesReadBackEqualWithEveryKindOfFieldChanged() {
      JdbcClientHistoryStore store = new JdbcClientHistoryStore(database());
      int[] card = {0};
      qt().withExamples(EXAMPLES).forAll(CardGenerators.clients(), CardGenerators.clients())
          .checkAssert((first, second) -> {
            ClientId id = ClientId.of("c-" + ++card[0]);
            Client before = Client.builder().from(first).id(id).build();
            Client after = Client.builder().from(second).id(id).build();
            List<CardRevision<Client>> revisions =
                history(id, before, CardDiff.between(before, after), CardDiff.between(before, before));
            revisions.forEach(r -> store.append(id, r));
            assertThat(store.revisions(id)).isEqualTo(revisions);
          });
    }

    @Test
    void contactPersonHistoriesReadBackEqualWithEveryKindOfFieldChanged() {
      JdbcContactPersonHistoryStore store = new JdbcContactPersonHistoryStore(database());
      int[] card = {0};
      qt().withExamples(EXAMPLES).forAll(CardGenerators.contactPersons(), CardGenerators.contactPersons())
          .checkAssert((first, second) -> {
            ContactPersonId id = ContactPersonId.of("p-" + ++card[0]);
            ContactPerson before = ContactPerson.builder().from(first).id(id).build();
            ContactPerson after = ContactPerson.builder().from(second).id(id).build();
            List<CardRevision<ContactPerson>> revisions =
                history(id, before, CardDiff.between(before, after), CardDiff.between(before, before));
            revisions.forEach(r -> store.append(id, r));
            assertThat(store.revisions(id)).isEqualTo(revisions);
          });
    }

    /** A creation, then an update to the other card if it differs, then an observed revision of it. */
    private static <C> List<CardRevision<C>> history(EntityId id, C before, CardDiff<C> diff, CardDiff<C> none) {
      Instant at = Instant.parse("2026-02-01T10:00:00Z");
      List<CardRevision<C>> revisions = new ArrayList<>();
      revisions.add(new CardRevision<>(id, 1, at, Optional.of(UserId.of("manager-1")), RevisionKind.CREATED, 1,
          none, Optional.of(before)));
      if (!diff.isEmpty()) {
        revisions.add(new CardRevision<>(id, 2, at.plusSeconds(60), Optional.of(UserId.of("manager-2")),
            RevisionKind.UPDATED, 2, diff, Optional.empty()));
        revisions.add(new CardRevision<>(id, 3, at.plusSeconds(120), Optional.empty(), RevisionKind.OBSERVED, 5,
            diff.reversed(), Optional.of(before)));
      }
      return revisions;
    }

    @Test
    void mergeRecordsOfContactPersonsReadBackEqual() {
      JdbcMergeJournal journal = new JdbcMergeJournal(database());
      int[] merge = {0};
      qt().withExamples(EXAMPLES).forAll(CardGenerators.contactPersons(), CardGenerators.contactPersons())
          .checkAssert((first, second) -> {
            int n = ++merge[0];
            ContactPerson survivor = ContactPerson.builder().from(first).id(ContactPersonId.of("p-s" + n)).build();
            ContactPerson merged = ContactPerson.builder().from(second).id(ContactPersonId.of("p-m" + n))
                .mergedInto(survivor.id()).build();
            ContactPerson filled = ContactPerson.builder().from(survivor).addAllTags(second.tags()).build();
            MergeRecord record = new MergeRecord(MergeId.of("m-" + n), MergeState.UNDONE,
                Instant.parse("2026-02-01T10:00:00Z"),
                n % 3 == 0 ? Optional.empty() : Optional.of(UserId.of("manager-" + n)),
                Optional.of(Instant.parse("2026-02-02T11:30:00.123456Z")),
                n % 2 == 0 ? Optional.of(UserId.of("manager-1")) : Optional.empty(),
                CardSnapshot.of(survivor), CardSnapshot.of(filled), List.of(CardSnapshot.of(merged)),
                List.of(new FieldConflict("comment", merged.id(), "kept text", "other text")),
                List.of(new MovedReference(ClientId.of("c-" + n), merged.id(), n % 2 == 0,
                        Optional.of(ClientContact.builder().contactPerson(merged.id()).role("Buyer").keyPerson(true).build())),
                    MovedReference.of(org.clientbase.core.id.TaskId.of("t-" + n), merged.id())),
                List.of(new MovedDocuments(merged.id(), List.of("order-" + n, "invoice-" + n + "|kept"))),
                "same phone and name");
            Versioned<MergeRecord> stored = journal.insert(record);
            assertThat(journal.find(record.id())).contains(stored);
            assertThat(journal.findByCard(merged.id())).containsExactly(stored);
          });
    }

    @Test
    void statusHistoriesReadBackEqualWhenAppendedInParts() {
      JdbcStatusHistoryStore store = new JdbcStatusHistoryStore(database());
      int[] client = {0};
      qt().withExamples(EXAMPLES).forAll(
              StatusGenerators.statusHistories(ClientId.of("c-history"), LocalDate.of(2025, 1, 1), 400))
          .checkAssert(generated -> {
            ClientId id = ClientId.of("c-" + ++client[0]);
            List<StatusAssignment> entries = generated.stream()
                .map(e -> StatusAssignment.builder().from(e).client(id).build()).toList();
            int half = entries.size() / 2;
            ClientStatusHistory first = store.append(id, 0, entries.subList(0, half));
            LocalDate through = entries.isEmpty() ? LocalDate.of(2025, 1, 1) : entries.get(entries.size() - 1).since();
            ClientStatusHistory both = store.append(id, first.version(), entries.subList(half, entries.size()),
                through);
            assertThat(both).isEqualTo(new ClientStatusHistory(id, entries, Optional.of(through), 2));
            assertThat(store.history(id)).isEqualTo(both);
          });
    }
  }

  @Nested
  class OnH2 extends OnDatabase {
    @Override
    JdbcDatabase database() {
      return Databases.h2();
    }
  }

  @Nested
  class OnPostgreSql extends OnDatabase {
    @Override
    JdbcDatabase database() {
      return Databases.postgres();
    }
  }
}
