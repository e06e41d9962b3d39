package org.clientbase.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clientbase.core.activity.Interest;
import org.clientbase.core.activity.InterestOutcome;
import org.clientbase.core.activity.Payment;
import org.clientbase.core.activity.Shipment;
import org.clientbase.core.client.Client;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.StatusId;
import org.clientbase.core.status.StatusAssignment;
import org.clientbase.core.status.StatusReason;
import org.clientbase.core.status.TemplateKey;
import org.clientbase.rules.status.StatusScheme;
import org.clientbase.spi.Versioned;
import org.clientbase.spi.store.ClientFacts;
import org.clientbase.spi.store.ClientPages;
import org.clientbase.spi.store.ClientStatusHistory;
import org.clientbase.spi.store.PageRequest;
import org.clientbase.spi.store.StatusAppend;
import org.clientbase.spi.store.StatusHistoryStore;

/**
 * What a competent developer writes instead of the library to keep the seed scheme's statuses:
 * one pass over the same stores, page by page (cards, the three kinds of facts and the
 * histories, one call each), the five rules written out over each client's fact days in
 * primitive arrays, stepping only to the days on which a window gains or loses a fact (and the
 * day after each change), and each page's changes written with one {@code appendAll}, as the
 * library writes them. It writes the same entries as the library (client, previous status,
 * status, date, rule) except the explanation text, which it keeps short: the library's
 * explanation, naming the facts that made the rule hold, is work this loop does not do.
 */
final class HandwrittenBatch {
  private static final int PERIOD = StatusScheme.DEFAULT_PERIOD_DAYS;
  private static final int NONE = -1;
  private static final int NEW = 0;
  private static final int IN_PROGRESS = 1;
  private static final int ACTIVE = 2;
  private static final int LOST = 3;
  private static final int RETURNED = 4;
  private static final StatusId[] STATUSES = {
    StatusScheme.NEW, StatusScheme.IN_PROGRESS, StatusScheme.ACTIVE, StatusScheme.LOST,
    StatusScheme.RETURNED
  };
  private static final TemplateKey[] TEMPLATES = {
    TemplateKey.NEW_CLIENT, TemplateKey.IN_PROGRESS, TemplateKey.ACTIVE, TemplateKey.LOST,
    TemplateKey.RETURNED
  };

  private final ClientPages clients;
  private final ClientFacts<Interest> interests;
  private final ClientFacts<Payment> payments;
  private final ClientFacts<Shipment> shipments;
  private final StatusHistoryStore history;
  private final int pageSize;
  private final Decider decider;

  HandwrittenBatch(ClientPages clients, ClientFacts<Interest> interests, ClientFacts<Payment> payments,
      ClientFacts<Shipment> shipments, StatusHistoryStore history, int pageSize) {
    this(clients, interests, payments, shipments, history, pageSize, HandwrittenBatch::decide);
  }

  /**
   * The same loop with another decider of each evaluated day's step: {@link #drools} for the
   * Drools end-to-end loop.
   */
  HandwrittenBatch(ClientPages clients, ClientFacts<Interest> interests, ClientFacts<Payment> payments,
      ClientFacts<Shipment> shipments, StatusHistoryStore history, int pageSize, Decider decider) {
    this.clients = clients;
    this.interests = interests;
    this.payments = payments;
    this.shipments = shipments;
    this.history = history;
    this.pageSize = pageSize;
    this.decider = decider;
  }

  /** Decides one day's step of one client: the status after it, as an index of the five. */
  @FunctionalInterface
  interface Decider {
    /**
     * Decides a step.
     *
     * @param status the status before the step, {@code NONE} for a client without one
     * @param facts the client's fact days
     * @param day the evaluation day
     * @return the status after the step
     */
    int decide(int status, Days facts, long day);
  }

  /**
   * A decider that asks Drools ({@link DroolsStatus}, the same rules as DRL, a stateless session
   * per step) for every step: the client's facts become Drools facts once per client, then each
   * evaluated day is one {@code execute} with them and the step. Not thread-safe.
   *
   * @param drools the compiled rules
   * @return the decider
   */
  static Decider drools(DroolsStatus drools) {
    return new Decider() {
      private Days client;
      private List<Object> facts;

      @Override
      public int decide(int status, Days days, long day) {
        if (days != client) {
          client = days;
          facts = DroolsStatus.facts(days.buying, days.buyingCount, days.opened, days.closed,
              days.interestCount);
        }
        StatusId next = drools.decide(facts, status == NONE ? null : STATUSES[status], day);
        return next == null ? NONE : indexOf(next);
      }
    };
  }

  /** One client's fact days, filled from the stores' lists. */
  static final class Days {
    long[] buying = new long[8];
    int buyingCount;
    long[] opened = new long[4];
    long[] closed = new long[4];
    int interestCount;

    void buying(long day) {
      if (buyingCount == buying.length) {
        buying = Arrays.copyOf(buying, buyingCount * 2);
      }
      buying[buyingCount++] = day;
    }

    void interest(long open, long close) {
      if (interestCount == opened.length) {
        opened = Arrays.copyOf(opened, interestCount * 2);
        closed = Arrays.copyOf(closed, interestCount * 2);
      }
      opened[interestCount] = open;
      closed[interestCount++] = close;
    }
  }

