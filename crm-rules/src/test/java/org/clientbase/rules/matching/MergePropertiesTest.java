package org.clientbase.rules.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.clientbase.core.client.Client;
import org.clientbase.core.client.ClientContact;
import org.clientbase.core.client.ContactPerson;
import org.clientbase.core.client.Counterparty;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.ContactPersonId;
import org.clientbase.core.id.EntityId;
import org.clientbase.spi.Versioned;
import org.clientbase.testkit.contract.ContractFixtures;
import org.clientbase.testkit.generators.ClientPortrait;
import org.clientbase.testkit.generators.DuplicateGroup;
import org.clientbase.testkit.generators.DuplicateGens;
import org.clientbase.memory.InMemoryClientbase;
import org.junit.jupiter.api.Test;

/** Merging never loses a reference; merging twice is merging once; an undone merge restores the cards. */
class MergePropertiesTest {
  private static final int EXAMPLES = 100;
  private static final ClientId BYSTANDER = ClientId.of("c-99");

  /** A base holding a group of duplicate clients, their facts and documents, and a bystander. */
  private static MatchingFixture base(DuplicateGroup<ClientPortrait> group) {
    MatchingFixture fixture = new MatchingFixture();
    Set<ContactPersonId> persons = new HashSet<>();
    List<ClientId> ids = new ArrayList<>();
    for (ClientPortrait portrait : group.cards()) {
      fixture.base.clientStore().insert(portrait.client());
      ids.add(portrait.client().id());
      for (ContactPerson person : portrait.contactPersons()) {
        if (persons.add(person.id())) {
          fixture.base.contactPersonStore().insert(person);
        }
      }
      portrait.counterparties().forEach(fixture.base.counterpartyStore()::insert);
    }
    fixture.base.clientStore().insert(Cards.company(BYSTANDER.value(), "ООО «Посторонний»").build());
    ids.add(BYSTANDER);
    int n = 0;
    for (ClientId client : ids) {
      for (int k = 0; k <= n % 3; k++) {
        String suffix = client.value() + "-" + k;
        fixture.base.interestStore().insert(ContractFixtures.interest("i-" + suffix, client, k));
        fixture.base.paymentStore().insert(ContractFixtures.payment("pay-" + suffix, client, k));
        fixture.base.shipmentStore().insert(ContractFixtures.shipment("s-" + suffix, client, k));
        fixture.base.taskStore().insert(ContractFixtures.task("t-" + suffix, client, k));
        fixture.base.interactionStore().insert(ContractFixtures.interaction("x-" + suffix, client, k));
      }
      fixture.base.referenceRewriter().addDocument("order-" + client.value(), List.of(client));
      n++;
    }
    fixture.base.referenceRewriter().addDocument("report", ids);
    fixture.reindexAll();
    return fixture;
  }

  private static MergeRequest request(DuplicateGroup<ClientPortrait> group, int how) {
    List<ClientId> ids = group.cards().stream().map(p -> p.client().id()).toList();
    MergeRequest request = MergeRequest.ofClients(ids);
    return switch (how) {
      case 0 -> request;
      case 1 -> request.choosing(SurvivorChoice.OLDEST);
      default -> request.withSurvivor(ids.get(how % ids.size()));
    };
  }

  /** Every reference to a client in the stores and documents, as (holder, client) pairs. */
  private static Map<String, EntityId> references(InMemoryClientbase base) {
    Map<String, EntityId> refs = new LinkedHashMap<>();
    base.counterpartyStore().all().forEach(v -> refs.put(v.value().id().value(), v.value().client()));
    base.interestStore().all().forEach(v -> refs.put(v.value().id().value(), v.value().client().orElseThrow()));
    base.paymentStore().all().forEach(v -> refs.put(v.value().id().value(), v.value().client()));
    base.shipmentStore().all().forEach(v -> refs.put(v.value().id().value(), v.value().client()));
    base.taskStore().all().forEach(v -> refs.put(v.value().id().value(), v.value().client().orElseThrow()));
    base.interactionStore().all().forEach(v -> refs.put(v.value().id().value(), v.value().client().orElseThrow()));
    base.referenceRewriter().all().forEach((doc, held) -> {
      for (EntityId ref : held) {
        refs.put(doc + "#" + ref.value(), ref);
      }
    });
    return refs;
  }

  private static <T, K> Map<K, T> values(List<Versioned<T>> stored, Function<T, K> id) {
    Map<K, T> values = new LinkedHashMap<>();
    stored.forEach(v -> values.put(id.apply(v.value()), v.value()));
    return values;
  }

