package org.clientbase.rules.status;

import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.clientbase.core.InvalidValueException;
import org.clientbase.core.activity.Interest;
import org.clientbase.core.activity.Payment;
import org.clientbase.core.activity.Shipment;
import org.clientbase.rules.internal.BuilderChecks;
import org.clientbase.spi.Clientbase;
import org.clientbase.spi.ProgressListener;
import org.clientbase.spi.UnitOfWork;
import org.clientbase.spi.access.AccessPolicy;
import org.clientbase.spi.event.StatusTransitionListener;
import org.clientbase.spi.store.ClientFacts;
import org.clientbase.spi.store.ClientPages;
import org.clientbase.spi.store.StatusHistoryStore;

/**
 * The settings of a {@link StatusService.Builder}, the only kind of it. Every setting may be
 * given once (listeners excepted); a setter given {@code null}, a value out of bounds or a
 * setting already given throws an {@link InvalidValueException} naming the setting and the
 * value. Not thread-safe: a builder is filled and built by one thread.
 *
 * @param <B> the builder
 */
public abstract class StatusServiceSetup<B extends StatusServiceSetup<B>> {
  private final StatusSettings settings = new StatusSettings();
  private final BuilderChecks checks = new BuilderChecks("StatusService");

  StatusServiceSetup() {}

  /** Returns the builder itself, for chaining. */
  abstract B self();

  /** Checks that every required setting is given and fills in the defaults of the others. */
  StatusSettings checkedSettings() {
    checks.required().part("clients", settings.clients).part("interests", settings.interests)
        .part("payments", settings.payments).part("shipments", settings.shipments)
        .part("history", settings.history).part("clock", settings.clock)
        .part("accessPolicy", settings.accessPolicy).check();
    return settings.withDefaults();
  }

  /**
   * Sets every store from the host's client base: its client, interest, payment, shipment and
   * status history stores and its unit of work.
   *
   * @param base the client base
   * @return the builder
   */
  public B clientbase(Clientbase base) {
    Objects.requireNonNull(base, "clientbase");
    return clients(base.clientStore()).interests(base.interestStore()).payments(base.paymentStore())
        .shipments(base.shipmentStore()).history(base.statusHistoryStore()).unitOfWork(base.unitOfWork());
  }

  /**
   * Sets the client cards, walked in id order by the batch: a {@link
   * org.clientbase.spi.store.ClientStore} or just its read side.
   *
   * @param store the cards
   * @return the builder
   */
  public B clients(ClientPages store) {
    settings.clients = checks.once("clients", settings.clients, store);
    return self();
  }

  /**
   * Sets the host's access policy, asked by the operations made on behalf of a user; {@link
   * AccessPolicy#allowAll()} for a host without restrictions.
   *
   * @param policy the policy
   * @return the builder
   */
  public B accessPolicy(AccessPolicy policy) {
    settings.accessPolicy = checks.once("accessPolicy", settings.accessPolicy, policy);
    return self();
  }

  /**
   * Sets where the interests of a page of clients are read: an {@link
   * org.clientbase.spi.store.InterestStore} or any {@link ClientFacts} of interests.
   *
   * @param store the interests
   * @return the builder
   */
  public B interests(ClientFacts<Interest> store) {
    settings.interests = checks.once("interests", settings.interests, store);
    return self();
  }

  /**
   * Sets where the payments of a page of clients are read: a {@link
   * org.clientbase.spi.store.PaymentStore} or any {@link ClientFacts} of payments.
   *
   * @param store the payments
   * @return the builder
   */
  public B payments(ClientFacts<Payment> store) {
    settings.payments = checks.once("payments", settings.payments, store);
    return self();
  }

  /**
   * Sets where the shipments of a page of clients are read: a {@link
   * org.clientbase.spi.store.ShipmentStore} or any {@link ClientFacts} of shipments.
   *
   * @param store the shipments
   * @return the builder
   */
  public B shipments(ClientFacts<Shipment> store) {
    settings.shipments = checks.once("shipments", settings.shipments, store);
    return self();
  }

