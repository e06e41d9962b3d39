package org.clientbase.memory;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.clientbase.core.activity.Interaction;
import org.clientbase.core.activity.Interest;
import org.clientbase.core.activity.Payment;
import org.clientbase.core.activity.Shipment;
import org.clientbase.core.client.Client;
import org.clientbase.core.client.ContactPerson;
import org.clientbase.core.client.Counterparty;
import org.clientbase.core.id.EntityId;
import org.clientbase.core.lead.Lead;
import org.clientbase.core.task.Task;
import org.clientbase.spi.Clientbase;
import org.clientbase.spi.Versioned;
import org.clientbase.spi.access.AccessPolicy;
import org.clientbase.spi.store.CardRevision;
import org.clientbase.spi.store.ClientStatusHistory;

/**
 * A consistent in-memory host, the {@link Clientbase} of tests and quick starts: every store, sharing one {@link InMemoryUnitOfWork} and one
 * {@link FaultInjector}, with a deterministic id generator, a registry of host documents for
 * reference rewriting, recording listeners, an access policy and a tax-id lookup. Each instance
 * is independent of every other.
 *
 * <pre>{@code
 * InMemoryClientbase base = InMemoryClientbase.create();
 * base.clientStore().insert(client);
 * base.unitOfWork().execute(() -> {
 *   base.leadStore().update(converted, 1);
 *   return base.clientStore().insert(newClient);
 * });
 * }</pre>
 */
public final class InMemoryClientbase implements Clientbase {
  private final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();
  private final FaultInjector faults = new FaultInjector();
  private final InMemoryLeadStore leads = new InMemoryLeadStore(unitOfWork, faults);
  private final InMemoryClientStore clients = new InMemoryClientStore(unitOfWork, faults);
  private final InMemoryContactPersonStore contactPersons = new InMemoryContactPersonStore(unitOfWork, faults);
  private final InMemoryCounterpartyStore counterparties = new InMemoryCounterpartyStore(unitOfWork, faults);
  private final InMemoryInteractionStore interactions = new InMemoryInteractionStore(unitOfWork, faults);
  private final InMemoryInterestStore interests = new InMemoryInterestStore(unitOfWork, faults);
  private final InMemoryPaymentStore payments = new InMemoryPaymentStore(unitOfWork, faults);
  private final InMemoryShipmentStore shipments = new InMemoryShipmentStore(unitOfWork, faults);
  private final InMemoryTaskStore tasks = new InMemoryTaskStore(unitOfWork, faults);
  private final InMemoryStatusHistoryStore statusHistory = new InMemoryStatusHistoryStore(unitOfWork, faults);
  private final InMemorySettingsStore settings = new InMemorySettingsStore(unitOfWork, faults);
  private final InMemoryClientHistoryStore clientHistory = new InMemoryClientHistoryStore(unitOfWork, faults);
  private final InMemoryContactPersonHistoryStore contactPersonHistory =
      new InMemoryContactPersonHistoryStore(unitOfWork, faults);
  private final InMemoryReferenceRewriter referenceRewriter = new InMemoryReferenceRewriter(unitOfWork, faults);
  private final InMemoryMatchKeyIndex matchKeyIndex = new InMemoryMatchKeyIndex(unitOfWork, faults);
  private final InMemoryMergeJournal mergeJournal = new InMemoryMergeJournal(unitOfWork, faults);
  private final InMemoryDocumentReferences documentReferences =
      new InMemoryDocumentReferences(referenceRewriter, unitOfWork, faults);
  private final SequenceIdGenerator idGenerator;
  private final RecordingStatusTransitionListener statusTransitions = new RecordingStatusTransitionListener();
  private final RecordingDomainEventListener domainEvents = new RecordingDomainEventListener();
  private final RecordingProgressListener progress = new RecordingProgressListener();
  private final InMemoryTaxIdLookup taxIdLookup = new InMemoryTaxIdLookup();
  private final AccessPolicy accessPolicy;

  private InMemoryClientbase(AccessPolicy accessPolicy, SequenceIdGenerator idGenerator) {
    this.accessPolicy = Objects.requireNonNull(accessPolicy, "accessPolicy");
    this.idGenerator = Objects.requireNonNull(idGenerator, "idGenerator");
  }

