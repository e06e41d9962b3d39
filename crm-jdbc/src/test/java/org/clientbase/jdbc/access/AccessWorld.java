package org.clientbase.jdbc.access;

import java.time.Clock;
import org.clientbase.core.field.CardConfiguration;
import org.clientbase.core.field.CardType;
import org.clientbase.memory.InMemoryClientbase;
import org.clientbase.rules.access.RestrictedClients;
import org.clientbase.rules.classification.AbcXyzClassification;
import org.clientbase.rules.conversion.LeadConverter;
import org.clientbase.rules.conversion.LeadDirectory;
import org.clientbase.rules.matching.DuplicateControl;
import org.clientbase.rules.matching.DuplicateMerger;
import org.clientbase.rules.status.StatusScheme;
import org.clientbase.rules.history.CardHistory;
import org.clientbase.rules.interaction.InteractionService;
import org.clientbase.rules.quality.ClientBaseQuality;
import org.clientbase.rules.reminder.KeyPersons;
import org.clientbase.rules.reminder.ReminderService;
import org.clientbase.rules.requisites.RequisitesAutoFill;
import org.clientbase.rules.status.StatusService;
import org.clientbase.rules.task.TaskService;
import org.clientbase.spi.Clientbase;
import org.clientbase.spi.IdGenerator;
import org.clientbase.spi.UnitOfWork;
import org.clientbase.spi.access.AccessPolicy;
import org.clientbase.spi.lookup.TaxIdLookup;
import org.clientbase.spi.store.ClientHistoryStore;
import org.clientbase.spi.store.ClientStore;
import org.clientbase.spi.store.ContactPersonHistoryStore;
import org.clientbase.spi.store.ContactPersonStore;
import org.clientbase.spi.store.CounterpartyStore;
import org.clientbase.spi.store.InteractionStore;
import org.clientbase.spi.store.InterestStore;
import org.clientbase.spi.store.PaymentStore;
import org.clientbase.spi.store.ShipmentStore;
import org.clientbase.spi.store.StatusHistoryStore;
import org.clientbase.spi.store.TaskStore;

/**
 * One host's stores (in memory or on a database) and every service of the library that acts on
 * behalf of a user, built over them with one policy and one clock.
 */
public final class AccessWorld {
  /** The stores. */
  public record Stores(ClientStore clients, ContactPersonStore persons, CounterpartyStore counterparties,
      InteractionStore interactions, InterestStore interests, PaymentStore payments, ShipmentStore shipments,
      TaskStore tasks, StatusHistoryStore statusHistory, ClientHistoryStore clientHistory,
      ContactPersonHistoryStore personHistory, UnitOfWork unitOfWork, IdGenerator ids, TaxIdLookup lookup) {}

  final Stores stores;
  final AccessPolicy policy;
  final CardHistory history;
  final StatusService statuses;
  final TaskService tasks;
  final InteractionService interactions;
  final KeyPersons keyPersons;
  final ReminderService reminders;
  final ClientBaseQuality quality;
  final RequisitesAutoFill autoFill;
  final AbcXyzClassification classification;
  final RestrictedClients restricted;
  final Clientbase base;
  final DuplicateControl duplicates;
  final DuplicateMerger merger;
  final LeadConverter converter;
  final LeadDirectory directory;

  /**
   * Returns the services over a host's stores.
   *
   * @param base the host's stores, empty
   * @param lookup the tax id registry
   * @param policy the policy
   * @param clock the clock
   * @return the world
   */
  public static AccessWorld on(Clientbase base, TaxIdLookup lookup, AccessPolicy policy, Clock clock) {
    return new AccessWorld(base, lookup, policy, clock);
  }

  /**
   * Returns a world with empty in-memory stores under a scenario's policy.
   *
   * @param s the scenario
   * @return the world
   */
  public static AccessWorld inMemory(AccessScenario s) {
    InMemoryClientbase base = InMemoryClientbase.create(s.policy());
    base.taxIdLookup().add(AccessScenario.requisites());
    return new AccessWorld(base, base.taxIdLookup(), s.policy(), Clock.fixed(AccessScenario.T0, AccessScenario.ZONE));
  }

  private AccessWorld(Clientbase base, TaxIdLookup lookup, AccessPolicy policy, Clock clock) {
    this.stores = new Stores(base.clientStore(), base.contactPersonStore(), base.counterpartyStore(),
        base.interactionStore(), base.interestStore(), base.paymentStore(), base.shipmentStore(), base.taskStore(),
        base.statusHistoryStore(), base.clientHistoryStore(), base.contactPersonHistoryStore(), base.unitOfWork(),
        base.idGenerator(), lookup);
    Stores s = stores;
    this.policy = policy;
    history = CardHistory.builder().clientbase(base).clock(clock).accessPolicy(policy).build();
    statuses = StatusService.builder().clients(s.clients()).interests(s.interests()).payments(s.payments())
        .shipments(s.shipments()).history(s.statusHistory()).unitOfWork(s.unitOfWork()).clock(clock)
        .accessPolicy(policy).parallelism(1).batchSize(3).build();
    tasks = TaskService.builder().clientbase(base).accessPolicy(policy).clock(clock).pageSize(3).build();
    interactions = InteractionService.builder().clientbase(base).accessPolicy(policy).clock(clock).pageSize(3).build();
    keyPersons = KeyPersons.builder().clientbase(base).accessPolicy(policy).cardHistory(history).build();
    reminders = ReminderService.builder().clientbase(base).accessPolicy(policy).clock(clock).pageSize(3).build();
    quality = ClientBaseQuality.builder().clientbase(base)
        .clientCard(CardConfiguration.builder().cardType(CardType.CLIENT).addRequiredFields("phones").build())
        .accessPolicy(policy).pageSize(3).build();
    autoFill = RequisitesAutoFill.builder().lookup(lookup).clientbase(base).accessPolicy(policy).build();
    classification = AbcXyzClassification.builder().clientbase(base).accessPolicy(policy).pageSize(3).build();
    restricted = RestrictedClients.of(s.clients(), policy).withPageSize(3);
    this.base = base;
    duplicates = DuplicateControl.builder().clientbase(base).accessPolicy(policy).batchSize(2).build();
    merger = DuplicateMerger.builder().clientbase(base).clock(clock).duplicateControl(duplicates).accessPolicy(policy)
        .build();
    converter = LeadConverter.builder().clientbase(base).accessPolicy(policy).clock(clock)
        .scheme(StatusScheme.defaults()).duplicateFinder(duplicates.duplicateFinder()).build();
    directory = LeadDirectory.builder().clientbase(base).converter(converter).build();
  }
}
