package org.clientbase.jdbc;

import java.util.Objects;
import org.clientbase.spi.Clientbase;

/**
 * Every SPI of the library on one {@link JdbcDatabase}, as one {@link Clientbase}: the stores,
 * the unit of work that makes their writes atomic, the id generator, the reference rewriter and
 * the listeners, ready to pass to the library's builders.
 *
 * <pre>{@code
 * JdbcDatabase db = JdbcDatabase.h2File(Path.of("crm")).migrate();
 * JdbcClientbase crm = JdbcClientbase.on(db);
 * LeadConverter converter = LeadConverter.builder()
 *     .clientbase(crm).accessPolicy(crm.accessPolicy()).clock(clock).scheme(StatusScheme.defaults())
 *     .build();
 * }</pre>
 */
public final class JdbcClientbase implements Clientbase {
  private final JdbcDatabase db;
  private final JdbcLeadStore leads;
  private final JdbcClientStore clients;
  private final JdbcContactPersonStore contactPersons;
  private final JdbcCounterpartyStore counterparties;
  private final JdbcInteractionStore interactions;
  private final JdbcInterestStore interests;
  private final JdbcPaymentStore payments;
  private final JdbcShipmentStore shipments;
  private final JdbcTaskStore tasks;
  private final JdbcStatusHistoryStore statusHistory;
  private final JdbcSettingsStore settings;
  private final JdbcUnitOfWork unitOfWork;
  private final JdbcIdGenerator ids;
  private final HostDocuments documents;
  private final JdbcReferenceRewriter rewriter;
  private final JdbcStatusTransitionOutbox transitions;
  private final JdbcDomainEventLog events;
  private final JdbcProgressLog progress;
  private final JdbcTaxIdLookup taxIds;
  private final JdbcClientHistoryStore clientHistory;
  private final JdbcContactPersonHistoryStore contactPersonHistory;
  private final JdbcMatchKeyIndex matchKeys;
  private final JdbcMergeJournal mergeJournal;
  private final JdbcDocumentReferences documentReferences;

  private JdbcClientbase(JdbcDatabase db) {
    this.db = db;
    leads = new JdbcLeadStore(db);
    clients = new JdbcClientStore(db);
    contactPersons = new JdbcContactPersonStore(db);
    counterparties = new JdbcCounterpartyStore(db);
    interactions = new JdbcInteractionStore(db);
    interests = new JdbcInterestStore(db);
    payments = new JdbcPaymentStore(db);
    shipments = new JdbcShipmentStore(db);
    tasks = new JdbcTaskStore(db);
    statusHistory = new JdbcStatusHistoryStore(db);
    settings = new JdbcSettingsStore(db);
    unitOfWork = new JdbcUnitOfWork(db);
    ids = new JdbcIdGenerator(db);
    documents = new HostDocuments(db);
    rewriter = new JdbcReferenceRewriter(db);
    transitions = new JdbcStatusTransitionOutbox(db);
    events = new JdbcDomainEventLog(db);
    progress = new JdbcProgressLog(db);
    taxIds = new JdbcTaxIdLookup(db);
    clientHistory = new JdbcClientHistoryStore(db);
    contactPersonHistory = new JdbcContactPersonHistoryStore(db);
    matchKeys = new JdbcMatchKeyIndex(db);
    mergeJournal = new JdbcMergeJournal(db);
    documentReferences = new JdbcDocumentReferences(db);
  }

  /**
   * Returns the SPI implementations on a database.
   *
   * @param db the database, migrated ({@link JdbcDatabase#migrate()})
   * @return the implementations
   */
  public static JdbcClientbase on(JdbcDatabase db) {
    return new JdbcClientbase(Objects.requireNonNull(db, "db"));
  }

  /**
   * Returns the database.
   *
   * @return the database
   */
  public JdbcDatabase database() {
    return db;
  }

  /**
   * Returns the lead store.
   *
   * @return the store
   */
  public JdbcLeadStore leadStore() {
    return leads;
  }

