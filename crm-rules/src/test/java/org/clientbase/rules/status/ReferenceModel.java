package org.clientbase.rules.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.clientbase.core.activity.Interest;
import org.clientbase.core.id.StatusId;

/**
 * A small, obviously correct model of SPEC section 3, written from the text and independent of
 * the engine: it looks at every day of every window and steps every single day.
 */
final class ReferenceModel {
  private ReferenceModel() {}

  /** One recorded change of the model. */
  record Change(LocalDate date, Optional<StatusId> from, StatusId to) {}

  /** The model's run: its changes and its final status. */
  record Run(List<Change> changes, Optional<StatusId> status) {}

  static Run daily(
      StatusScheme scheme,
      ClientActivity activity,
      Optional<CurrentStatus> start,
      LocalDate from,
      LocalDate to) {
    Optional<StatusId> status = start.map(CurrentStatus::status);
    LocalDate since = start.map(CurrentStatus::since).orElse(LocalDate.MIN);
    List<Change> changes = new ArrayList<>();
    for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
      if (!day.isAfter(since)) {
        continue; // the day the status was set is already stepped
      }
      Optional<StatusId> next = step(scheme, activity, status, day);
      if (!next.equals(status)) {
        changes.add(new Change(day, status, next.orElseThrow()));
        status = next;
        since = day;
      }
    }
    return new Run(changes, status);
  }

  static Optional<StatusId> step(
      StatusScheme scheme, ClientActivity activity, Optional<StatusId> status, LocalDate day) {
    List<StatusRule> rules = new ArrayList<>(scheme.rules());
    rules.sort(Comparator.comparing((StatusRule r) -> !r.forNewClient())
        .thenComparing(Comparator.comparingInt(StatusRule::priority).reversed()));
    for (StatusRule rule : rules) {
      if (status.map(rule::accepts).orElseGet(rule::acceptsNoStatus) && holds(rule, activity, day)) {
        return Optional.of(rule.status());
      }
    }
    return status;
  }

  static boolean holds(StatusRule rule, ClientActivity activity, LocalDate day) {
    if (rule.forNewClient()) {
      return true;
    }
    if (rule.hostRule().isPresent()) {
      return rule.hostRule().get().evaluate(FactWindow.of(activity, day, rule.periodDays())).held();
    }
    List<LocalDate> window = new ArrayList<>();
    for (int back = 0; back < rule.periodDays(); back++) {
      window.add(day.minusDays(back));
    }
    boolean active = false;
    boolean won = false;
    for (Interest interest : activity.interests()) {
      for (LocalDate d : window) {
        active |= interest.isOpenOn(d);
        won |= interest.closedOn().isPresent() && interest.isWonOn(d);
      }
    }
    boolean paid = activity.payments().stream().anyMatch(p -> window.contains(p.date()));
    boolean shipped = activity.shipments().stream().anyMatch(s -> window.contains(s.date()));
    switch (rule.template().name()) {
      case "IN_PROGRESS":
      case "RETURNED":
        return active && !won && !paid && !shipped;
      case "ACTIVE":
        return won || paid || shipped;
      case "LOST":
        return !won && !paid && !shipped;
      default:
        throw new AssertionError(rule.template());
    }
  }
}
