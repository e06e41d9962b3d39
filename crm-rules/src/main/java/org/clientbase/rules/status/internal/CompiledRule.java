package org.clientbase.rules.status.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.clientbase.core.activity.Interest;
import org.clientbase.core.activity.Payment;
import org.clientbase.core.activity.Shipment;
import org.clientbase.core.id.EntityId;
import org.clientbase.rules.status.ClientActivity;
import org.clientbase.rules.status.ConditionResult;
import org.clientbase.rules.status.FactWindow;
import org.clientbase.rules.status.HostRule;
import org.clientbase.rules.status.RuleResult;
import org.clientbase.rules.status.StatusRule;

/** A bound rule prepared for evaluation: its target as a status index and its conditions. */
public final class CompiledRule {
  private enum Kind {
    NEW_CLIENT,
    PREDEFINED,
    HOST
  }

  private final StatusRule rule;
  private final int number;
  private final int target;
  private final Kind kind;
  private final int anyOf;
  private final int noneOf;
  private final Probe[] any;
  private final Probe[] none;
  private final Probe[] read;
  /** The "none of" probes, then the "at least one of" probes: what replay asks each day. */
  private final Probe[] checked;
  private final int period;
  private final HostRule host;
  // the explanation's fixed words, made once: conditions in the order interests, payments,
  // shipments, and the start of the window's description
  private final Indicator[] anyInOrder;
  private final Indicator[] noneInOrder;
  private final String anyText;
  private final String[] noneTexts;
  private final String windowText;

  CompiledRule(StatusRule rule, int target, int number) {
    this.rule = rule;
    this.number = number;
    this.target = target;
    this.period = rule.periodDays();
    if (rule.forNewClient()) {
      kind = Kind.NEW_CLIENT;
      anyOf = 0;
      noneOf = 0;
      host = null;
    } else if (rule.hostRule().isPresent()) {
      kind = Kind.HOST;
      anyOf = 0;
      noneOf = 0;
      host = rule.hostRule().get();
    } else {
      kind = Kind.PREDEFINED;
      anyOf = PredefinedTemplates.anyOf(rule.template());
      noneOf = PredefinedTemplates.noneOf(rule.template());
      host = null;
    }
    any = Probe.of(anyOf);
    none = Probe.of(noneOf);
    read = Probe.of(anyOf | noneOf);
    checked = new Probe[none.length + any.length];
    System.arraycopy(none, 0, checked, 0, none.length);
    System.arraycopy(any, 0, checked, none.length, any.length);
    anyInOrder = inSeedOrder(anyOf);
    noneInOrder = inSeedOrder(noneOf);
    anyText = anyOf == 0 ? "" : PredefinedTemplates.anyOfText(anyOf) + " in ";
    noneTexts = new String[noneInOrder.length];
    for (int i = 0; i < noneInOrder.length; i++) {
      noneTexts[i] = "no " + noneInOrder[i].noun() + " in ";
    }
    windowText = "the last " + period + (period == 1 ? " day" : " days") + " (";
  }

  /** Explanations list the conditions in this order: interests, payments, shipments. */
  private static Indicator[] inSeedOrder(int mask) {
    return java.util.Arrays.stream(Indicator.values())
        .filter(i -> (mask & i.bit()) != 0)
        .toArray(Indicator[]::new);
  }

  /**
   * Returns the rule as defined in the scheme.
   *
   * @return the rule
   */
  public StatusRule rule() {
    return rule;
  }

  /**
   * Returns the rule's place in its scheme, from 0.
   *
   * @return the rule's number
   */
  int number() {
    return number;
  }

  /**
   * Returns the index of the status the rule moves a client to.
   *
   * @return the target index
   */
  public int target() {
    return target;
  }

  /**
   * Tells whether the rule's conditions hold on a day (the precondition is the caller's).
   *
   * @param activity the client's facts
   * @param index their index
   * @param day the evaluation day
   * @return whether the conditions hold
   */
  public boolean holds(ClientActivity activity, int[] index, long day) {
    return holds(activity, index, ActivityIndex.latestBuying(index), ActivityIndex.latestOpening(index),
        ActivityIndex.latestClosing(index), day);
  }

  /**
   * Tells whether the rule's conditions hold on a day, given the index's summaries as the
   * activity keeps them (see {@link ActivityIndex#any(int[], int, int, int, Probe, long, int)}).
   *
   * @param activity the client's facts
   * @param index their index
   * @param latestBuying the index's latest buying day
   * @param latestOpening the index's latest interest opening day
   * @param latestClosing the index's latest interest closing day
   * @param day the evaluation day
   * @return whether the conditions hold
   */
  public boolean holds(
      ClientActivity activity, int[] index, int latestBuying, int latestOpening, int latestClosing, long day) {
    // predefined rules first and in a method of their own, small enough to be inlined where a
    // batch decides millions of clients
    if (kind == Kind.PREDEFINED) {
      return predefinedHolds(index, latestBuying, latestOpening, latestClosing, day);
    }
    return kind != Kind.HOST
        || host.evaluate(FactWindow.of(activity, LocalDate.ofEpochDay(day), period)).held();
  }

