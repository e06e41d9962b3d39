package org.clientbase.memory;

import java.util.List;
import org.clientbase.core.client.ContactPerson;
import org.clientbase.core.contact.Email;
import org.clientbase.core.contact.Phone;
import org.clientbase.core.id.ContactPersonId;
import org.clientbase.spi.store.ContactPersonStore;

/** An in-memory {@link ContactPersonStore}, indexed by phone and email. Thread-safe. */
public final class InMemoryContactPersonStore extends InMemoryRecordStore<ContactPersonId, ContactPerson>
    implements ContactPersonStore {
  private final Index<Phone> byPhone;
  private final Index<Email> byEmail;

  /** Creates an empty store with its own unit of work and no fault injection. */
  public InMemoryContactPersonStore() {
    this(new InMemoryUnitOfWork(), new FaultInjector());
  }

  /**
   * Creates an empty store.
   *
   * @param unitOfWork the unit of work its writes take part in
   * @param faults the fault injector consulted before every call
   */
  public InMemoryContactPersonStore(InMemoryUnitOfWork unitOfWork, FaultInjector faults) {
    super("ContactPerson", "ContactPersonStore", ContactPerson::id, unitOfWork, faults);
    byPhone = index(ContactPerson::phones);
    byEmail = index(ContactPerson::emails);
  }

  @Override
  public List<ContactPerson> findByPhone(Phone phone) {
    beforeRead("findByPhone");
    return byPhone.find(phone);
  }

  @Override
  public List<ContactPerson> findByEmail(Email email) {
    beforeRead("findByEmail");
    return byEmail.find(email);
  }
}