  /**
   * Returns an empty host that allows every user everything and generates ids without prefix
   * ({@code client-1}, ...).
   *
   * @return the host
   */
  public static InMemoryClientbase create() {
    return new InMemoryClientbase(AccessPolicy.allowAll(), new SequenceIdGenerator());
  }

  /**
   * Returns an empty host with an access policy, e.g. a {@link RuleBasedAccessPolicy}.
   *
   * @param accessPolicy the access policy
   * @return the host
   */
  public static InMemoryClientbase create(AccessPolicy accessPolicy) {
    return new InMemoryClientbase(accessPolicy, new SequenceIdGenerator());
  }

  /**
   * Returns an empty host with an access policy and an id generator.
   *
   * @param accessPolicy the access policy
   * @param idGenerator the id generator, e.g. one with a prefix that keeps generated ids apart
   *     from a test's own
   * @return the host
   */
  public static InMemoryClientbase create(AccessPolicy accessPolicy, SequenceIdGenerator idGenerator) {
    return new InMemoryClientbase(accessPolicy, idGenerator);
  }

  /**
   * Returns the lead store.
   *
   * @return the lead store
   */
  public InMemoryLeadStore leadStore() {
    return leads;
  }

  /**
   * Returns the client store.
   *
   * @return the client store
   */
  public InMemoryClientStore clientStore() {
    return clients;
  }

  /**
   * Returns the contact person store.
   *
   * @return the contact person store
   */
  public InMemoryContactPersonStore contactPersonStore() {
    return contactPersons;
  }

  /**
   * Returns the counterparty store.
   *
   * @return the counterparty store
   */
  public InMemoryCounterpartyStore counterpartyStore() {
    return counterparties;
  }

  /**
   * Returns the interaction store.
   *
   * @return the interaction store
   */
  public InMemoryInteractionStore interactionStore() {
    return interactions;
  }

  /**
   * Returns the interest store.
   *
   * @return the interest store
   */
  public InMemoryInterestStore interestStore() {
    return interests;
  }

  /**
   * Returns the payment store.
   *
   * @return the payment store
   */
  public InMemoryPaymentStore paymentStore() {
    return payments;
  }

  /**
   * Returns the shipment store.
   *
   * @return the shipment store
   */
  public InMemoryShipmentStore shipmentStore() {
    return shipments;
  }

  /**
   * Returns the task store.
   *
   * @return the task store
   */
  public InMemoryTaskStore taskStore() {
    return tasks;
  }

  /**
   * Returns the status history store.
   *
   * @return the status history store
   */
  public InMemoryStatusHistoryStore statusHistoryStore() {
    return statusHistory;
  }

  /**
   * Returns the settings store.
   *
   * @return the settings store
   */
  public InMemorySettingsStore settingsStore() {
    return settings;
  }

  /**
   * Returns the index of duplicate blocking keys.
   *
   * @return the index
   */
  public InMemoryMatchKeyIndex matchKeyIndex() {
    return matchKeyIndex;
  }

  /**
   * Returns the journal of merges.
   *
   * @return the journal
   */
  public InMemoryMergeJournal mergeJournal() {
    return mergeJournal;
  }

  /**
   * Returns the undoable document references over the reference rewriter's documents.
   *
   * @return the document references
   */
  public InMemoryDocumentReferences documentReferences() {
    return documentReferences;
  }

  /**
   * Returns the change history store of client cards.
   *
   * @return the client history store
   */
  public InMemoryClientHistoryStore clientHistoryStore() {
    return clientHistory;
  }

  /**
   * Returns the change history store of contact person cards.
   *
   * @return the contact person history store
   */
  public InMemoryContactPersonHistoryStore contactPersonHistoryStore() {
    return contactPersonHistory;
  }

  /**
   * Returns the unit of work every store and the reference rewriter take part in.
   *
   * @return the unit of work
   */
  public InMemoryUnitOfWork unitOfWork() {
    return unitOfWork;
  }

  /**
   * Returns the fault injector every store and the reference rewriter consult.
   *
   * @return the fault injector, disarmed until a test arms it
   */
  public FaultInjector faults() {
    return faults;
  }

  /**
   * Returns the id generator.
   *
   * @return the id generator
   */
  public SequenceIdGenerator idGenerator() {
    return idGenerator;
  }

