package org.clientbase.spi.store;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.clientbase.core.client.Client;
import org.clientbase.core.id.ClientId;
import org.clientbase.spi.Versioned;

/**
 * The client cards as status work reads them: one card by id, and the whole directory in id
 * order, page by page. A host that wants statuses without the rest of the library implements
 * this instead of the whole {@link ClientStore}, which extends it.
 *
 * <p><b>Threads.</b> Batch work calls every method from several threads at once; an
 * implementation must be safe for that. A read sees every write that returned before it.
 *
 * <pre>{@code
 * ClientPages clients = new ClientPages() {
 *   public Optional<Versioned<Client>> find(ClientId id) { return crm.card(id); }
 *   public List<Versioned<Client>> page(Optional<ClientId> after, int limit) {
 *     return crm.cardsAfter(after, limit);
 *   }
 *   public long count() { return crm.cardCount(); }
 * };
 * }</pre>
 */
public interface ClientPages {

  /**
   * Finds a client card by id.
   *
   * @param id the client
   * @return the card with its version, or empty if there is none
   */
  Optional<Versioned<Client>> find(ClientId id);

  /**
   * Finds many cards in one call. The default calls {@link #find} for each id; a host on a
   * database overrides it with one query.
   *
   * @param ids the clients
   * @return the cards found, by id; ids not found are absent
   */
  default Map<ClientId, Versioned<Client>> findAll(Collection<ClientId> ids) {
    Map<ClientId, Versioned<Client>> found = new LinkedHashMap<>();
    for (ClientId id : Objects.requireNonNull(ids, "ids")) {
      find(id).ifPresent(card -> found.put(id, card));
    }
    return found;
  }

  /**
   * Returns cards in id order ({@link String#compareTo} of the id text), after a given client,
   * so that batch work walks the whole base in bounded memory and resumes from the last client
   * it finished.
   *
   * @param after the last client already seen, or empty to start at the beginning
   * @param limit the largest number of cards to return, at least 1
   * @return up to {@code limit} cards with ids greater than {@code after}, in id order; fewer
   *     than {@code limit} only at the end
   */
  List<Versioned<Client>> page(Optional<ClientId> after, int limit);

  /**
   * Counts the clients, for progress reports.
   *
   * @return the number of clients
   */
  long count();
}
