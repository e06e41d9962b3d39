package org.clientbase.spi.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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
 *   public List<Versioned<Client>> page(PageRequest<ClientId> request) {
 *     return crm.cardsAfter(request.after(), request.limit());
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
   * Returns a page of cards in id order ({@link String#compareTo} of the id text), so that
   * batch work walks the whole base in bounded memory and resumes from the last client it
   * finished: the one method of paging a host implements.
   *
   * @param request the first page, or the page after a client, and the largest number of
   *     cards to return
   * @return up to {@code request.limit()} cards with ids greater than {@code request.after()},
   *     in id order; fewer than the limit only at the end
   */
  List<Versioned<Client>> page(PageRequest<ClientId> request);

  /**
   * Returns a page of clients as the status batch reads them: each client's id and the day its
   * card was created, with the paging and order of {@link #page(PageRequest)}. The default asks
   * {@link #page(PageRequest)} for the cards; a host on a database overrides it with a query of
   * the two columns, which spares reading and checking whole cards.
   *
   * @param request the first page, or the page after a client, and the largest number of
   *     clients to return
   * @return up to {@code request.limit()} clients with ids greater than {@code request.after()},
   *     in id order; fewer than the limit only at the end
   */
  default List<ClientStart> starts(PageRequest<ClientId> request) {
    List<Versioned<Client>> cards = page(request);
    List<ClientStart> starts = new ArrayList<>(cards.size());
    for (Versioned<Client> card : cards) {
      starts.add(new ClientStart(card.value().id(), card.value().createdOn()));
    }
    return starts;
  }

  /**
   * Returns given clients as the nightly status run reads them: each client's id and the day
   * its card was created. The default asks {@link #findAll(Collection)} for the cards; a host on
   * a database overrides it with a query of the two columns.
   *
   * @param ids the clients
   * @return the clients found, each once, in the order of their first place in {@code ids}; ids
   *     not found are left out
   */
  default List<ClientStart> starts(Collection<ClientId> ids) {
    Map<ClientId, Versioned<Client>> cards = findAll(Objects.requireNonNull(ids, "ids"));
    List<ClientStart> starts = new ArrayList<>(cards.size());
    for (ClientId id : new LinkedHashSet<>(ids)) {
      Versioned<Client> card = cards.get(id);
      if (card != null) {
        starts.add(new ClientStart(id, card.value().createdOn()));
      }
    }
    return starts;
  }

  /**
   * Returns the first cards in id order. The default asks {@link #page(PageRequest)}.
   *
   * @param limit the largest number of cards to return, at least 1
   * @return up to {@code limit} cards in id order; fewer than {@code limit} only at the end
   */
  default List<Versioned<Client>> page(int limit) {
    return page(PageRequest.<ClientId>first(limit));
  }

  /**
   * Returns cards in id order after a given client. The default asks
   * {@link #page(PageRequest)}.
   *
   * @param after the last client already seen; need not be stored
   * @param limit the largest number of cards to return, at least 1
   * @return up to {@code limit} cards with ids greater than {@code after}, in id order; fewer
   *     than {@code limit} only at the end
   */
  default List<Versioned<Client>> page(ClientId after, int limit) {
    return page(PageRequest.after(after, limit));
  }

  /**
   * Counts the clients, for progress reports.
   *
   * @return the number of clients
   */
  long count();
}