  private boolean predefinedHolds(
      int[] index, int latestBuying, int latestOpening, int latestClosing, long day) {
    // the "none of" indicators first: one found decides, and most rules have them
    for (Probe probe : none) {
      if (ActivityIndex.any(index, latestBuying, latestOpening, latestClosing, probe, day, period)) {
        return false;
      }
    }
    if (any.length == 0) {
      return true;
    }
    for (Probe probe : any) {
      if (ActivityIndex.any(index, latestBuying, latestOpening, latestClosing, probe, day, period)) {
        return true;
      }
    }
    return false;
  }

  /** What replay's checks of a rule return for a rule that holds. */
  static final long HOLDS = Long.MIN_VALUE;

  /**
   * Tells whether the rule is a predefined template's: replay checks those itself from
   * {@link #checked()}, {@link #noneCount()} and {@link #period()}, as {@link #quietUntil} does.
   *
   * @return whether the rule is predefined
   */
  boolean predefined() {
    return kind == Kind.PREDEFINED;
  }

  /**
   * Returns the probes a predefined rule reads: its "none of" probes, then its "at least one
   * of" probes.
   *
   * @return the probes; the caller must not change them
   */
  Probe[] checked() {
    return checked;
  }

  /**
   * Returns how many of {@link #checked()} are "none of" probes.
   *
   * @return the number of "none of" probes
   */
  int noneCount() {
    return none.length;
  }

  /**
   * Returns the rule's period in days.
   *
   * @return the period
   */
  int period() {
    return period;
  }

  /**
   * Checks the rule on a day of a replay. Returns {@link #HOLDS} if it holds; otherwise the
   * first day after {@code day} on which it could hold: it does not hold on any day before.
   *
   * <p>For a predefined rule that fails because a "none of" indicator is on, that is no sooner
   * than the day the last of them turns off; if it fails because no "at least one of"
   * indicator is on, no sooner than the day the first of them turns on. Each bound keeps the
   * rule false on every day before it, so replay may skip those days. ({@link Engine#replay}
   * writes the same check out in its loop, where a call would not be inlined.)
   */
  long quietUntil(ActivityCursor cursor, ClientActivity activity, long day) {
    if (kind == Kind.PREDEFINED) {
      return predefinedQuietUntil(cursor, day);
    }
    if (kind == Kind.HOST && !holds(activity, cursor.data(), day)) {
      return nextChange(cursor, day);
    }
    return HOLDS;
  }

  private long predefinedQuietUntil(ActivityCursor cursor, long day) {
    int noneCount = none.length;
    long blockedUntil = HOLDS; // when the last "none of" that is on turns off
    long firstOn = Window.NEVER; // when the first "at least one of" turns on
    boolean anyOn = noneCount == checked.length;
    for (int k = 0; k < checked.length; k++) {
      long change = cursor.nextChange(checked[k], day, period);
      if (k < noneCount) {
        if (cursor.holds()) {
          blockedUntil = Math.max(blockedUntil, change);
        }
      } else if (cursor.holds()) {
        anyOn = true;
        break;
      } else {
        firstOn = Math.min(firstOn, change);
      }
    }
    // every change day is after the day; HOLDS when nothing blocks and one "at least one of"
    // is on
    return anyOn ? blockedUntil : Math.max(blockedUntil, firstOn);
  }

  /** The first day after {@code day} on which the result of {@link #holdsAt} may differ. */
  long nextChange(ActivityCursor cursor, long day) {
    switch (kind) {
      case PREDEFINED:
        long next = Window.NEVER;
        for (Probe probe : read) {
          next = Math.min(next, cursor.nextChange(probe, day, period));
        }
        return next;
      case HOST:
        return host.dependsOnDate() ? day + 1 : cursor.nextContentChange(period, day);
      default:
        return Window.NEVER;
    }
  }

  /**
   * Checks the rule over a window and gives its conditions with their facts.
   *
   * @param activity the client's facts
   * @param date the evaluation date
   * @return the result with its conditions
   */
  public RuleResult explain(ClientActivity activity, LocalDate date) {
    switch (kind) {
      case PREDEFINED:
        LocalDate first = LocalDate.ofEpochDay(Window.firstDay(date.toEpochDay(), period));
        String window = windowText + first + ".." + date + ")";
        List<ConditionResult> conditions = new ArrayList<>(1 + noneInOrder.length);
        boolean held = true;
        if (anyOf != 0) {
          List<EntityId> found = new ArrayList<>();
          for (Indicator indicator : anyInOrder) {
            facts(activity, indicator, first, date, found);
          }
          conditions.add(new ConditionResult(anyText + window, !found.isEmpty(), found));
          held = !found.isEmpty();
        }
        for (int i = 0; i < noneInOrder.length; i++) {
          List<EntityId> found = new ArrayList<>();
          facts(activity, noneInOrder[i], first, date, found);
          conditions.add(new ConditionResult(noneTexts[i] + window, found.isEmpty(), found));
          held &= found.isEmpty();
        }
        return new RuleResult(held, conditions);
      case HOST:
        return host.evaluate(FactWindow.of(activity, date, period));
      default:
        return new RuleResult(true, List.of());
    }
  }

