package org.clientbase.rules.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.clientbase.core.InvalidValueException;
import org.clientbase.core.activity.Interest;
import org.clientbase.core.activity.Payment;
import org.clientbase.core.activity.Shipment;
import org.clientbase.core.client.Client;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.status.StatusAssignment;
import org.clientbase.spi.UnitOfWork;
import org.clientbase.spi.event.StatusTransitionListener;
import org.clientbase.spi.store.ClientFacts;
import org.clientbase.spi.store.ClientPages;
import org.clientbase.spi.store.ClientStart;
import org.clientbase.spi.store.ClientStatusHistory;
import org.clientbase.spi.store.StatusHistoryEnd;
import org.clientbase.spi.store.StatusHistoryStore;

/**
 * What one client's recalculation and a batch share: the stores, reading facts into
 * activities, replaying from the recorded history, writing and announcing. Immutable, so the
 * batch's workers share one.
 */
final class StatusSteps {
  final ClientPages clients;
  final ClientFacts<Interest> interests;
  final ClientFacts<Payment> payments;
  final ClientFacts<Shipment> shipments;
  final StatusHistoryStore history;
  final UnitOfWork unitOfWork;
  final Evaluator evaluator;
  final List<StatusTransitionListener> listeners;
  final Consumer<ListenerFailure> onListenerFailure;
  final HostFactSource hostFacts;
  final int maxReportedFailures;

  StatusSteps(StatusSettings builder) {
    this.clients = builder.clients;
    this.interests = builder.interests;
    this.payments = builder.payments;
    this.shipments = builder.shipments;
    this.history = builder.history;
    this.unitOfWork = builder.unitOfWork;
    this.evaluator = Evaluator.of(builder.scheme);
    this.listeners = List.copyOf(builder.listeners);
    this.onListenerFailure = builder.onListenerFailure;
    this.hostFacts = builder.hostFacts;
    this.maxReportedFailures = builder.maxReportedFailures;
  }

  Client card(ClientId client) {
    return clients.find(client)
        .orElseThrow(() -> new InvalidValueException("Client", client, "is not in the client store"))
        .value();
  }

  static Optional<CurrentStatus> current(ClientStatusHistory recorded) {
    return recorded.current().map(e -> CurrentStatus.of(e.status(), e.since()));
  }

  static Optional<CurrentStatus> statusBefore(ClientStatusHistory recorded, LocalDate day) {
    CurrentStatus result = null;
    for (StatusAssignment entry : recorded.entries()) {
      if (!entry.since().isBefore(day)) {
        break;
      }
      result = CurrentStatus.of(entry.status(), entry.since());
    }
    return Optional.ofNullable(result);
  }

  /** The first day not yet stepped for a client. */
  static LocalDate start(Client card, ClientStatusHistory recorded) {
    return start(card.createdOn(), recorded);
  }

  /** The first day not yet stepped for a client created on a given day. */
  static LocalDate start(LocalDate createdOn, ClientStatusHistory recorded) {
    return start(createdOn, current(recorded), recorded.evaluatedThrough());
  }

  /** The first day not yet stepped for a client with a status and an evaluated date. */
  private static LocalDate start(
      LocalDate createdOn, Optional<CurrentStatus> current, Optional<LocalDate> evaluatedThrough) {
    LocalDate from = evaluatedThrough.map(d -> d.plusDays(1))
        .orElseGet(() -> current.map(CurrentStatus::since).orElse(createdOn));
    if (current.isPresent() && from.isBefore(current.get().since())) {
      from = current.get().since(); // a status set after the evaluated date: that day is stepped
    }
    return from;
  }

  ReplayResult replay(
      Client card, ClientActivity activity, ClientStatusHistory recorded, LocalDate through) {
    return evaluator.replay(activity, current(recorded), start(card, recorded), through);
  }

  /** Replays a client from the end of its recorded history, as batch work reads it. */
  ReplayResult replay(ClientStart client, ClientActivity activity, StatusHistoryEnd recorded, LocalDate through) {
    Optional<CurrentStatus> current = recorded.latest().map(e -> CurrentStatus.of(e.status(), e.since()));
    return evaluator.replay(
        activity, current, start(client.createdOn(), current, recorded.evaluatedThrough()), through);
  }

