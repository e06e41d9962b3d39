package org.clientbase.rules.status;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.clientbase.core.activity.Interest;
import org.clientbase.core.activity.Payment;
import org.clientbase.core.activity.Shipment;
import org.clientbase.spi.ProgressListener;
import org.clientbase.spi.UnitOfWork;
import org.clientbase.spi.access.AccessPolicy;
import org.clientbase.spi.event.StatusTransitionListener;
import org.clientbase.spi.store.ClientFacts;
import org.clientbase.spi.store.ClientPages;
import org.clientbase.spi.store.StatusHistoryStore;

/**
 * The settings of a status service as its builder collects them (unset: {@code null}, 0 or -1);
 * {@link #withDefaults()} fills in the optional ones.
 */
final class StatusSettings {
  ClientPages clients;
  AccessPolicy accessPolicy;
  ClientFacts<Interest> interests;
  ClientFacts<Payment> payments;
  ClientFacts<Shipment> shipments;
  StatusHistoryStore history;
  UnitOfWork unitOfWork;
  Clock clock;
  StatusScheme scheme;
  final List<StatusTransitionListener> listeners = new ArrayList<>();
  ProgressListener progress;
  Consumer<ListenerFailure> onListenerFailure;
  HostFactSource hostFacts;
  int batchSize;
  int parallelism;
  Executor executor;
  int maxReportedFailures = -1;

  /** Gives every optional setting not set its default; the required ones are checked before. */
  StatusSettings withDefaults() {
    unitOfWork = unitOfWork != null ? unitOfWork : UnitOfWork.direct();
    scheme = scheme != null ? scheme : StatusScheme.defaults();
    progress = progress != null ? progress : ProgressListener.none();
    onListenerFailure = onListenerFailure != null ? onListenerFailure : failure -> { };
    hostFacts = hostFacts != null ? hostFacts : HostFactSource.none();
    batchSize = batchSize != 0 ? batchSize : 1000;
    parallelism = parallelism != 0 ? parallelism : Runtime.getRuntime().availableProcessors();
    maxReportedFailures = maxReportedFailures >= 0 ? maxReportedFailures : 100;
    return this;
  }
}
