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
import org.clientbase.core.id.EntityId;
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
 * status, date, rule). Its explanation text is either short ({@code "ACTIVE held on 2026-11-30"})
 * or, {@linkplain #explaining explaining}, the library's own text: each condition of the rule
 * that held, its window and the ids of the facts that made it hold, so that both write exactly
 * the same history.
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
  private final boolean explaining;
  private final StringBuilder text = new StringBuilder(512);

  HandwrittenBatch(ClientPages clients, ClientFacts<Interest> interests, ClientFacts<Payment> payments,
      ClientFacts<Shipment> shipments, StatusHistoryStore history, int pageSize) {
    this(clients, interests, payments, shipments, history, pageSize, HandwrittenBatch::decide, false);
  }

  /**
   * The same loop with another decider of each evaluated day's step: {@link #drools} for the
   * Drools end-to-end loop.
   */
  HandwrittenBatch(ClientPages clients, ClientFacts<Interest> interests, ClientFacts<Payment> payments,
      ClientFacts<Shipment> shipments, StatusHistoryStore history, int pageSize, Decider decider) {
    this(clients, interests, payments, shipments, history, pageSize, decider, false);
  }

  private HandwrittenBatch(ClientPages clients, ClientFacts<Interest> interests, ClientFacts<Payment> payments,
      ClientFacts<Shipment> shipments, StatusHistoryStore history, int pageSize, Decider decider,
      boolean explaining) {
    this.explaining = explaining;
    this.clients = clients;
    this.interests = interests;
    this.payments = payments;
    this.shipments = shipments;
    this.history = history;
    this.pageSize = pageSize;
    this.decider = decider;
  }

  /**
   * The loop that writes the library's explanation with every entry: it keeps each fact's id
   * beside its day and writes, for the rule that held, each condition with its window and the
   * ids of the facts that made it hold, in the library's words and order. Not thread-safe.
   */
  static HandwrittenBatch explaining(ClientPages clients, ClientFacts<Interest> interests,
      ClientFacts<Payment> payments, ClientFacts<Shipment> shipments, StatusHistoryStore history, int pageSize) {
    return new HandwrittenBatch(clients, interests, payments, shipments, history, pageSize,
        HandwrittenBatch::decide, true);
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
    // the facts' ids, made and kept only by the explaining loop, each kind in the stores' order
    EntityId[] interestIds;
    boolean[] won;
    Dated payments;
    Dated shipments;

    Days(boolean explaining) {
      if (explaining) {
        interestIds = new EntityId[opened.length];
        won = new boolean[opened.length];
        payments = new Dated();
        shipments = new Dated();
      }
    }

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
        if (interestIds != null) {
          interestIds = Arrays.copyOf(interestIds, interestCount * 2);
          won = Arrays.copyOf(won, interestCount * 2);
        }
      }
      opened[interestCount] = open;
      closed[interestCount++] = close;
    }
  }

  /** The days and ids of one kind of fact, in the stores' order. */
  static final class Dated {
    long[] days = new long[4];
    EntityId[] ids = new EntityId[4];
    int count;

    void add(long day, EntityId id) {
      if (count == days.length) {
        days = Arrays.copyOf(days, count * 2);
        ids = Arrays.copyOf(ids, count * 2);
      }
      days[count] = day;
      ids[count++] = id;
    }

    /** Adds the ids of the facts dated from {@code first} to {@code last}. */
    void inWindow(long first, long last, List<EntityId> found) {
      for (int i = 0; i < count && days[i] <= last; i++) {
        if (days[i] >= first) {
          found.add(ids[i]);
        }
      }
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
        days.put(card.value().id(), new Days(explaining));
      }
      for (Payment payment : payments.findByClients(ids)) {
        Days one = days.get(payment.client());
        long day = payment.date().toEpochDay();
        one.buying(day);
        if (explaining) {
          one.payments.add(day, payment.id());
        }
      }
      for (Shipment shipment : shipments.findByClients(ids)) {
        Days one = days.get(shipment.client());
        long day = shipment.date().toEpochDay();
        one.buying(day);
        if (explaining) {
          one.shipments.add(day, shipment.id());
        }
      }
      for (Interest interest : interests.findByClients(ids)) {
        Days one = days.get(interest.client().orElseThrow());
        long close = interest.closedOn().map(LocalDate::toEpochDay).orElse(Long.MAX_VALUE);
        boolean won = interest.outcome().orElse(null) == InterestOutcome.WON;
        one.interest(interest.openedOn().toEpochDay(), close);
        if (explaining) {
          one.interestIds[one.interestCount - 1] = interest.id();
          one.won[one.interestCount - 1] = won;
        }
        if (won) {
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
          appends.add(StatusAppend.of(client.id(), before.version(), entries, today));
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
        entries.add(entry(client.id(), status, next, day, facts));
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

  private StatusAssignment entry(ClientId client, int from, int to, long day, Days facts) {
    return StatusAssignment.builder()
        .client(client)
        .previous(from == NONE ? Optional.empty() : Optional.of(STATUSES[from]))
        .status(STATUSES[to])
        .since(LocalDate.ofEpochDay(day))
        .reason(StatusReason.byRule(TEMPLATES[to]))
        .explanation(explaining ? explanation(to, day, facts) : TEMPLATES[to] + " held on " + LocalDate.ofEpochDay(day))
        .build();
  }

  /**
   * The library's explanation of a rule that held on a day: New has no conditions; In progress
   * and Returned hold with an active interest and none of the three buying facts; Active with
   * one of them; Lost with none.
   */
  private String explanation(int to, long day, Days facts) {
    StringBuilder out = text;
    out.setLength(0);
    out.append(TEMPLATES[to]).append(" held on ").append(LocalDate.ofEpochDay(day));
    if (to == NEW) {
      return out.toString();
    }
    long first = day - PERIOD + 1;
    String window = " in the last " + PERIOD + " days (" + LocalDate.ofEpochDay(first) + ".."
        + LocalDate.ofEpochDay(day) + ")";
    List<EntityId> found = new ArrayList<>();
    if (to == ACTIVE) {
      for (int i = 0; i < facts.interestCount; i++) {
        if (facts.won[i] && facts.closed[i] >= first && facts.closed[i] <= day) {
          found.add(facts.interestIds[i]);
        }
      }
      facts.payments.inWindow(first, day, found);
      facts.shipments.inWindow(first, day, found);
      condition(out.append(": at least one won interest, payment or shipment"), window, found);
      return out.toString();
    }
    String separator = ": ";
    if (to == IN_PROGRESS || to == RETURNED) {
      for (int i = 0; i < facts.interestCount && facts.opened[i] <= day; i++) {
        if (facts.closed[i] >= first) {
          found.add(facts.interestIds[i]);
        }
      }
      condition(out.append(separator).append("at least one active interest"), window, found);
      separator = "; ";
      found.clear();
    }
    condition(out.append(separator).append("no won interest"), window, found);
    condition(out.append("; no payment"), window, found);
    condition(out.append("; no shipment"), window, found);
    return out.toString();
  }

  /** A condition that held: its window and the facts that made it hold. */
  private static void condition(StringBuilder out, String window, List<EntityId> found) {
    out.append(window).append(" [held, ").append(found.size());
    if (found.isEmpty()) {
      out.append(']');
      return;
    }
    out.append(": [");
    for (int i = 0; i < found.size(); i++) {
      out.append(i == 0 ? "" : ", ").append(found.get(i).value());
    }
    out.append("]]");
  }
}
