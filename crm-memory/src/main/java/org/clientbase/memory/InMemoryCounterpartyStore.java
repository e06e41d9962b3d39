package org.clientbase.memory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.clientbase.core.client.Counterparty;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.CounterpartyId;
import org.clientbase.core.tax.Inn;
import org.clientbase.spi.store.CounterpartyStore;

/**
 * An in-memory {@link CounterpartyStore}, indexed by INN and client; {@link #findByClients}
 * reads the client index once per client asked for, without scanning the store. Thread-safe.
 */
public final class InMemoryCounterpartyStore extends InMemoryRecordStore<CounterpartyId, Counterparty>
    implements CounterpartyStore {
  private final Index<Inn> byInn;
  private final Index<ClientId> byClient;

  /** Creates an empty store with its own unit of work and no fault injection. */
  public InMemoryCounterpartyStore() {
    this(new InMemoryUnitOfWork(), new FaultInjector());
  }

  /**
   * Creates an empty store.
   *
   * @param unitOfWork the unit of work its writes take part in
   * @param faults the fault injector consulted before every call
   */
  public InMemoryCounterpartyStore(InMemoryUnitOfWork unitOfWork, FaultInjector faults) {
    super("Counterparty", "CounterpartyStore", Counterparty::id, unitOfWork, faults);
    byInn = index(c -> List.of(c.inn()));
    byClient = index(c -> List.of(c.client()));
  }

  @Override
  public List<Counterparty> findByInn(Inn inn) {
    beforeRead("findByInn");
    return byInn.find(inn);
  }

  @Override
  public List<Counterparty> findByClient(ClientId client) {
    beforeRead("findByClient");
    return byClient.find(client);
  }

  /**
   * Returns the counterparties of the given clients in one call.
   *
   * @param clients the clients; repeats are ignored
   * @return the counterparties, ordered by client id text, then by counterparty id text
   */
  @Override
  public List<Counterparty> findByClients(Collection<ClientId> clients) {
    Objects.requireNonNull(clients, "clients");
    beforeRead("findByClients");
    TreeSet<String> ordered = new TreeSet<>();
    for (ClientId client : clients) {
      ordered.add(Objects.requireNonNull(client, "client").value());
    }
    List<Counterparty> result = new ArrayList<>();
    for (String client : ordered) {
      result.addAll(byClient.find(ClientId.of(client)));
    }
    return Collections.unmodifiableList(result);
  }
}
