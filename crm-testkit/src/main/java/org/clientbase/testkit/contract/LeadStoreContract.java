package org.clientbase.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clientbase.testkit.contract.ContractFixtures.email;
import static org.clientbase.testkit.contract.ContractFixtures.phone;

import java.util.List;
import org.clientbase.core.contact.Email;
import org.clientbase.core.contact.Phone;
import org.clientbase.core.id.LeadId;
import org.clientbase.core.lead.Lead;
import org.clientbase.spi.store.LeadStore;
import org.junit.jupiter.api.Test;

/**
 * The contract of a {@link LeadStore}: everything {@link RecordStoreContract} checks, and:
 * <ul>
 *   <li>{@code findByPhone} compares phones in canonical form ({@code 8 (916) 123-45-67} finds
 *       a lead stored with {@code +7 916 1234567}) and returns the leads in id order;</li>
 *   <li>{@code findByEmail} compares as {@link Email#equals} does: the domain ignoring case,
 *       the local part exactly;</li>
 *   <li>both follow updates: a removed phone or email no longer finds the lead, a new one
 *       does.</li>
 * </ul>
 * Extend it and implement {@link #newStore()}.
 */
public abstract class LeadStoreContract extends RecordStoreContract<LeadId, Lead, LeadStore> {

  /** Creates the contract; called by the host's test class. */
  protected LeadStoreContract() {}

  @Override
  protected final Lead record(String id, int variant) {
    return ContractFixtures.lead(id, variant);
  }

  @Override
  protected final LeadId idOf(Lead record) {
    return record.id();
  }

  @Override
  protected final LeadId id(String text) {
    return LeadId.of(text);
  }

  @Test
  void findByPhoneComparesCanonicalFormAndOrdersById() {
    store().insert(ContractFixtures.lead("l-2", List.of(Phone.parse("8 (916) 123-45-67")), List.of()));
    store().insert(ContractFixtures.lead("l-10", List.of(phone(5), Phone.parse("+7 916 1234567")), List.of()));
    store().insert(ContractFixtures.lead("l-3", List.of(phone(5)), List.of()));
    assertThat(store().findByPhone(Phone.parse("79161234567"))).extracting(Lead::id)
        .containsExactly(LeadId.of("l-10"), LeadId.of("l-2"));
    assertThat(store().findByPhone(phone(6))).isEmpty();
  }

  @Test
  void findByEmailComparesTheDomainIgnoringCase() {
    store().insert(ContractFixtures.lead("l-1", List.of(), List.of(Email.of("Ivan.Petrov@Example.RU"))));
    store().insert(ContractFixtures.lead("l-2", List.of(), List.of(email(1))));
    assertThat(store().findByEmail(Email.of("Ivan.Petrov@example.ru"))).extracting(Lead::id)
        .containsExactly(LeadId.of("l-1"));
    assertThat(store().findByEmail(Email.of("ivan.petrov@example.ru"))).isEmpty();
  }

  @Test
  void findByPhoneAndEmailFollowUpdates() {
    store().insert(ContractFixtures.lead("l-1", List.of(phone(1)), List.of(email(1))));
    store().update(ContractFixtures.lead("l-1", List.of(phone(2)), List.of(email(2))), 1);
    assertThat(store().findByPhone(phone(1))).isEmpty();
    assertThat(store().findByEmail(email(1))).isEmpty();
    assertThat(store().findByPhone(phone(2))).extracting(Lead::id).containsExactly(LeadId.of("l-1"));
    assertThat(store().findByEmail(email(2))).extracting(Lead::id).containsExactly(LeadId.of("l-1"));
  }
}
