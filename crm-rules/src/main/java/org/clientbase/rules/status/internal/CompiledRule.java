package org.clientbase.rules.status.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
  private final int target;
  private final Kind kind;
  private final int anyOf;
  private final int noneOf;
  private final Probe[] any;
  private final Probe[] none;
  private final Probe[] read;
  private final int period;
  private final HostRule host;

  CompiledRule(StatusRule rule, int target) {
    this.rule = rule;
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
  }

  /** Explanations list the conditions in the seed's order: interests, payments, shipments. */
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
    switch (kind) {
      case PREDEFINED:
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
      case HOST:
        return host.evaluate(FactWindow.of(activity, LocalDate.ofEpochDay(day), period)).held();
      default:
        return true;
    }
  }

  /** What {@link #quietUntil} returns for a rule that holds. */
  static final long HOLDS = Long.MIN_VALUE;

  /**
   * Checks the rule on a day of a replay. Returns {@link #HOLDS} if it holds; otherwise the
   * first day after {@code day} on which it could hold: it does not hold on any day before.
   *
   * <p>For a predefined rule that fails because a "none of" indicator is on, that is no sooner
   * than the day the last of them turns off; if it fails because no "at least one of"
   * indicator is on, no sooner than the day the first of them turns on. Each bound keeps the
   * rule false on every day before it, so replay may skip those days.
   */
  long quietUntil(ActivityCursor cursor, ClientActivity activity, long day) {
    switch (kind) {
      case PREDEFINED:
        long next = day + 1;
        boolean blocked = false;
        for (Probe probe : none) {
          long change = cursor.nextChange(probe, day, period);
          if (cursor.holds()) {
            blocked = true;
            next = Math.max(next, change);
          }
        }
        if (any.length > 0) {
          long firstOn = Window.NEVER;
          for (Probe probe : any) {
            long change = cursor.nextChange(probe, day, period);
            if (cursor.holds()) {
              firstOn = HOLDS;
              break;
            }
            firstOn = Math.min(firstOn, change);
          }
          if (firstOn != HOLDS) {
            return Math.max(next, firstOn);
          }
        }
        return blocked ? next : HOLDS;
      case HOST:
        if (holds(activity, cursor.data(), day)) {
          return HOLDS;
        }
        return nextChange(cursor, day);
      default:
        return HOLDS;
    }
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
        FactWindow window = FactWindow.of(activity, date, period);
        List<ConditionResult> conditions = new ArrayList<>();
        boolean held = true;
        if (anyOf != 0) {
          List<EntityId> found = new ArrayList<>();
          for (Indicator indicator : inSeedOrder(anyOf)) {
            found.addAll(facts(window, indicator));
          }
          conditions.add(ConditionResult.of(PredefinedTemplates.anyOfText(anyOf) + " in "
              + describeWindow(window), !found.isEmpty(), found));
          held = !found.isEmpty();
        }
        for (Indicator indicator : inSeedOrder(noneOf)) {
          List<EntityId> found = facts(window, indicator);
          conditions.add(ConditionResult.of("no " + indicator.noun() + " in "
              + describeWindow(window), found.isEmpty(), found));
          held &= found.isEmpty();
        }
        return new RuleResult(held, conditions);
      case HOST:
        return host.evaluate(FactWindow.of(activity, date, period));
      default:
        return new RuleResult(true, List.of());
    }
  }

  private static String describeWindow(FactWindow window) {
    return "the last " + window.periodDays() + (window.periodDays() == 1 ? " day" : " days")
        + " (" + window.firstDay() + ".." + window.date() + ")";
  }

  private static List<EntityId> facts(FactWindow window, Indicator indicator) {
    List<EntityId> ids = new ArrayList<>();
    switch (indicator) {
      case ACTIVE_INTEREST:
        window.activeInterests().stream().map(Interest::id).forEach(ids::add);
        break;
      case WON_INTEREST:
        window.wonInterests().stream().map(Interest::id).forEach(ids::add);
        break;
      case PAYMENT:
        window.payments().stream().map(Payment::id).forEach(ids::add);
        break;
      case SHIPMENT:
        window.shipments().stream().map(Shipment::id).forEach(ids::add);
        break;
      default:
        throw new AssertionError(indicator);
    }
    return ids;
  }

  @Override
  public String toString() {
    return rule.toString();
  }
}
