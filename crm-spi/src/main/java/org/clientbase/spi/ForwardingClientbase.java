package org.clientbase.spi;

import java.util.Objects;
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
 * A {@link Clientbase} that hands out another client base's parts, for a host that replaces one
 * or two of them: override the methods of the parts to replace, e.g. a store that counts its
 * calls or a document register of its own.
 *
 * <pre>{@code
 * Clientbase counted = new ForwardingClientbase(base) {
 *   @Override
 *   public ClientStore clientStore() {
 *     return countingClients;
 *   }
 * };
 * }</pre>
 *
 * <p>An overriding part must take part in the same transaction as the others (the delegate's
 * {@link #unitOfWork()}), or writes of one service call are no longer atomic.
 */
public class ForwardingClientbase implements Clientbase {
  private final Clientbase delegate;

  /**
   * Creates a client base that forwards every part to another.
   *
   * @param delegate the client base whose parts are handed out unless overridden
   */
  public ForwardingClientbase(Clientbase delegate) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
  }

  @Override
  public UnitOfWork unitOfWork() {
    return delegate.unitOfWork();
  }

  @Override
  public IdGenerator idGenerator() {
    return delegate.idGenerator();
  }

  @Override
  public LeadStore leadStore() {
    return delegate.leadStore();
  }

  @Override
  public ClientStore clientStore() {
    return delegate.clientStore();
  }

  @Override
  public ContactPersonStore contactPersonStore() {
    return delegate.contactPersonStore();
  }

  @Override
  public CounterpartyStore counterpartyStore() {
    return delegate.counterpartyStore();
  }

  @Override
  public InteractionStore interactionStore() {
    return delegate.interactionStore();
  }

  @Override
  public InterestStore interestStore() {
    return delegate.interestStore();
  }

  @Override
  public PaymentStore paymentStore() {
    return delegate.paymentStore();
  }

  @Override
  public ShipmentStore shipmentStore() {
    return delegate.shipmentStore();
  }

  @Override
  public TaskStore taskStore() {
    return delegate.taskStore();
  }

  @Override
  public StatusHistoryStore statusHistoryStore() {
    return delegate.statusHistoryStore();
  }

  @Override
  public SettingsStore settingsStore() {
    return delegate.settingsStore();
  }

  @Override
  public ClientHistoryStore clientHistoryStore() {
    return delegate.clientHistoryStore();
  }

  @Override
  public ContactPersonHistoryStore contactPersonHistoryStore() {
    return delegate.contactPersonHistoryStore();
  }

  @Override
  public ReferenceRewriter referenceRewriter() {
    return delegate.referenceRewriter();
  }

  @Override
  public DocumentReferences documentReferences() {
    return delegate.documentReferences();
  }

  @Override
  public MatchKeyIndex matchKeyIndex() {
    return delegate.matchKeyIndex();
  }

  @Override
  public MergeJournal mergeJournal() {
    return delegate.mergeJournal();
  }
}
