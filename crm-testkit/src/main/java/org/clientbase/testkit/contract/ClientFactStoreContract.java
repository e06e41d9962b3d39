package org.clientbase.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.EntityId;
import org.clientbase.spi.store.ClientFactStore;
import org.junit.jupiter.api.Test;

/**
 * The contract of every {@link ClientFactStore}: the {@link RecordStoreContract} and
 * {@link ClientFactStore#findByClients} in the documented order.
 *
 * <p>Checks, beyond the record store contract, that {@code findByClients}:
 * <ul>
 *   <li>orders by client id text (so {@code c-10} comes before {@code c-2}), then by the fact's
 *       date, then by fact id text;</li>
 *   <li>returns exactly the facts of the clients asked for, each once, also when a client is
 *       asked for twice; nothing for unknown clients or an empty collection;</li>
 *   <li>leaves out facts without a client;</li>
 *   <li>sees updates at once: a fact moved to another client or to another date is found
 *       under its new client and in its new place.</li>
 * </ul>
 *
 * @param <I> the id type of the facts
 * @param <T> the fact type
 * @param <S> the store type
 */
public abstract class ClientFactStoreContract<I extends EntityId, T, S extends ClientFactStore<I, T>>
    extends RecordStoreContract<I, T, S> {

  /** Creates the contract; called by the subclass. */
  protected ClientFactStoreContract() {}

  /**
   * Returns a fact about a client on a day.
   *
   * @param id the fact's id text
   * @param client the client
   * @param day the fact's date (for an instant, its day), in days after a fixed first day;
   *     a later day must sort later
   * @return the fact
   */
  protected abstract T fact(String id, ClientId client, int day);

  /**
   * Returns a fact with no client, if the fact type allows one; such facts are left out of
   * {@code findByClients}.
   *
   * @param id the fact's id text
   * @return the fact, or empty if every fact of the type has a client (the default)
   */
  protected Optional<T> factWithoutClient(String id) {
    return Optional.empty();
  }

  /**
   * Returns a fact about the client {@code c-contract}, dated by the variant.
   *
   * @param id the id text
   * @param variant the variant, from 0
   * @return the fact
   */
  @Override
  protected final T record(String id, int variant) {
    return fact(id, ClientId.of("c-contract"), variant);
  }

  private List<String> ids(List<T> facts) {
    return facts.stream().map(f -> idOf(f).value()).toList();
  }

  @Test
  void findByClientsOrdersByClientIdTextThenDateThenFactIdText() {
    ClientId c1 = ClientId.of("c-1");
    ClientId c2 = ClientId.of("c-2");
    ClientId c10 = ClientId.of("c-10");
    store().insert(fact("f-1", c2, 3));
    store().insert(fact("f-2", c10, 1));
    store().insert(fact("f-3", c1, 5));
    store().insert(fact("f-4", c1, 2));
    store().insert(fact("f-5", c2, 3));
    store().insert(fact("f-6", c2, 1));
    store().insert(fact("f-7", ClientId.of("c-3"), 1));
    store().insert(fact("f-10", c1, 5));
    List<T> found = store().findByClients(List.of(c2, c1, c10));
    assertThat(ids(found)).containsExactly("f-4", "f-10", "f-3", "f-2", "f-6", "f-1", "f-5");
  }

  @Test
  void findByClientsReturnsNothingForUnknownClientsOrNoClients() {
    store().insert(fact("f-1", ClientId.of("c-1"), 1));
    assertThat(store().findByClients(List.of(ClientId.of("c-9")))).isEmpty();
    assertThat(store().findByClients(List.of())).isEmpty();
  }

  @Test
  void findByClientsListsEachFactOnceWhenAClientIsRepeated() {
    ClientId c1 = ClientId.of("c-1");
    store().insert(fact("f-1", c1, 1));
    store().insert(fact("f-2", c1, 2));
    assertThat(ids(store().findByClients(List.of(c1, c1, c1)))).containsExactly("f-1", "f-2");
  }

  @Test
  void findByClientsLeavesOutFactsWithoutClient() {
    ClientId c1 = ClientId.of("c-1");
    store().insert(fact("f-1", c1, 1));
    Optional<T> orphan = factWithoutClient("f-0");
    orphan.ifPresent(store()::insert);
    assertThat(ids(store().findByClients(List.of(c1)))).containsExactly("f-1");
    assertThat(store().count()).isEqualTo(orphan.isPresent() ? 2 : 1);
  }

  @Test
  void findByClientsSeesAFactMovedToAnotherClientOrDate() {
    ClientId c1 = ClientId.of("c-1");
    ClientId c2 = ClientId.of("c-2");
    store().insert(fact("f-1", c1, 1));
    store().insert(fact("f-2", c1, 2));
    store().insert(fact("f-3", c2, 5));
    store().update(fact("f-1", c2, 9), 1);
    assertThat(ids(store().findByClients(List.of(c1)))).containsExactly("f-2");
    assertThat(ids(store().findByClients(List.of(c2)))).containsExactly("f-3", "f-1");
    store().update(fact("f-1", c2, 0), 2);
    assertThat(ids(store().findByClients(List.of(c1, c2)))).containsExactly("f-2", "f-1", "f-3");
  }

  @Test
  void findByClientsReturnsEveryFactOfABatchGroupedByClient() {
    Map<String, String> clientOf = new HashMap<>();
    List<ClientId> asked = new ArrayList<>();
    for (int c = 1; c <= 30; c++) {
      ClientId client = ClientId.of("c-" + c);
      if (c % 3 != 0) {
        asked.add(client);
      }
      for (int f = 0; f < c % 4; f++) {
        String id = "f-" + c + "-" + f;
        store().insert(fact(id, client, (c * 7 + f * 3) % 11));
        clientOf.put(id, client.value());
      }
    }
    List<T> found = store().findByClients(asked);
    List<String> expectedIds = clientOf.entrySet().stream()
        .filter(e -> asked.contains(ClientId.of(e.getValue())))
        .map(Map.Entry::getKey).toList();
    assertThat(ids(found)).containsExactlyInAnyOrderElementsOf(expectedIds);
    List<String> clients = ids(found).stream().map(clientOf::get).toList();
    assertThat(clients).isSortedAccordingTo(String::compareTo);
  }
}
