package org.clientbase.benchmarks;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import org.clientbase.core.activity.Interest;
import org.clientbase.core.activity.InterestOutcome;
import org.clientbase.core.activity.Payment;
import org.clientbase.core.activity.Shipment;
import org.clientbase.core.id.StatusId;
import org.clientbase.rules.status.ClientActivity;
import org.clientbase.rules.status.CurrentStatus;
import org.clientbase.rules.status.StatusScheme;
import org.jeasy.rules.api.Facts;
import org.jeasy.rules.api.Rules;
import org.jeasy.rules.api.RulesEngine;
import org.jeasy.rules.api.RulesEngineParameters;
import org.jeasy.rules.core.DefaultRulesEngine;
import org.jeasy.rules.core.RuleBuilder;

/**
 * The default scheme's five rules written three ways besides the engine, for
 * {@link StatusEngineBenchmark}: plain Java over a client's fact lists, Easy Rules 4.1.0 rules
 * over {@code Facts}, and plain Java over primitive arrays ({@link DroolsStatus} has the Drools
 * version). Each gives the status after one step on a
 * date, exactly as {@link org.clientbase.rules.status.Evaluator} does with
 * {@link StatusScheme#defaults()} (30-day windows): {@code StatusVariantsTest} checks that.
 */
public final class StatusVariants {
  static final int PERIOD = StatusScheme.DEFAULT_PERIOD_DAYS;
  static final StatusId[] STATUSES = StatusData.statuses();
  static final int NEW = 0;
  static final int IN_PROGRESS = 1;
  static final int ACTIVE = 2;
  static final int LOST = 3;
  static final int RETURNED = 4;

  private StatusVariants() {}

  // ------------------------------------------------------------------------------ handwritten

  /**
   * The fastest plain Java for the five rules over the engine's input objects.
   *
   * @param activity the client's facts
   * @param current the status before the step, or {@code null}
   * @param date the evaluation date
   * @return the status after the step
   */
  public static StatusId handwritten(ClientActivity activity, CurrentStatus current, LocalDate date) {
    return handwritten(activity.interests(), activity.payments(), activity.shipments(), current, date);
  }

  /**
   * The fastest plain Java for the five rules over a client's facts as a store gives them: it
   * needs nothing prepared, so it reads the lists directly.
   *
   * @param interests the client's interests
   * @param payments its payments
   * @param shipments its shipments
   * @param current the status before the step, or {@code null}
   * @param date the evaluation date
   * @return the status after the step
   */
  public static StatusId handwritten(List<Interest> interests, List<Payment> payments,
      List<Shipment> shipments, CurrentStatus current, LocalDate date) {
    if (current == null) {
      return StatusScheme.NEW;
    }
    StatusId status = current.status();
    if (!date.isAfter(current.since())) {
      return status;
    }
    LocalDate first = date.minusDays(PERIOD - 1);
    if (status.equals(StatusScheme.NEW)) {
      return hasActiveInterest(interests, first, date)
          && !buying(interests, payments, shipments, first, date)
          ? StatusScheme.IN_PROGRESS : status;
    }
    if (status.equals(StatusScheme.IN_PROGRESS) || status.equals(StatusScheme.RETURNED)) {
      return buying(interests, payments, shipments, first, date) ? StatusScheme.ACTIVE : status;
    }
    if (status.equals(StatusScheme.ACTIVE)) {
      return buying(interests, payments, shipments, first, date) ? status : StatusScheme.LOST;
    }
    if (status.equals(StatusScheme.LOST)) {
      return hasActiveInterest(interests, first, date)
          && !buying(interests, payments, shipments, first, date)
          ? StatusScheme.RETURNED : status;
    }
    return status;
  }

  static boolean buying(List<Interest> interests, List<Payment> payments,
      List<Shipment> shipments, LocalDate first, LocalDate date) {
    for (int i = 0, n = payments.size(); i < n; i++) {
      LocalDate day = payments.get(i).date();
      if (!day.isBefore(first) && !day.isAfter(date)) {
        return true;
      }
    }
    for (int i = 0, n = shipments.size(); i < n; i++) {
      LocalDate day = shipments.get(i).date();
      if (!day.isBefore(first) && !day.isAfter(date)) {
        return true;
      }
    }
    for (int i = 0, n = interests.size(); i < n; i++) {
      Interest interest = interests.get(i);
      Optional<LocalDate> closed = interest.closedOn();
      if (closed.isPresent() && interest.outcome().get() == InterestOutcome.WON
          && !closed.get().isBefore(first) && !closed.get().isAfter(date)) {
        return true;
      }
    }
    return false;
  }

  static boolean hasActiveInterest(List<Interest> interests, LocalDate first, LocalDate date) {
    for (int i = 0, n = interests.size(); i < n; i++) {
      Interest interest = interests.get(i);
      if (!interest.openedOn().isAfter(date)
          && (interest.closedOn().isEmpty() || !interest.closedOn().get().isBefore(first))) {
        return true;
      }
    }
    return false;
  }

  // ------------------------------------------------------------------------------ Easy Rules

