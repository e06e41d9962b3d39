package org.clientbase.rules.matching;

import org.clientbase.spi.access.AccessPolicy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.clientbase.rules.matching.Cards.company;
import static org.clientbase.rules.matching.Cards.counterparty;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clientbase.spi.ForwardingClientbase;
import org.clientbase.spi.Clientbase;
import org.clientbase.core.client.Counterparty;
import org.clientbase.core.field.CardType;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.CounterpartyId;
import org.clientbase.core.tax.Inn;
import org.clientbase.spi.ProgressListener;
import org.clientbase.spi.Versioned;
import org.clientbase.spi.store.CounterpartyStore;
import org.clientbase.spi.store.PageRequest;
import org.junit.jupiter.api.Test;

/**
 * Batch work over clients reads their counterparties with one {@code findByClients} per batch,
 * never one {@code findByClient} per client: counted on a store that wraps the in-memory one.
 */
class CounterpartyBatchReadsTest {
  private static final int CLIENTS = 250;
  private static final int BATCH = 50;
  private static final int PAGES = CLIENTS / BATCH;

  private final MatchingFixture fixture = new MatchingFixture();
  private final CountingCounterparties counted = new CountingCounterparties(fixture.base.counterpartyStore());
  private final Clientbase countedBase = new ForwardingClientbase(fixture.base) {
    @Override
    public CounterpartyStore counterpartyStore() {
      return counted;
    }
  };
  private final DuplicateControl control =
      DuplicateControl.builder().clientbase(countedBase).accessPolicy(AccessPolicy.allowAll()).batchSize(BATCH).build();

  private static ClientId client(int n) {
    return ClientId.of(String.format("c-%03d", n));
  }

  /**
   * 250 clients, most with one or two counterparties of their own INN; c-017 and c-201 act
   * through counterparties with the same INN, and are told apart from the rest by nothing else.
   */
  private void clientsWithCounterparties() {
    for (int n = 1; n <= CLIENTS; n++) {
      ClientId id = client(n);
      fixture.base.clientStore().insert(company(id.value(), "Заказчик " + n).build());
      if (n == 17 || n == 201) {
        fixture.base.counterpartyStore().insert(counterparty("k-" + n, id.value(), "ООО «Ромашка»", Cards.INN));
        continue;
      }
      for (int k = 0; k < n % 3; k++) {
        String inn = Inn.fromBody(String.format("50%02d%05d", k, n)).value();
        fixture.base.counterpartyStore().insert(counterparty("k-" + n + "-" + k, id.value(), "ООО «Заказчик " + n + "»", inn));
      }
    }
  }

  @Test
  void rebuildingTheClientIndexReadsCounterpartiesOncePerPage() {
    clientsWithCounterparties();
    control.reindexAll(CardType.CLIENT, ProgressListener.none());
    assertThat(counted.findByClientCalls).isZero();
    assertThat(counted.batchSizes).as("one findByClients per page of %d clients", BATCH)
        .hasSize(PAGES).allMatch(size -> size == BATCH);
    assertThat(fixture.index.keys(client(17))).contains("inn:" + Cards.INN);
  }

  @Test
  void aClientScanReadsCounterpartiesOncePerPageAndOnceForTheCandidatesOfThePage() {
    clientsWithCounterparties();
    control.reindexAll(CardType.CLIENT, ProgressListener.none());
    counted.batchSizes.clear();
    List<Match> found = new ArrayList<>();
    ScanSummary summary = control.scan(MatchingFixture.SYSTEM, CardType.CLIENT, ScanPart.all(), found::add, ProgressListener.none());
    assertThat(summary.scanned()).isEqualTo(CLIENTS);
    assertThat(counted.findByClientCalls).isZero();
    assertThat(counted.batchSizes.size()).as("calls: %s", counted.batchSizes).isBetween(PAGES, 2 * PAGES);
    assertThat(found).anySatisfy(m -> {
      assertThat(m.left()).isEqualTo(client(17));
      assertThat(m.right()).isEqualTo(client(201));
    });
  }

  @Test
  void aMergeReadsTheCounterpartiesOfAllMergedClientsAtOnce() {
    for (int n = 1; n <= 4; n++) {
      fixture.base.clientStore().insert(company(client(n).value(), "ООО «Ромашка»").build());
      fixture.base.counterpartyStore().insert(counterparty("k-" + n, client(n).value(), "ООО «Ромашка»", Cards.INN));
    }
    DuplicateMerger merger = DuplicateMerger.builder()
        .clientbase(countedBase).clock(fixture.clock).duplicateControl(control).build();
    MergeResult result = merger.merge(
        MergeRequest.ofClients(List.of(client(4), client(2), client(1), client(3))).withSurvivor(client(1)));
    assertThat(result.outcome()).isEqualTo(MergeResult.Outcome.MERGED);
    assertThat(counted.findByClientCalls).isZero();
    assertThat(counted.batchSizes).as("the three merged clients at once, then the survivor's new index keys")
        .containsExactly(3, 1);
    for (int n = 2; n <= 4; n++) {
      assertThat(fixture.base.counterpartyStore().find(CounterpartyId.of("k-" + n)).orElseThrow().value().client())
          .isEqualTo(client(1));
    }
  }

  /** Counts the reads by client; everything else goes straight to the wrapped store. */
  private static final class CountingCounterparties implements CounterpartyStore {
    private final CounterpartyStore store;
    private final List<Integer> batchSizes = new ArrayList<>();
    private int findByClientCalls;

    CountingCounterparties(CounterpartyStore store) {
      this.store = store;
    }

    @Override
    public List<Counterparty> findByClient(ClientId client) {
      findByClientCalls++;
      return store.findByClient(client);
    }

    @Override
    public List<Counterparty> findByClients(Collection<ClientId> clients) {
      batchSizes.add(clients.size());
      return store.findByClients(clients);
    }

    @Override
    public List<Counterparty> findByInn(Inn inn) {
      return store.findByInn(inn);
    }

    @Override
    public Optional<Versioned<Counterparty>> find(CounterpartyId id) {
      return store.find(id);
    }

    @Override
    public Map<CounterpartyId, Versioned<Counterparty>> findAll(Collection<CounterpartyId> ids) {
      return store.findAll(ids);
    }

    @Override
    public Versioned<Counterparty> insert(Counterparty value) {
      return store.insert(value);
    }

    @Override
    public Versioned<Counterparty> update(Counterparty value, long expectedVersion) {
      return store.update(value, expectedVersion);
    }

    @Override
    public List<Versioned<Counterparty>> page(PageRequest<CounterpartyId> request) {
      return store.page(request);
    }

    @Override
    public long count() {
      return store.count();
    }
  }
}
