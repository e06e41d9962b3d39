package org.clientbase.rules.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.clientbase.core.Checks;
import org.clientbase.core.InvalidValueException;
import org.clientbase.core.client.Client;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.StatusId;
import org.clientbase.core.id.UserId;
import org.clientbase.core.status.StatusAssignment;
import org.clientbase.core.status.StatusReason;
import org.clientbase.core.status.WorkStatus;
import org.clientbase.rules.internal.Pages;
import org.clientbase.spi.StaleWriteException;
import org.clientbase.spi.Versioned;
import org.clientbase.spi.store.ClientStatusHistory;

/**
 * The {@link StatusService}'s work on one client at a time, and its report: recalculate now,
 * set a status by hand, the status on a date, the dynamics report. Arguments are checked by
 * the service.
 */
final class OneClientSteps {
  private static final int WRITE_ATTEMPTS = 3;

  private final StatusSteps steps;
  private final int batchSize;

  OneClientSteps(StatusSteps steps, int batchSize) {
    this.steps = steps;
    this.batchSize = batchSize;
  }

  ClientRecalculation recalculate(ClientId client, boolean apply, LocalDate today) {
    Client card = steps.card(client);
    for (int attempt = 1; ; attempt++) {
      ClientStatusHistory recorded = steps.history.history(client);
      ClientActivity activity = steps.activities(List.of(card)).get(client);
      Optional<CurrentStatus> before = StatusSteps.current(recorded);
      Optional<CurrentStatus> beforeToday;
      List<Outcome> transitions = new ArrayList<>();
      if (recorded.evaluatedThrough().isPresent() && !recorded.evaluatedThrough().get().isBefore(today)) {
        beforeToday = StatusSteps.statusBefore(recorded, today);
      } else {
        ReplayResult untilYesterday = steps.replay(card, activity, recorded, today.minusDays(1));
        transitions.addAll(untilYesterday.transitions());
        beforeToday = untilYesterday.status();
      }
      Explanation explanation = steps.evaluator.explain(activity, beforeToday, today);
      if (explanation.outcome().changed() && !today.isBefore(StatusSteps.start(card, recorded))) {
        transitions.add(explanation.outcome());
      }
      List<StatusAssignment> entries = StatusSteps.assignments(transitions);
      Optional<StatusAssignment> lastChange = entries.isEmpty()
          ? recorded.current() : Optional.of(entries.get(entries.size() - 1));
      if (!apply || entries.isEmpty()) {
        return new ClientRecalculation(
            client, before, transitions, explanation, lastChange, false, List.of());
      }
      try {
        steps.write(client, recorded.version(), entries, today);
      } catch (StaleWriteException stale) {
        if (attempt >= WRITE_ATTEMPTS) {
          throw stale;
        }
        continue;
      }
      List<ListenerFailure> failures = steps.announce(entries, new StatusSteps.FailureSink(steps.maxReportedFailures));
      return new ClientRecalculation(
          client, before, transitions, explanation, lastChange, true, failures);
    }
  }

  StatusAssignment setStatus(
      ClientId client, StatusId status, UserId person, Optional<String> comment, LocalDate today) {
    Objects.requireNonNull(client, "client");
    Objects.requireNonNull(person, "person");
    if (!steps.evaluator.scheme().contains(Objects.requireNonNull(status, "status"))) {
      throw new UnknownStatusException(
          client, status, steps.evaluator.scheme().statuses().stream().map(WorkStatus::id).toList());
    }
    Optional<String> text = comment.map(c -> Checks.requireText("comment", c));
    Client card = steps.card(client);
    for (int attempt = 1; ; attempt++) {
      ClientStatusHistory recorded = steps.history.history(client);
      List<Outcome> catchUp = List.of();
      Optional<CurrentStatus> state = StatusSteps.current(recorded);
      if (recorded.evaluatedThrough().map(d -> d.isBefore(today.minusDays(1))).orElse(true)) {
        ReplayResult replay = steps.replay(card, steps.activities(List.of(card)).get(client), recorded,
            today.minusDays(1));
        catchUp = replay.transitions();
        state = replay.status();
      }
      if (state.isPresent() && state.get().status().equals(status)) {
        throw new InvalidValueException(
            "Client " + client + " status", status, "is already the client's status");
      }
      StatusAssignment manual = StatusAssignment.builder()
          .client(client)
          .previous(state.map(CurrentStatus::status))
          .status(status)
          .since(today)
          .reason(text.map(t -> StatusReason.byPerson(person, t)).orElseGet(() -> StatusReason.byPerson(person)))
          .explanation("set by " + person + text.map(t -> ": " + t).orElse(""))
          .build();
      List<StatusAssignment> entries = new ArrayList<>(StatusSteps.assignments(catchUp));
      entries.add(manual);
      try {
        steps.write(client, recorded.version(), entries, today);
      } catch (StaleWriteException stale) {
        if (attempt >= WRITE_ATTEMPTS) {
          throw stale;
        }
        continue;
      }
      steps.announce(entries, new StatusSteps.FailureSink(steps.maxReportedFailures));
      return manual;
    }
  }

  Optional<StatusId> statusOn(ClientId client, LocalDate date) {
    ClientStatusHistory recorded = steps.history.history(client);
    if (recorded.evaluatedThrough().map(d -> !date.isAfter(d)).orElse(false)) {
      return recorded.statusOn(date);
    }
    Client card = steps.card(client);
    if (date.isBefore(StatusSteps.start(card, recorded))) {
      return recorded.statusOn(date);
    }
    return steps.replay(card, steps.activities(List.of(card)).get(client), recorded, date)
        .status().map(CurrentStatus::status);
  }

  /** The report over the clients that pass {@code visible} (a null card: not stored), or all if it is null. */
  StatusDynamicsReport dynamics(LocalDate end, int periodDays, boolean byManager, Predicate<Client> visible) {
    StatusDynamicsReport.Accumulator report =
        new StatusDynamicsReport.Accumulator(end, periodDays, byManager);
    Optional<ClientId> last = Optional.empty();
    while (true) {
      List<ClientStatusHistory> page = steps.history.page(Pages.after(last, batchSize));
      if (page.isEmpty()) {
        break;
      }
      Map<ClientId, Versioned<Client>> cards = Map.of();
      if (byManager || visible != null) {
        List<ClientId> ids = new ArrayList<>();
        page.forEach(h -> ids.add(h.client()));
        cards = steps.clients.findAll(ids);
      }
      for (ClientStatusHistory one : page) {
        Versioned<Client> card = cards.get(one.client());
        if (visible != null && !visible.test(card == null ? null : card.value())) {
          continue;
        }
        report.addClient(one.entries(),
            card == null ? Optional.empty() : card.value().responsible());
      }
      last = Optional.of(page.get(page.size() - 1).client());
      if (page.size() < batchSize) {
        break;
      }
    }
    return report.build();
  }
}
