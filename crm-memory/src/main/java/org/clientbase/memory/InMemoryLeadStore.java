package org.clientbase.memory;

import java.util.List;
import org.clientbase.core.contact.Email;
import org.clientbase.core.contact.Phone;
import org.clientbase.core.id.LeadId;
import org.clientbase.core.lead.Lead;
import org.clientbase.spi.store.LeadStore;

/** An in-memory {@link LeadStore}, indexed by phone and email. Thread-safe. */
public final class InMemoryLeadStore extends InMemoryRecordStore<LeadId, Lead>
    implements LeadStore {
  private final Index<Phone> byPhone;
  private final Index<Email> byEmail;

  /** Creates an empty store with its own unit of work and no fault injection. */
  public InMemoryLeadStore() {
    this(new InMemoryUnitOfWork(), new FaultInjector());
  }

  /**
   * Creates an empty store.
   *
   * @param unitOfWork the unit of work its writes take part in
   * @param faults the fault injector consulted before every call
   */
  public InMemoryLeadStore(InMemoryUnitOfWork unitOfWork, FaultInjector faults) {
    super("Lead", "LeadStore", Lead::id, unitOfWork, faults);
    byPhone = index(Lead::phones);
    byEmail = index(Lead::emails);
  }

  @Override
  public List<Lead> findByPhone(Phone phone) {
    beforeRead("findByPhone");
    return byPhone.find(phone);
  }

  @Override
  public List<Lead> findByEmail(Email email) {
    beforeRead("findByEmail");
    return byEmail.find(email);
  }
}