  /**
   * Sets the status history store.
   *
   * @param store the store
   * @return the builder
   */
  public B history(StatusHistoryStore store) {
    settings.history = checks.once("history", settings.history, store);
    return self();
  }

  /**
   * Sets the unit of work each client's writes run in; by default {@link UnitOfWork#direct()}.
   *
   * @param work the unit of work
   * @return the builder
   */
  public B unitOfWork(UnitOfWork work) {
    settings.unitOfWork = checks.once("unitOfWork", settings.unitOfWork, work);
    return self();
  }

  /**
   * Sets the clock whose date, in its zone, is "today".
   *
   * @param value the clock
   * @return the builder
   */
  public B clock(Clock value) {
    settings.clock = checks.once("clock", settings.clock, value);
    return self();
  }

  /**
   * Sets the status scheme; by default {@link StatusScheme#defaults()}.
   *
   * @param value the scheme
   * @return the builder
   */
  public B scheme(StatusScheme value) {
    settings.scheme = checks.once("scheme", settings.scheme, value);
    return self();
  }

  /**
   * Adds a transition listener; may be called for several listeners.
   *
   * @param listener the listener
   * @return the builder
   */
  public B listener(StatusTransitionListener listener) {
    settings.listeners.add(checks.once("listener", null, listener));
    return self();
  }

  /**
   * Sets the progress listener of batches; by default none.
   *
   * @param listener the listener
   * @return the builder
   */
  public B progressListener(ProgressListener listener) {
    settings.progress = checks.once("progressListener", settings.progress, listener);
    return self();
  }

  /**
   * Sets what is done with a transition listener's failure besides collecting it, e.g.
   * logging it; by default nothing.
   *
   * @param handler the handler
   * @return the builder
   */
  public B onListenerFailure(Consumer<ListenerFailure> handler) {
    settings.onListenerFailure = checks.once("onListenerFailure", settings.onListenerFailure, handler);
    return self();
  }

  /**
   * Sets where the host's own facts are read for host rules; by default none.
   *
   * @param source the source
   * @return the builder
   */
  public B hostFacts(HostFactSource source) {
    settings.hostFacts = checks.once("hostFacts", settings.hostFacts, source);
    return self();
  }

  /**
   * Sets how many clients a batch reads at once; by default 1000.
   *
   * @param size at least 1
   * @return the builder
   */
  public B batchSize(int size) {
    checks.once("batchSize", settings.batchSize == 0 ? null : settings.batchSize,
        checks.within("batchSize", size, 1, Integer.MAX_VALUE));
    settings.batchSize = size;
    return self();
  }

  /**
   * Sets how many threads evaluate a batch; by default the number of available processors.
   *
   * @param threads at least 1
   * @return the builder
   */
  public B parallelism(int threads) {
    checks.once("parallelism", settings.parallelism == 0 ? null : settings.parallelism,
        checks.within("parallelism", threads, 1, Integer.MAX_VALUE));
    settings.parallelism = threads;
    return self();
  }

  /**
   * Sets the executor the batch's workers run on, for a host that manages its threads; the
   * batch gives it up to twice as many tasks at once as the parallelism (the parts of the page
   * running and of the next one), and runs a task the executor refuses on the calling thread
   * itself. It must run every task it accepts: one it drops (a discard policy, or a queue
   * drained by {@code shutdownNow}) leaves the batch waiting for it. By default each batch
   * starts its own daemon threads, as many as the parallelism, and stops them when it ends.
   *
   * @param workers the executor; the batch never shuts it down
   * @return the builder
   */
  public B executor(Executor workers) {
    settings.executor = checks.once("executor", settings.executor, workers);
    return self();
  }

  /**
   * Sets how many client and listener failures a result keeps in full (all are counted); by
   * default 100.
   *
   * @param limit at least 0
   * @return the builder
   */
  public B maxReportedFailures(int limit) {
    checks.once("maxReportedFailures",
        settings.maxReportedFailures == -1 ? null : settings.maxReportedFailures,
        checks.within("maxReportedFailures", limit, 0, Integer.MAX_VALUE));
    settings.maxReportedFailures = limit;
    return self();
  }
}