  @Test
  void mergingNeverLosesAReference() {
    qt().withExamples(EXAMPLES).forAll(DuplicateGens.clientGroups(), integers().between(0, 4)).checkAssert((group, how) -> {
      MatchingFixture fixture = base(group);
      Set<ClientId> cards = new HashSet<>();
      group.cards().forEach(p -> cards.add(p.client().id()));
      Map<String, EntityId> before = references(fixture.base);
      Map<ClientId, Client> clientsBefore = values(fixture.base.clientStore().all(), Client::id);

      MergeResult result = fixture.merger.merge(request(group, how));
      ClientId survivor = (ClientId) result.survivor();

      Map<String, EntityId> after = references(fixture.base);
      for (Map.Entry<String, EntityId> ref : before.entrySet()) {
        if (ref.getKey().contains("#")) {
          continue;
        }
        EntityId now = after.get(ref.getKey());
        assertThat(now).as("reference %s", ref.getKey()).isNotNull();
        assertThat(now).as("reference %s", ref.getKey())
            .isEqualTo(cards.contains(ref.getValue()) ? survivor : ref.getValue());
      }
      assertThat(fixture.base.referenceRewriter().references("report")).contains(survivor, BYSTANDER)
          .doesNotContainAnyElementsOf(result.merged());
      for (ClientId card : cards) {
        assertThat(fixture.base.referenceRewriter().references("order-" + card.value())).containsExactly(survivor);
      }
      for (ClientId card : cards) {
        Client client = fixture.base.clientStore().find(card).orElseThrow().value();
        if (!card.equals(survivor)) {
          assertThat(client.mergedInto()).contains(survivor);
        }
        Client merged = fixture.base.clientStore().find(survivor).orElseThrow().value();
        assertThat(merged.phones()).containsAll(clientsBefore.get(card).phones());
        assertThat(merged.emails()).containsAll(clientsBefore.get(card).emails());
        assertThat(merged.contacts().stream().map(ClientContact::contactPerson).toList())
            .containsAll(clientsBefore.get(card).contacts().stream().map(ClientContact::contactPerson).toList());
      }
      assertThat(fixture.base.clientStore().count()).isEqualTo(clientsBefore.size());
    });
  }

  @Test
  void mergingTwiceIsTheSameAsMergingOnce() {
    qt().withExamples(EXAMPLES).forAll(DuplicateGens.clientGroups(), integers().between(0, 4)).checkAssert((group, how) -> {
      MatchingFixture fixture = base(group);
      fixture.merger.merge(request(group, how));
      InMemoryClientbase.Snapshot once = fixture.base.snapshot();
      var journal = fixture.journal.all();
      var index = fixture.index.all();
      MergeResult again = fixture.merger.merge(request(group, (how + 1) % 5));
      assertThat(again.outcome()).isEqualTo(MergeResult.Outcome.ALREADY_MERGED);
      assertThat(fixture.base.snapshot()).isEqualTo(once);
      assertThat(fixture.journal.all()).isEqualTo(journal);
      assertThat(fixture.index.all()).isEqualTo(index);
    });
  }

  @Test
  void anUndoneMergeRestoresTheCardsAndTheirReferences() {
    qt().withExamples(EXAMPLES).forAll(DuplicateGens.clientGroups(), integers().between(0, 4)).checkAssert((group, how) -> {
      MatchingFixture fixture = base(group);
      Map<ClientId, Client> clients = values(fixture.base.clientStore().all(), Client::id);
      Map<?, Counterparty> counterparties = values(fixture.base.counterpartyStore().all(), Counterparty::id);
      Map<String, EntityId> references = references(fixture.base);
      var index = fixture.index.all();
      MergeResult merged = fixture.merger.merge(request(group, how));
      fixture.merger.undo(merged.merge().orElseThrow());
      assertThat(values(fixture.base.clientStore().all(), Client::id)).isEqualTo(clients);
      assertThat(values(fixture.base.counterpartyStore().all(), Counterparty::id)).isEqualTo(counterparties);
      assertThat(references(fixture.base)).isEqualTo(references);
      assertThat(fixture.index.all()).isEqualTo(index);
    });
  }

  @Test
  void anUndoneContactPersonMergeRestoresThePersonsAndTheClientsLinks() {
    qt().withExamples(EXAMPLES).forAll(DuplicateGens.contactPersonGroups(), integers().between(0, 2)).checkAssert((group, how) -> {
      MatchingFixture fixture = new MatchingFixture();
      group.cards().forEach(fixture.base.contactPersonStore()::insert);
      List<ContactPersonId> ids = group.cards().stream().map(ContactPerson::id).toList();
      Client.Builder both = Cards.company("c-1", "ООО «Ромашка»");
      ids.forEach(p -> both.addContacts(ClientContact.builder().contactPerson(p).role("Role " + p.value()).build()));
      fixture.base.clientStore().insert(both.build());
      fixture.base.clientStore().insert(Cards.company("c-2", "ООО «Вектор»")
          .addContacts(ClientContact.of(ids.get(ids.size() - 1))).build());
      fixture.base.referenceRewriter().addDocument("memo", List.of(ids.get(ids.size() - 1)));
      fixture.reindexAll();
      Map<ContactPersonId, ContactPerson> persons = values(fixture.base.contactPersonStore().all(), ContactPerson::id);
      Map<ClientId, Set<ClientContact>> links = new LinkedHashMap<>();
      fixture.base.clientStore().all().forEach(c -> links.put(c.value().id(), new HashSet<>(c.value().contacts())));
      Set<EntityId> memo = fixture.base.referenceRewriter().references("memo");

      MergeRequest request = MergeRequest.ofContactPersons(ids);
      MergeResult result = fixture.merger.merge(how == 0 ? request : request.withSurvivor(ids.get(how % ids.size())));
      ContactPersonId survivor = (ContactPersonId) result.survivor();
      fixture.base.clientStore().all().forEach(c -> assertThat(c.value().contacts().stream()
          .map(l -> (EntityId) l.contactPerson()).toList())
          .doesNotContainAnyElementsOf(result.merged()).contains(survivor));
      fixture.merger.undo(result.merge().orElseThrow());

      assertThat(values(fixture.base.contactPersonStore().all(), ContactPerson::id)).isEqualTo(persons);
      fixture.base.clientStore().all().forEach(c ->
          assertThat(new HashSet<>(c.value().contacts())).isEqualTo(links.get(c.value().id())));
      assertThat(fixture.base.referenceRewriter().references("memo")).isEqualTo(memo);
    });
  }
}
