package org.clientbase.memory;

import java.util.List;
import org.clientbase.core.client.Client;
import org.clientbase.core.client.ClientContact;
import org.clientbase.core.contact.Email;
import org.clientbase.core.contact.Phone;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.ContactPersonId;
import org.clientbase.spi.store.ClientStore;

/**
 * An in-memory {@link ClientStore}, indexed by phone, email and linked contact person. Thread-safe.
 */
public final class InMemoryClientStore extends InMemoryRecordStore<ClientId, Client>
    implements ClientStore {
  private final Index<Phone> byPhone;
  private final Index<Email> byEmail;
  private final Index<ContactPersonId> byContactPerson;

  /** Creates an empty store with its own unit of work and no fault injection. */
  public InMemoryClientStore() {
    this(new InMemoryUnitOfWork(), new FaultInjector());
  }

  /**
   * Creates an empty store.
   *
   * @param unitOfWork the unit of work its writes take part in
   * @param faults the fault injector consulted before every call
   */
  public InMemoryClientStore(InMemoryUnitOfWork unitOfWork, FaultInjector faults) {
    super("Client", "ClientStore", Client::id, unitOfWork, faults);
    byPhone = index(Client::phones);
    byEmail = index(Client::emails);
    byContactPerson = index(c -> c.contacts().stream().map(ClientContact::contactPerson).toList());
  }

  @Override
  public List<Client> findByPhone(Phone phone) {
    beforeRead("findByPhone");
    return byPhone.find(phone);
  }

  @Override
  public List<Client> findByEmail(Email email) {
    beforeRead("findByEmail");
    return byEmail.find(email);
  }

  @Override
  public List<Client> findByContactPerson(ContactPersonId person) {
    beforeRead("findByContactPerson");
    return byContactPerson.find(person);
  }
}