  static List<StatusAssignment> assignments(List<Outcome> transitions) {
    return assignments(transitions, transitions.isEmpty() ? null : new StringBuilder(512));
  }

  /** The entries of transitions, their explanations written in a buffer the caller reuses. */
  static List<StatusAssignment> assignments(List<Outcome> transitions, StringBuilder scratch) {
    List<StatusAssignment> entries = new ArrayList<>(transitions.size());
    for (Outcome outcome : transitions) {
      entries.add(outcome.assignment(scratch));
    }
    return entries;
  }

  void write(ClientId client, long version, List<StatusAssignment> entries, LocalDate today) {
    unitOfWork.execute(() -> history.append(client, version, entries, today));
  }

  List<ListenerFailure> announce(List<StatusAssignment> entries, FailureSink sink) {
    for (StatusAssignment entry : entries) {
      for (StatusTransitionListener listener : listeners) {
        try {
          listener.onTransition(entry);
        } catch (RuntimeException error) {
          ListenerFailure failure = new ListenerFailure(entry, listener, error);
          sink.add(failure);
          try {
            onListenerFailure.accept(failure);
          } catch (RuntimeException ignored) {
            // the failure handler itself failed: the failure is still in the result
          }
        }
      }
    }
    return sink.kept;
  }

  static List<ClientId> ids(List<Client> page) {
    List<ClientId> ids = new ArrayList<>(page.size());
    page.forEach(c -> ids.add(c.id()));
    return ids;
  }

  Map<ClientId, ClientActivity> activities(List<Client> cards) {
    Map<ClientId, ClientActivity> result = new HashMap<>();
    facts(cards).forEach((id, builder) -> result.put(id, builder.build()));
    return result;
  }

  /** Reads the facts of a batch of clients, one call per store. */
  Map<ClientId, ClientActivity.Builder> facts(List<Client> cards) {
    return facts(ids(cards), false);
  }

  /**
   * Reads the facts of a batch of clients, one call per store; {@code page} tells that the
   * clients are one page of the client store in id order, which a store may read as one range.
   */
  Map<ClientId, ClientActivity.Builder> facts(List<ClientId> ids, boolean page) {
    Map<ClientId, ClientActivity.Builder> builders = new HashMap<>();
    for (ClientId id : ids) {
      builders.put(id, ClientActivity.builder(id));
    }
    Function<ClientId, ClientActivity.Builder> of = new Function<>() {
      // stores give the facts grouped by client: look the builder up once per client
      private ClientId last;
      private ClientActivity.Builder builder;

      @Override
      public ClientActivity.Builder apply(ClientId id) {
        if (!id.equals(last)) {
          builder = builders.get(id);
          if (builder == null) {
            throw new IllegalStateException("a store returned a fact of client " + id
                + ", which was not asked for");
          }
          last = id;
        }
        return builder;
      }
    };
    for (Interest interest : (page ? interests.findByClientPage(ids) : interests.findByClients(ids))) {
      of.apply(interest.client().orElseThrow()).interest(interest);
    }
    for (Payment payment : (page ? payments.findByClientPage(ids) : payments.findByClients(ids))) {
      of.apply(payment.client()).payment(payment);
    }
    for (Shipment shipment : (page ? shipments.findByClientPage(ids) : shipments.findByClients(ids))) {
      of.apply(shipment.client()).shipment(shipment);
    }
    hostFacts.hostFacts(ids).forEach((id, list) -> of.apply(id).hostFacts(list));
    return builders;
  }

  /** Keeps the first failures and counts all. */
  static final class FailureSink {
    private final int limit;
    final List<ListenerFailure> kept = new ArrayList<>();
    long count;

    FailureSink(int limit) {
      this.limit = limit;
    }

    void add(ListenerFailure failure) {
      count++;
      if (kept.size() < limit) {
        kept.add(failure);
      }
    }
  }
}