  /**
   * Returns the reference rewriter over the registry of host documents.
   *
   * @return the reference rewriter
   */
  public InMemoryReferenceRewriter referenceRewriter() {
    return referenceRewriter;
  }

  /**
   * Returns the listener that records status transitions.
   *
   * @return the status transition listener
   */
  public RecordingStatusTransitionListener statusTransitions() {
    return statusTransitions;
  }

  /**
   * Returns the listener that records domain events.
   *
   * @return the domain event listener
   */
  public RecordingDomainEventListener domainEvents() {
    return domainEvents;
  }

  /**
   * Returns the listener that records progress reports.
   *
   * @return the progress listener
   */
  public RecordingProgressListener progress() {
    return progress;
  }

  /**
   * Returns the access policy.
   *
   * @return the access policy
   */
  public AccessPolicy accessPolicy() {
    return accessPolicy;
  }

  /**
   * Returns the tax-id lookup; empty until a test adds requisites.
   *
   * @return the tax-id lookup
   */
  public InMemoryTaxIdLookup taxIdLookup() {
    return taxIdLookup;
  }

  /**
   * Returns the contents of every store, the settings and the host documents, for comparing
   * the state before and after a failed procedure. Not counted by the fault injector.
   *
   * @return the snapshot
   */
  public Snapshot snapshot() {
    return new Snapshot(
        leads.all(), clients.all(), contactPersons.all(), counterparties.all(), interactions.all(),
        interests.all(), payments.all(), shipments.all(), tasks.all(), statusHistory.all(),
        clientHistory.all(), contactPersonHistory.all(), settings.all(), referenceRewriter.all());
  }

  /**
   * The contents of an {@link InMemoryClientbase} at one moment. Two snapshots are equal when
   * every record, version, setting and document reference is.
   *
   * @param leads the leads, in id order
   * @param clients the clients, in id order
   * @param contactPersons the contact persons, in id order
   * @param counterparties the counterparties, in id order
   * @param interactions the interactions, in id order
   * @param interests the interests, in id order
   * @param payments the payments, in id order
   * @param shipments the shipments, in id order
   * @param tasks the tasks, in id order
   * @param statusHistories the stored status histories, in client id order
   * @param clientHistory the change history of client cards, in card and revision order
   * @param contactPersonHistory the change history of contact person cards, in card and revision order
   * @param settings the settings, by key
   * @param documents the host documents with their references, by key
   */
  public record Snapshot(
      List<Versioned<Lead>> leads,
      List<Versioned<Client>> clients,
      List<Versioned<ContactPerson>> contactPersons,
      List<Versioned<Counterparty>> counterparties,
      List<Versioned<Interaction>> interactions,
      List<Versioned<Interest>> interests,
      List<Versioned<Payment>> payments,
      List<Versioned<Shipment>> shipments,
      List<Versioned<Task>> tasks,
      List<ClientStatusHistory> statusHistories,
      List<CardRevision<Client>> clientHistory,
      List<CardRevision<ContactPerson>> contactPersonHistory,
      Map<String, String> settings,
      Map<String, Set<EntityId>> documents) {

    /**
     * Copies the parts.
     *
     * @param leads the leads
     * @param clients the clients
     * @param contactPersons the contact persons
     * @param counterparties the counterparties
     * @param interactions the interactions
     * @param interests the interests
     * @param payments the payments
     * @param shipments the shipments
     * @param tasks the tasks
     * @param statusHistories the status histories
     * @param clientHistory the change history of client cards
     * @param contactPersonHistory the change history of contact person cards
     * @param settings the settings
     * @param documents the host documents
     */
    public Snapshot {
      leads = List.copyOf(leads);
      clients = List.copyOf(clients);
      contactPersons = List.copyOf(contactPersons);
      counterparties = List.copyOf(counterparties);
      interactions = List.copyOf(interactions);
      interests = List.copyOf(interests);
      payments = List.copyOf(payments);
      shipments = List.copyOf(shipments);
      tasks = List.copyOf(tasks);
      statusHistories = List.copyOf(statusHistories);
      clientHistory = List.copyOf(clientHistory);
      contactPersonHistory = List.copyOf(contactPersonHistory);
      settings = Map.copyOf(settings);
      documents = Map.copyOf(documents);
    }
  }
}