  /**
   * Recalculates every client up to a day.
   *
   * @param today the last day to step
   * @return the number of clients whose status changed
   */
  long run(LocalDate today) {
    long todayDay = today.toEpochDay();
    long changed = 0;
    PageRequest<ClientId> request = PageRequest.first(pageSize);
    while (true) {
      List<Versioned<Client>> page = clients.page(request);
      if (page.isEmpty()) {
        break;
      }
      List<ClientId> ids = new ArrayList<>(page.size());
      Map<ClientId, Days> days = new HashMap<>(page.size() * 2);
      for (Versioned<Client> card : page) {
        ids.add(card.value().id());
        days.put(card.value().id(), new Days());
      }
      for (Payment payment : payments.findByClients(ids)) {
        days.get(payment.client()).buying(payment.date().toEpochDay());
      }
      for (Shipment shipment : shipments.findByClients(ids)) {
        days.get(shipment.client()).buying(shipment.date().toEpochDay());
      }
      for (Interest interest : interests.findByClients(ids)) {
        Days one = days.get(interest.client().orElseThrow());
        long close = interest.closedOn().map(LocalDate::toEpochDay).orElse(Long.MAX_VALUE);
        one.interest(interest.openedOn().toEpochDay(), close);
        if (interest.outcome().orElse(null) == InterestOutcome.WON) {
          one.buying(close);
        }
      }
      Map<ClientId, ClientStatusHistory> recorded = history.histories(ids);
      List<StatusAppend> appends = new ArrayList<>();
      for (Versioned<Client> card : page) {
        Client client = card.value();
        ClientStatusHistory before = recorded.get(client.id());
        List<StatusAssignment> entries = replay(client, days.get(client.id()), before, todayDay);
        if (!entries.isEmpty()) {
          appends.add(new StatusAppend(client.id(), before.version(), entries, Optional.of(today)));
        }
      }
      changed += history.appendAll(appends).size();
      request = request.next(page.get(page.size() - 1).value().id());
      if (page.size() < pageSize) {
        break;
      }
    }
    return changed;
  }

  private List<StatusAssignment> replay(
      Client client, Days facts, ClientStatusHistory recorded, long today) {
    int status = NONE;
    long since = Long.MIN_VALUE;
    long day;
    Optional<StatusAssignment> current = recorded.current();
    if (current.isPresent()) {
      status = indexOf(current.get().status());
      since = current.get().since().toEpochDay();
      if (status == NONE) {
        return List.of(); // a manual status: no rule of the seed scheme moves it
      }
    }
    day = recorded.evaluatedThrough().map(d -> d.toEpochDay() + 1)
        .orElse(current.isPresent() ? since : client.createdOn().toEpochDay());
    day = Math.max(day, since == Long.MIN_VALUE ? day : since);
    List<StatusAssignment> entries = new ArrayList<>(4);
    if (day > today) {
      return entries;
    }
    // a client without a status gets New on its first day (the loop's first step)
    long[] events = events(facts);
    int e = 0;
    while (day <= today) {
      int next = day <= since ? status : decider.decide(status, facts, day);
      if (next != status) {
        entries.add(entry(client.id(), status, next, day));
        status = next;
        since = day;
        day++;
        continue;
      }
      while (e < events.length && events[e] <= day) {
        e++;
      }
      if (e == events.length) {
        break;
      }
      day = events[e];
    }
    return entries;
  }

  /** The days on which a window of the period gains or loses a fact, sorted. */
  private static long[] events(Days facts) {
    long[] events = new long[2 * facts.buyingCount + 2 * facts.interestCount];
    int n = 0;
    for (int i = 0; i < facts.buyingCount; i++) {
      events[n++] = facts.buying[i];
      events[n++] = facts.buying[i] + PERIOD;
    }
    for (int i = 0; i < facts.interestCount; i++) {
      events[n++] = facts.opened[i];
      events[n++] = facts.closed[i] == Long.MAX_VALUE ? Long.MAX_VALUE : facts.closed[i] + PERIOD;
    }
    Arrays.sort(events, 0, n);
    return events;
  }

  private static int decide(int status, Days facts, long day) {
    long first = day - PERIOD + 1;
    switch (status) {
      case NONE:
        return NEW;
      case NEW:
        return active(facts, first, day) && !buying(facts, first, day) ? IN_PROGRESS : NEW;
      case IN_PROGRESS:
      case RETURNED:
        return buying(facts, first, day) ? ACTIVE : status;
      case ACTIVE:
        return buying(facts, first, day) ? ACTIVE : LOST;
      case LOST:
        return active(facts, first, day) && !buying(facts, first, day) ? RETURNED : LOST;
      default:
        return status;
    }
  }

  private static boolean buying(Days facts, long first, long day) {
    for (int i = 0; i < facts.buyingCount; i++) {
      if (facts.buying[i] >= first && facts.buying[i] <= day) {
        return true;
      }
    }
    return false;
  }

  private static boolean active(Days facts, long first, long day) {
    for (int i = 0; i < facts.interestCount; i++) {
      if (facts.opened[i] <= day && facts.closed[i] >= first) {
        return true;
      }
    }
    return false;
  }

  private static int indexOf(StatusId id) {
    for (int i = 0; i < STATUSES.length; i++) {
      if (STATUSES[i].equals(id)) {
        return i;
      }
    }
    return NONE;
  }

  private static StatusAssignment entry(ClientId client, int from, int to, long day) {
    return StatusAssignment.builder()
        .client(client)
        .previous(from == NONE ? Optional.empty() : Optional.of(STATUSES[from]))
        .status(STATUSES[to])
        .since(LocalDate.ofEpochDay(day))
        .reason(StatusReason.byRule(TEMPLATES[to]))
        .explanation(TEMPLATES[to] + " held on " + LocalDate.ofEpochDay(day))
        .build();
  }
}