  /**
   * Returns the client store.
   *
   * @return the store
   */
  public JdbcClientStore clientStore() {
    return clients;
  }

  /**
   * Returns the contact person store.
   *
   * @return the store
   */
  public JdbcContactPersonStore contactPersonStore() {
    return contactPersons;
  }

  /**
   * Returns the counterparty store.
   *
   * @return the store
   */
  public JdbcCounterpartyStore counterpartyStore() {
    return counterparties;
  }

  /**
   * Returns the interaction store.
   *
   * @return the store
   */
  public JdbcInteractionStore interactionStore() {
    return interactions;
  }

  /**
   * Returns the interest store.
   *
   * @return the store
   */
  public JdbcInterestStore interestStore() {
    return interests;
  }

  /**
   * Returns the payment store.
   *
   * @return the store
   */
  public JdbcPaymentStore paymentStore() {
    return payments;
  }

  /**
   * Returns the shipment store.
   *
   * @return the store
   */
  public JdbcShipmentStore shipmentStore() {
    return shipments;
  }

  /**
   * Returns the task store.
   *
   * @return the store
   */
  public JdbcTaskStore taskStore() {
    return tasks;
  }

  /**
   * Returns the status history store.
   *
   * @return the store
   */
  public JdbcStatusHistoryStore statusHistoryStore() {
    return statusHistory;
  }

  /**
   * Returns the settings store.
   *
   * @return the store
   */
  public JdbcSettingsStore settingsStore() {
    return settings;
  }

  /**
   * Returns the unit of work that the stores' writes take part in.
   *
   * @return the unit of work
   */
  public JdbcUnitOfWork unitOfWork() {
    return unitOfWork;
  }

  /**
   * Returns the id generator.
   *
   * @return the generator
   */
  public JdbcIdGenerator idGenerator() {
    return ids;
  }

  /**
   * Returns the host's documents, whose references the rewriter rewrites.
   *
   * @return the documents
   */
  public HostDocuments hostDocuments() {
    return documents;
  }

  /**
   * Returns the reference rewriter over the host's documents.
   *
   * @return the rewriter
   */
  public JdbcReferenceRewriter referenceRewriter() {
    return rewriter;
  }

  /**
   * Returns the status transition listener that fills the outbox.
   *
   * @return the outbox
   */
  public JdbcStatusTransitionOutbox statusTransitions() {
    return transitions;
  }

  /**
   * Returns the domain event listener that fills the event log.
   *
   * @return the log
   */
  public JdbcDomainEventLog domainEvents() {
    return events;
  }

  /**
   * Returns the progress listener that records batch progress.
   *
   * @return the log
   */
  public JdbcProgressLog progress() {
    return progress;
  }

  /**
   * Returns the tax-id lookup in the local register.
   *
   * @return the lookup
   */
  public JdbcTaxIdLookup taxIdLookup() {
    return taxIds;
  }

  /**
   * Returns the change history of client cards.
   *
   * @return the store
   */
  public JdbcClientHistoryStore clientHistoryStore() {
    return clientHistory;
  }

  /**
   * Returns the change history of contact person cards.
   *
   * @return the store
   */
  public JdbcContactPersonHistoryStore contactPersonHistoryStore() {
    return contactPersonHistory;
  }

  /**
   * Returns the index of blocking keys for duplicate control.
   *
   * @return the index
   */
  public JdbcMatchKeyIndex matchKeyIndex() {
    return matchKeys;
  }

  /**
   * Returns the journal of merges of duplicate cards.
   *
   * @return the journal
   */
  public JdbcMergeJournal mergeJournal() {
    return mergeJournal;
  }

  /**
   * Returns the references in the host's documents that merges move and undone merges restore.
   *
   * @return the references
   */
  public JdbcDocumentReferences documentReferences() {
    return documentReferences;
  }

  /**
   * Reads the users and teams as they are now and returns the access policy they define.
   *
   * @return a snapshot of the policy
   */
  public JdbcAccessPolicy accessPolicy() {
    return JdbcAccessPolicy.load(db);
  }
}
