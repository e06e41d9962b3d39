package org.clientbase.spi.store;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clientbase.core.client.Client;
import org.clientbase.core.contact.Email;
import org.clientbase.core.contact.Phone;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.ContactPersonId;
import org.clientbase.spi.Versioned;

/**
 * Stores client cards. Batch work walks it with {@link #page}; status work needs only its read
 * side, {@link ClientPages}.
 *
 * <p><b>Threads.</b> The library calls it from several threads at once (batch workers beside
 * the host's own requests); an implementation must be safe for that, and a read sees every
 * write that returned before it.
 */
public interface ClientStore extends RecordStore<ClientId, Client>, ClientPages {

  /**
   * Finds a client card by id.
   *
   * @param id the id
   * @return the card with its version, or empty if there is none
   */
  @Override
  Optional<Versioned<Client>> find(ClientId id);

  /**
   * Returns a page of cards in id order.
   *
   * @param request the first page, or the page after a client, and the largest number of cards
   * @return up to {@code request.limit()} cards in id order; fewer than the limit only at the end
   */
  @Override
  List<Versioned<Client>> page(PageRequest<ClientId> request);

  /**
   * Returns the first cards in id order. The default asks {@link #page(PageRequest)}.
   *
   * @param limit the largest number of cards to return, at least 1
   * @return up to {@code limit} cards in id order; fewer than {@code limit} only at the end
   */
  @Override
  default List<Versioned<Client>> page(int limit) {
    return page(PageRequest.<ClientId>first(limit));
  }

  /**
   * Returns cards in id order after a given client. The default asks
   * {@link #page(PageRequest)}.
   *
   * @param after the last client already seen; need not be stored
   * @param limit the largest number of cards to return, at least 1
   * @return up to {@code limit} cards with ids greater than {@code after}, in id order
   */
  @Override
  default List<Versioned<Client>> page(ClientId after, int limit) {
    return page(PageRequest.after(after, limit));
  }

  /**
   * Counts the clients.
   *
   * @return the number of clients
   */
  @Override
  long count();

  /**
   * Finds many records in one call.
   *
   * @param ids the ids
   * @return the records found, by id; ids not found are absent
   */
  @Override
  Map<ClientId, Versioned<Client>> findAll(Collection<ClientId> ids);

  /**
   * Finds the clients that have a phone.
   *
   * @param phone the phone, compared in canonical form
   * @return the clients, in id order
   */
  List<Client> findByPhone(Phone phone);

  /**
   * Finds the clients that have an email.
   *
   * @param email the email, compared as {@link Email#equals} does
   * @return the clients, in id order
   */
  List<Client> findByEmail(Email email);

  /**
   * Finds the clients a contact person is linked to.
   *
   * @param person the contact person
   * @return the clients, in id order
   */
  List<Client> findByContactPerson(ContactPersonId person);
}