  private static final String INTERESTS = "interests";
  private static final String PAYMENTS = "payments";
  private static final String SHIPMENTS = "shipments";
  private static final String STATUS = "status";
  private static final String SINCE = "since";
  private static final String DATE = "date";
  private static final String NEXT = "next";

  /** The five rules as an Easy Rules 4.1.0 engine: rules over untyped {@link Facts}. */
  public static final class EasyRules {
    private final Rules rules = new Rules();
    private final RulesEngine engine =
        new DefaultRulesEngine(new RulesEngineParameters().skipOnFirstAppliedRule(true));

    /** Defines the rules. */
    public EasyRules() {
      rules.register(new RuleBuilder().name("NEW_CLIENT").priority(1)
          .when(facts -> facts.get(STATUS) == null)
          .then(facts -> facts.put(NEXT, StatusScheme.NEW))
          .build());
      rules.register(new RuleBuilder().name("ALREADY_EVALUATED").priority(2)
          .when(facts -> facts.get(STATUS) != null
              && !facts.<LocalDate>get(DATE).isAfter(facts.<LocalDate>get(SINCE)))
          .then(facts -> facts.put(NEXT, facts.get(STATUS)))
          .build());
      rules.register(new RuleBuilder().name("IN_PROGRESS").priority(3)
          .when(facts -> StatusScheme.NEW.equals(facts.get(STATUS)) && activeAndNotBuying(facts))
          .then(facts -> facts.put(NEXT, StatusScheme.IN_PROGRESS))
          .build());
      rules.register(new RuleBuilder().name("ACTIVE").priority(4)
          .when(facts -> (StatusScheme.IN_PROGRESS.equals(facts.get(STATUS))
                  || StatusScheme.RETURNED.equals(facts.get(STATUS))) && buying(facts))
          .then(facts -> facts.put(NEXT, StatusScheme.ACTIVE))
          .build());
      rules.register(new RuleBuilder().name("LOST").priority(5)
          .when(facts -> StatusScheme.ACTIVE.equals(facts.get(STATUS)) && !buying(facts))
          .then(facts -> facts.put(NEXT, StatusScheme.LOST))
          .build());
      rules.register(new RuleBuilder().name("RETURNED").priority(6)
          .when(facts -> StatusScheme.LOST.equals(facts.get(STATUS)) && activeAndNotBuying(facts))
          .then(facts -> facts.put(NEXT, StatusScheme.RETURNED))
          .build());
    }

    private static boolean buying(Facts facts) {
      LocalDate date = facts.get(DATE);
      return StatusVariants.buying(facts.get(INTERESTS), facts.get(PAYMENTS), facts.get(SHIPMENTS),
          date.minusDays(PERIOD - 1), date);
    }

    private static boolean activeAndNotBuying(Facts facts) {
      LocalDate date = facts.get(DATE);
      LocalDate first = date.minusDays(PERIOD - 1);
      return hasActiveInterest(facts.get(INTERESTS), first, date) && !buying(facts);
    }

    /**
     * Prepares the facts of one client, once, outside the measured code.
     *
     * @param activity the client's facts
     * @param current the status before the step, or {@code null}
     * @param date the evaluation date
     * @return the facts
     */
    public static Facts facts(ClientActivity activity, CurrentStatus current, LocalDate date) {
      return facts(activity.interests(), activity.payments(), activity.shipments(), current, date);
    }

    /**
     * Prepares the facts of one client from its facts as a store gives them.
     *
     * @param interests the client's interests
     * @param payments its payments
     * @param shipments its shipments
     * @param current the status before the step, or {@code null}
     * @param date the evaluation date
     * @return the facts
     */
    public static Facts facts(List<Interest> interests, List<Payment> payments,
        List<Shipment> shipments, CurrentStatus current, LocalDate date) {
      Facts facts = new Facts();
      facts.put(INTERESTS, interests);
      facts.put(PAYMENTS, payments);
      facts.put(SHIPMENTS, shipments);
      facts.put(DATE, date);
      if (current != null) {
        facts.put(STATUS, current.status());
        facts.put(SINCE, current.since());
      }
      return facts;
    }

    /**
     * Fires the rules over a client's facts.
     *
     * @param facts the facts from {@link #facts}
     * @return the status after the step
     */
    public StatusId decide(Facts facts) {
      facts.remove(NEXT);
      engine.fire(rules, facts);
      StatusId next = facts.get(NEXT);
      return next != null ? next : facts.get(STATUS);
    }
  }

  // ------------------------------------------------------------------------------ arrays

  /**
   * The clients' facts as primitive arrays, prepared outside the measured code: statuses as
   * indices, days as epoch days, each client's facts a slice of a shared array.
   */
  public static final class Arrays {
    final int[] status;
    final long[] since;
    final int[] paymentStart;
    final long[] paymentDays;
    final int[] shipmentStart;
    final long[] shipmentDays;
    final int[] wonStart;
    final long[] wonDays;
    final int[] interestStart;
    final long[] interestOpen;
    final long[] interestClose;

