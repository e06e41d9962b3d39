package org.clientbase.rules.access;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.clientbase.core.InvalidValueException;
import org.clientbase.core.client.Client;
import org.clientbase.core.contact.Email;
import org.clientbase.core.contact.Phone;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.ContactPersonId;
import org.clientbase.core.id.UserId;
import org.clientbase.spi.Versioned;
import org.clientbase.spi.access.AccessPolicy;
import org.clientbase.spi.store.ClientStore;
import org.clientbase.spi.store.PageRequest;

/**
 * Queries over the client store on behalf of a user: each returns only the clients the host's
 * {@link AccessPolicy} lets that user see, as if the others were not stored. Thread-safe.
 *
 * <pre>{@code
 * RestrictedClients clients = RestrictedClients.of(clientStore, policy);
 * List<Versioned<Client>> page = clients.firstPage(user, 50); // the first 50 visible
 * clients.forEach(user, c -> export(c.value()));                              // the whole visible base
 * }</pre>
 */
public final class RestrictedClients {
  /** How many clients one read of the store asks for while walking the base. */
  public static final int DEFAULT_PAGE_SIZE = 500;

  private final ClientStore clients;
  private final ClientAccess access;
  private final int pageSize;

  private RestrictedClients(ClientStore clients, ClientAccess access, int pageSize) {
    this.clients = clients;
    this.access = access;
    this.pageSize = pageSize;
  }

  /**
   * Returns the restricted queries over a store.
   *
   * @param clients the client store
   * @param policy the host's access policy
   * @return the queries, reading {@value #DEFAULT_PAGE_SIZE} clients per store page
   */
  public static RestrictedClients of(ClientStore clients, AccessPolicy policy) {
    return new RestrictedClients(clients, ClientAccess.of(policy, clients), DEFAULT_PAGE_SIZE);
  }

  /**
   * Returns the same queries reading another number of clients per store page.
   *
   * @param size the page size of store reads, from 1 to 100 000
   * @return the queries
   * @throws InvalidValueException if the size is out of bounds
   */
  public RestrictedClients withPageSize(int size) {
    if (size < 1 || size > 100_000) {
      throw new InvalidValueException("RestrictedClients.pageSize", size, "must be from 1 to 100000");
    }
    return new RestrictedClients(clients, access, size);
  }

  /**
   * Finds a client the user may see.
   *
   * @param user the user
   * @param id the client's id
   * @return the client, or empty if it is not stored or the user may not see it
   */
  public Optional<Versioned<Client>> find(UserId user, ClientId id) {
    Objects.requireNonNull(user, "user");
    return clients.find(id).filter(c -> access.can(user, c.value(), Permission.VIEW));
  }

  /**
   * Returns the first clients the user may see, in id order.
   *
   * @param user the user
   * @param limit the largest number of clients to return, at least 1
   * @return up to {@code limit} visible clients; fewer only at the end of the base
   * @throws InvalidValueException if {@code limit} is below 1
   */
  public List<Versioned<Client>> firstPage(UserId user, int limit) {
    return page(user, PageRequest.<ClientId>first(pageSize), limit);
  }

  /**
   * Returns the next clients the user may see, in id order, after a given id.
   *
   * @param user the user
   * @param after the last id already seen
   * @param limit the largest number of clients to return, at least 1
   * @return up to {@code limit} visible clients with ids after {@code after}; fewer only at the
   *     end of the base
   * @throws InvalidValueException if {@code limit} is below 1
   */
  public List<Versioned<Client>> page(UserId user, ClientId after, int limit) {
    return page(user, PageRequest.after(Objects.requireNonNull(after, "after"), pageSize), limit);
  }

  private List<Versioned<Client>> page(UserId user, PageRequest<ClientId> start, int limit) {
    Objects.requireNonNull(user, "user");
    if (limit < 1) {
      throw new InvalidValueException("RestrictedClients.page limit", limit, "must be at least 1");
    }
    List<Versioned<Client>> visible = new ArrayList<>();
    PageRequest<ClientId> request = start;
    while (visible.size() < limit) {
      List<Versioned<Client>> page = clients.page(request);
      for (Versioned<Client> client : page) {
        if (visible.size() == limit) {
          break;
        }
        if (access.can(user, client.value(), Permission.VIEW)) {
          visible.add(client);
        }
      }
      if (page.size() < pageSize) {
        break;
      }
      request = request.next(page.get(page.size() - 1).value().id());
    }
    return List.copyOf(visible);
  }

  /**
   * Walks every client the user may see, in id order, one store page at a time, so memory does
   * not grow with the size of the base.
   *
   * @param user the user
   * @param action called with each visible client
   * @return how many clients were visible
   */
  public long forEach(UserId user, Consumer<Versioned<Client>> action) {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(action, "action");
    long count = 0;
    PageRequest<ClientId> request = PageRequest.first(pageSize);
    while (true) {
      List<Versioned<Client>> page = clients.page(request);
      for (Versioned<Client> client : page) {
        if (access.can(user, client.value(), Permission.VIEW)) {
          action.accept(client);
          count++;
        }
      }
      if (page.size() < pageSize) {
        return count;
      }
      request = request.next(page.get(page.size() - 1).value().id());
    }
  }

  /**
   * Finds the clients with a phone that the user may see.
   *
   * @param user the user
   * @param phone the phone
   * @return the visible clients, in id order
   */
  public List<Client> findByPhone(UserId user, Phone phone) {
    return visibleOnly(user, clients.findByPhone(phone));
  }

  /**
   * Finds the clients with an email that the user may see.
   *
   * @param user the user
   * @param email the email
   * @return the visible clients, in id order
   */
  public List<Client> findByEmail(UserId user, Email email) {
    return visibleOnly(user, clients.findByEmail(email));
  }

  /**
   * Finds the clients a contact person is linked to that the user may see.
   *
   * @param user the user
   * @param person the contact person
   * @return the visible clients, in id order
   */
  public List<Client> findByContactPerson(UserId user, ContactPersonId person) {
    return visibleOnly(user, clients.findByContactPerson(person));
  }

  private List<Client> visibleOnly(UserId user, List<Client> found) {
    Objects.requireNonNull(user, "user");
    return found.stream().filter(c -> access.can(user, c, Permission.VIEW)).toList();
  }
}
