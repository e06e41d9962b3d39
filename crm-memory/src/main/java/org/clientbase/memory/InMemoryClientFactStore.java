package org.clientbase.memory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.EntityId;
import org.clientbase.spi.store.ClientFactStore;

/**
 * What the in-memory fact stores share: an index by client that serves
 * {@link #findByClients(Collection)} in the documented order (client id text, then the fact's
 * date, then fact id text) without scanning the store.
 *
 * @param <I> the id type of the facts
 * @param <T> the fact type
 */
public abstract sealed class InMemoryClientFactStore<I extends EntityId, T>
    extends InMemoryRecordStore<I, T> implements ClientFactStore<I, T>
    permits InMemoryInteractionStore, InMemoryInterestStore, InMemoryPaymentStore,
        InMemoryShipmentStore, InMemoryTaskStore {

  private final Index<ClientId> byClient;
  private final Comparator<T> byDateThenId;

  /**
   * Creates the store.
   *
   * @param entity the fact type's name for messages
   * @param store the SPI interface's name for fault injection
   * @param idOf how to read a fact's id
   * @param clientOf the client a fact is about, if any
   * @param dateOf the fact's date, the second sort key of {@code findByClients}
   * @param unitOfWork the unit of work the store's writes take part in
   * @param faults the fault injector consulted before every call
   * @param <D> the date type
   */
  <D extends Comparable<? super D>> InMemoryClientFactStore(
      String entity, String store, Function<T, I> idOf, Function<T, Optional<ClientId>> clientOf,
      Function<T, D> dateOf, InMemoryUnitOfWork unitOfWork, FaultInjector faults) {
    super(entity, store, idOf, unitOfWork, faults);
    this.byClient = index(fact -> clientOf.apply(fact).map(List::of).orElse(List.of()));
    this.byDateThenId = Comparator.comparing(dateOf).thenComparing(fact -> idOf.apply(fact).value());
  }

  /**
   * Returns every fact about the given clients in one call.
   *
   * @param clients the clients; repeats are ignored
   * @return the facts, ordered by client id text, then by the fact's date, then by fact id text
   */
  @Override
  public List<T> findByClients(Collection<ClientId> clients) {
    Objects.requireNonNull(clients, "clients");
    beforeRead("findByClients");
    TreeSet<String> ordered = new TreeSet<>();
    for (ClientId client : clients) {
      ordered.add(Objects.requireNonNull(client, "client").value());
    }
    List<T> result = new ArrayList<>();
    for (String client : ordered) {
      List<T> facts = new ArrayList<>(byClient.find(ClientId.of(client)));
      facts.sort(byDateThenId);
      result.addAll(facts);
    }
    return Collections.unmodifiableList(result);
  }
}