  /**
   * Appends the rule's conditions with their facts as {@link #explain} gives them, each as its
   * {@link ConditionResult#toString()} and each after {@code ": "} (the first) or {@code "; "},
   * without making the results: what an explanation written for every change needs.
   *
   * @param text where to append
   * @param activity the client's facts
   * @param date the evaluation date
   * @return {@code false} when the rule cannot do so (a host rule), and nothing was appended
   */
  public boolean appendReasons(StringBuilder text, ClientActivity activity, LocalDate date) {
    if (kind == Kind.HOST) {
      return false;
    }
    if (kind != Kind.PREDEFINED) {
      return true; // a new client's rule has no conditions
    }
    LocalDate first = LocalDate.ofEpochDay(Window.firstDay(date.toEpochDay(), period));
    StringBuilder window = new StringBuilder(windowText.length() + 24).append(windowText);
    appendDate(window, first);
    appendDate(window.append(".."), date);
    window.append(')');
    List<EntityId> found = new ArrayList<>(16);
    String separator = ": ";
    if (anyOf != 0) {
      for (Indicator indicator : anyInOrder) {
        facts(activity, indicator, first, date, found);
      }
      appendCondition(text.append(separator).append(anyText), window, !found.isEmpty(), found);
      separator = "; ";
    }
    for (int i = 0; i < noneInOrder.length; i++) {
      found.clear();
      facts(activity, noneInOrder[i], first, date, found);
      appendCondition(text.append(separator).append(noneTexts[i]), window, found.isEmpty(), found);
      separator = "; ";
    }
    return true;
  }

  /** The window and the facts of a condition, as {@link ConditionResult#toString()} ends. */
  private static void appendCondition(
      StringBuilder text, CharSequence window, boolean held, List<EntityId> found) {
    text.append(window);
    text.append(held ? " [held, " : " [failed, ").append(found.size());
    if (found.isEmpty()) {
      text.append(']');
      return;
    }
    text.append(": [");
    for (int i = 0; i < found.size(); i++) {
      text.append(i == 0 ? "" : ", ").append(found.get(i).value());
    }
    text.append("]]");
  }

  /**
   * Appends a date as {@link LocalDate#toString()} writes it, without its intermediate string.
   *
   * @param text where to append
   * @param date the date
   */
  public static void appendDate(StringBuilder text, LocalDate date) {
    int year = date.getYear();
    if (year < 1000 || year > 9999) {
      text.append(date);
      return;
    }
    int month = date.getMonthValue();
    int dayOfMonth = date.getDayOfMonth();
    text.append(year).append(month < 10 ? "-0" : "-").append(month)
        .append(dayOfMonth < 10 ? "-0" : "-").append(dayOfMonth);
  }

  /**
   * Adds the ids of the facts of an indicator in the window {@code [first, last]}, in the
   * activity's order: the facts {@link FactWindow}'s lists give for it. The activity's facts are
   * sorted by date (interests by opening date), so each scan stops at the first fact after the
   * window.
   */
  private static void facts(
      ClientActivity activity, Indicator indicator, LocalDate first, LocalDate last, List<EntityId> ids) {
    switch (indicator) {
      case ACTIVE_INTEREST:
        for (Interest interest : activity.interests()) {
          if (interest.openedOn().isAfter(last)) {
            break;
          }
          Optional<LocalDate> closed = interest.closedOn();
          if (closed.isEmpty() || !closed.get().isBefore(first)) {
            ids.add(interest.id());
          }
        }
        break;
      case WON_INTEREST:
        for (Interest interest : activity.interests()) {
          Optional<LocalDate> closed = interest.closedOn();
          if (closed.isPresent() && !closed.get().isBefore(first) && !closed.get().isAfter(last)
              && interest.isWonOn(closed.get())) {
            ids.add(interest.id());
          }
        }
        break;
      case PAYMENT:
        for (Payment payment : activity.payments()) {
          LocalDate date = payment.date();
          if (date.isAfter(last)) {
            break;
          }
          if (!date.isBefore(first)) {
            ids.add(payment.id());
          }
        }
        break;
      case SHIPMENT:
        for (Shipment shipment : activity.shipments()) {
          LocalDate date = shipment.date();
          if (date.isAfter(last)) {
            break;
          }
          if (!date.isBefore(first)) {
            ids.add(shipment.id());
          }
        }
        break;
      default:
        throw new AssertionError(indicator);
    }
  }

  @Override
  public String toString() {
    return rule.toString();
  }
}
