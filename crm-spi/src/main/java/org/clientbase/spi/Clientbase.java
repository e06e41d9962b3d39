package org.clientbase.spi;

import org.clientbase.spi.matching.DocumentReferences;
import org.clientbase.spi.matching.MatchKeyIndex;
import org.clientbase.spi.matching.MergeJournal;
import org.clientbase.spi.store.ClientHistoryStore;
import org.clientbase.spi.store.ClientStore;
import org.clientbase.spi.store.ContactPersonHistoryStore;
import org.clientbase.spi.store.ContactPersonStore;
import org.clientbase.spi.store.CounterpartyStore;
import org.clientbase.spi.store.InteractionStore;
import org.clientbase.spi.store.InterestStore;
import org.clientbase.spi.store.LeadStore;
import org.clientbase.spi.store.PaymentStore;
import org.clientbase.spi.store.SettingsStore;
import org.clientbase.spi.store.ShipmentStore;
import org.clientbase.spi.store.StatusHistoryStore;
import org.clientbase.spi.store.TaskStore;

/**
 * A host's client base as one object: every store and host service the library's services read
 * and write, sharing one {@link UnitOfWork}. A host implements it once and hands it to every
 * service builder, together with a {@link java.time.Clock} and the settings of that service:
 *
 * <pre>{@code
 * Clientbase base = ...; // the host's stores, e.g. on its own database
 * TaskService tasks = TaskService.builder()
 *     .clientbase(base).accessPolicy(policy).clock(clock)
 *     .build();
 * LeadConverter converter = LeadConverter.builder()
 *     .clientbase(base).accessPolicy(policy).clock(clock).scheme(StatusScheme.defaults())
 *     .build();
 * }</pre>
 *
 * <p>Every method returns the same object on every call, and the stores' writes take part in
 * the transaction of {@link #unitOfWork()}. A service reads only the parts it needs; the
 * services are called from several threads at once (batch work runs on workers), so every part
 * must be safe to call concurrently, each call seeing committed data or the data of the
 * caller's own unit of work.
 *
 * <p>What a service is configured with rather than what it stores (the access policy, the
 * listeners, a tax-id lookup, the status scheme) is not part of this object: each service's
 * builder takes those as its own settings.
 */
public interface Clientbase {
  /**
   * Returns the transaction boundary every store below takes part in.
   *
   * @return the unit of work
   */
  UnitOfWork unitOfWork();

  /**
   * Returns the generator of new record ids.
   *
   * @return the id generator
   */
  IdGenerator idGenerator();

  /**
   * Returns the lead store.
   *
   * @return the store
   */
  LeadStore leadStore();

  /**
   * Returns the client store.
   *
   * @return the store
   */
  ClientStore clientStore();

  /**
   * Returns the contact person store.
   *
   * @return the store
   */
  ContactPersonStore contactPersonStore();

  /**
   * Returns the counterparty store.
   *
   * @return the store
   */
  CounterpartyStore counterpartyStore();

  /**
   * Returns the interaction store.
   *
   * @return the store
   */
  InteractionStore interactionStore();

  /**
   * Returns the interest store.
   *
   * @return the store
   */
  InterestStore interestStore();

  /**
   * Returns the payment store.
   *
   * @return the store
   */
  PaymentStore paymentStore();

  /**
   * Returns the shipment store.
   *
   * @return the store
   */
  ShipmentStore shipmentStore();

  /**
   * Returns the task store.
   *
   * @return the store
   */
  TaskStore taskStore();

  /**
   * Returns the store of each client's work-status history.
   *
   * @return the store
   */
  StatusHistoryStore statusHistoryStore();

  /**
   * Returns the store of the library's settings (for example whether leads are in use).
   *
   * @return the store
   */
  SettingsStore settingsStore();

  /**
   * Returns the store of client card revisions.
   *
   * @return the store
   */
  ClientHistoryStore clientHistoryStore();

  /**
   * Returns the store of contact person card revisions.
   *
   * @return the store
   */
  ContactPersonHistoryStore contactPersonHistoryStore();

  /**
   * Returns the service that replaces references to a lead in the host's documents.
   *
   * @return the reference rewriter
   */
  ReferenceRewriter referenceRewriter();

  /**
   * Returns the undoable references of the host's documents to cards, moved by a merge.
   *
   * @return the document references
   */
  DocumentReferences documentReferences();

  /**
   * Returns the index of duplicate blocking keys.
   *
   * @return the index
   */
  MatchKeyIndex matchKeyIndex();

  /**
   * Returns the journal of merges, read to undo one.
   *
   * @return the journal
   */
  MergeJournal mergeJournal();
}