    /**
     * Prepares the arrays.
     *
     * @param activities the clients' facts
     * @param currents their statuses ({@code null} for none)
     */
    public Arrays(ClientActivity[] activities, CurrentStatus[] currents) {
      this(activities.length, i -> activities[i].interests(), i -> activities[i].payments(),
          i -> activities[i].shipments(), currents);
    }

    /**
     * Prepares the arrays from the clients' facts as a store gives them.
     *
     * @param clients the clients' facts
     * @param currents their statuses ({@code null} for none)
     */
    public Arrays(StatusData.Facts[] clients, CurrentStatus[] currents) {
      this(clients.length, i -> clients[i].interests(), i -> clients[i].payments(),
          i -> clients[i].shipments(), currents);
    }

    private Arrays(int n, IntFunction<List<Interest>> interestsOf,
        IntFunction<List<Payment>> paymentsOf, IntFunction<List<Shipment>> shipmentsOf,
        CurrentStatus[] currents) {
      status = new int[n];
      since = new long[n];
      paymentStart = new int[n + 1];
      shipmentStart = new int[n + 1];
      wonStart = new int[n + 1];
      interestStart = new int[n + 1];
      int payments = 0;
      int shipmentsTotal = 0;
      int won = 0;
      int interests = 0;
      for (int c = 0; c < n; c++) {
        payments += paymentsOf.apply(c).size();
        shipmentsTotal += shipmentsOf.apply(c).size();
        for (Interest interest : interestsOf.apply(c)) {
          interests++;
          if (interest.outcome().orElse(null) == InterestOutcome.WON) {
            won++;
          }
        }
      }
      paymentDays = new long[payments];
      shipmentDays = new long[shipmentsTotal];
      wonDays = new long[won];
      interestOpen = new long[interests];
      interestClose = new long[interests];
      int p = 0;
      int s = 0;
      int w = 0;
      int in = 0;
      for (int c = 0; c < n; c++) {
        CurrentStatus current = currents[c];
        status[c] = current == null ? -1 : indexOf(current.status());
        since[c] = current == null ? Long.MIN_VALUE : current.since().toEpochDay();
        paymentStart[c] = p;
        for (Payment payment : paymentsOf.apply(c)) {
          paymentDays[p++] = payment.date().toEpochDay();
        }
        shipmentStart[c] = s;
        for (Shipment shipment : shipmentsOf.apply(c)) {
          shipmentDays[s++] = shipment.date().toEpochDay();
        }
        wonStart[c] = w;
        interestStart[c] = in;
        for (Interest interest : interestsOf.apply(c)) {
          if (interest.outcome().orElse(null) == InterestOutcome.WON) {
            wonDays[w++] = interest.closedOn().get().toEpochDay();
          }
          interestOpen[in] = interest.openedOn().toEpochDay();
          interestClose[in++] = interest.closedOn().map(LocalDate::toEpochDay).orElse(Long.MAX_VALUE);
        }
      }
      paymentStart[n] = p;
      shipmentStart[n] = s;
      wonStart[n] = w;
      interestStart[n] = in;
    }

    private static int indexOf(StatusId id) {
      for (int i = 0; i < STATUSES.length; i++) {
        if (STATUSES[i].equals(id)) {
          return i;
        }
      }
      throw new IllegalArgumentException("not a default status: " + id);
    }

    /**
     * Decides one client.
     *
     * @param c the client's position
     * @param day the evaluation day, as an epoch day
     * @return the index of the status after the step
     */
    public int decide(int c, long day) {
      int current = status[c];
      if (current < 0) {
        return NEW;
      }
      if (day <= since[c]) {
        return current;
      }
      long first = day - PERIOD + 1;
      switch (current) {
        case NEW:
          return active(c, first, day) && !buying(c, first, day) ? IN_PROGRESS : NEW;
        case IN_PROGRESS:
        case RETURNED:
          return buying(c, first, day) ? ACTIVE : current;
        case ACTIVE:
          return buying(c, first, day) ? ACTIVE : LOST;
        case LOST:
          return active(c, first, day) && !buying(c, first, day) ? RETURNED : LOST;
        default:
          return current;
      }
    }

    private boolean buying(int c, long first, long day) {
      return any(paymentDays, paymentStart[c], paymentStart[c + 1], first, day)
          || any(shipmentDays, shipmentStart[c], shipmentStart[c + 1], first, day)
          || any(wonDays, wonStart[c], wonStart[c + 1], first, day);
    }

    private static boolean any(long[] days, int from, int to, long first, long day) {
      for (int i = from; i < to; i++) {
        if (days[i] >= first && days[i] <= day) {
          return true;
        }
      }
      return false;
    }

    private boolean active(int c, long first, long day) {
      for (int i = interestStart[c], to = interestStart[c + 1]; i < to; i++) {
        if (interestOpen[i] <= day && interestClose[i] >= first) {
          return true;
        }
      }
      return false;
    }

    /**
     * Returns the status of an index.
     *
     * @param index an index from {@link #decide}
     * @return the status
     */
    public static StatusId status(int index) {
      return STATUSES[index];
    }
  }
}
