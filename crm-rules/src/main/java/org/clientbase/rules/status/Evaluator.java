package org.clientbase.rules.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.clientbase.core.InvalidValueException;
import org.clientbase.core.status.TemplateKey;
import org.clientbase.rules.status.internal.ActivityBuilder;
import org.clientbase.rules.status.internal.CompiledRule;
import org.clientbase.rules.status.internal.Engine;
import org.clientbase.rules.status.internal.NextMove;

/**
 * Evaluates work statuses under a {@link StatusScheme}: a pure function of a client's facts,
 * its current status and an evaluation date. It keeps no state and reads no clock, so one
 * instance serves every thread.
 *
 * <p>One step per date: the rules whose precondition accepts the client's status are checked
 * in priority order and the first that holds moves the client to its status. A client without
 * a status gets the status for a new client. A status set on a date counts as that date's
 * step, so evaluating the same date again changes nothing.
 *
 * <pre>{@code
 * Evaluator evaluator = Evaluator.of(StatusScheme.defaults());
 * Outcome today = evaluator.evaluate(activity, current, LocalDate.of(2026, 3, 20));
 * ReplayResult year = evaluator.replay(activity, current,
 *     LocalDate.of(2025, 3, 21), LocalDate.of(2026, 3, 20));
 * Explanation why = evaluator.explain(activity, current, LocalDate.of(2026, 3, 20));
 * Outcome first = evaluator.evaluate(activity, LocalDate.of(2026, 3, 20)); // a client without a status
 * }</pre>
 */
public final class Evaluator {
  private final StatusScheme scheme;
  private final Engine engine;
  private Evaluator(StatusScheme scheme) {
    this.scheme = scheme;
    this.engine = new Engine(scheme);
  }

  /**
   * Returns an evaluator of a scheme.
   *
   * @param scheme the scheme
   * @return the evaluator
   */
  public static Evaluator of(StatusScheme scheme) {
    return new Evaluator(Objects.requireNonNull(scheme, "scheme"));
  }

  /**
   * Returns the scheme.
   *
   * @return the scheme
   */
  public StatusScheme scheme() {
    return scheme;
  }

  /**
   * Evaluates one step for a client that has a status.
   *
   * @param activity the client's facts; facts dated after the date are ignored
   * @param current the client's status and since when
   * @param date the evaluation date
   * @return the outcome
   * @throws UnknownStatusException if the scheme does not have the current status
   * @throws InvalidValueException if the date is before the current status's date
   */
  public Outcome evaluate(ClientActivity activity, CurrentStatus current, LocalDate date) {
    return step(activity, Objects.requireNonNull(current, "current"), date);
  }

  /**
   * Evaluates one step for a client without a status yet.
   *
   * @param activity the client's facts; facts dated after the date are ignored
   * @param date the evaluation date
   * @return the outcome
   */
  public Outcome evaluate(ClientActivity activity, LocalDate date) {
    return step(activity, null, date);
  }

  /** One step from a status or from none; for the service's own steps. */
  Outcome evaluate(ClientActivity activity, Optional<CurrentStatus> current, LocalDate date) {
    return step(activity, current.orElse(null), date);
  }

  private Outcome step(ClientActivity activity, CurrentStatus previous, LocalDate date) {
    Objects.requireNonNull(date, "date");
    int status = statusIndex(activity, previous);
    long day = epochDay(date);
    if (previous != null && day <= previous.sinceDay()) {
      checkNotBefore(activity, previous, date, "evaluation date");
      return new Outcome(this, activity, date, previous, null, engine.present(status), true);
    }
    CompiledRule winner = engine.winner(activity, activity.index(), activity.latestBuying(),
        activity.latestOpening(), activity.latestClosing(), status, day);
    if (winner == null) {
      return new Outcome(this, activity, date, previous, null, engine.present(status), false);
    }
    return new Outcome(this, activity, date, previous, winner, engine.present(winner.target()), false);
  }

  /**
   * Gives the status after one evaluation step on every day from {@code from} to {@code to},
   * exactly as if a daily job had run on each of those days, without evaluating the days on
   * which nothing can change.
   *
   * @param activity the client's facts
   * @param current the status before {@code from}
   * @param from the first day to step; a day not after the current status's date is already
   *     stepped and is skipped
   * @param to the last day to step; when before {@code from} nothing is stepped
   * @return every transition with its outcome, and the final status
   * @throws UnknownStatusException if the scheme does not have the current status
   * @throws InvalidValueException if {@code from} is before the current status's date
   */
  public ReplayResult replay(ClientActivity activity, CurrentStatus current, LocalDate from, LocalDate to) {
    return replay(activity, Optional.of(Objects.requireNonNull(current, "current")), from, to);
  }

  /**
   * Gives the status after one evaluation step on every day from {@code from} to {@code to}
   * for a client without a status before {@code from}; otherwise as
   * {@link #replay(ClientActivity, CurrentStatus, LocalDate, LocalDate)}.
   *
   * @param activity the client's facts
   * @param from the first day to step
   * @param to the last day to step; when before {@code from} nothing is stepped
   * @return every transition with its outcome, and the final status
   */
  public ReplayResult replay(ClientActivity activity, LocalDate from, LocalDate to) {
    return replay(activity, Optional.empty(), from, to);
  }

  /** Replays from a status or from none; for the service's own steps. */
  ReplayResult replay(
      ClientActivity activity, Optional<CurrentStatus> current, LocalDate from, LocalDate to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    int status = statusIndex(activity, current);
    LocalDate first = from;
    if (current.isPresent()) {
      checkNotBefore(activity, current.get(), from, "replay start");
      if (!first.isAfter(current.get().since())) {
        first = current.get().since().plusDays(1);
      }
    }
    Engine.Run run = engine.replay(
        activity, activity.index(), status, epochDay(first), epochDay(to));
    return new ReplayResult(this, activity, from, to, current, run);
  }

  /** The due day after a replay (see {@link NextMove}), as an epoch day. */
  long nextMove(ClientActivity activity, int status, long firstDay) {
    return NextMove.day(engine, activity, activity.index(), status, firstDay);
  }

  /** Makes the outcomes of replay's steps; called only when a caller asks for them. */
  List<Outcome> outcomes(ClientActivity activity, Optional<CurrentStatus> start, Engine.Run run) {
    List<Outcome> transitions = new ArrayList<>(run.size());
    CurrentStatus state = start.orElse(null);
    for (int i = 0; i < run.size(); i++) {
      LocalDate day = LocalDate.ofEpochDay(run.day(i));
      CompiledRule rule = run.rule(i);
      Outcome outcome = new Outcome(this, activity, day, state, rule, engine.present(rule.target()), false);
      transitions.add(outcome);
      state = outcome.current().orElseThrow();
    }
    return transitions;
  }

  /**
   * Explains a client's status on a date: what one step does, and for every rule of the scheme
   * whether its precondition accepts the client's status and whether its conditions hold. For
   * a client that does not move it says why: no rule checked for its status holds, or a rule
   * that would hold is blocked by its precondition (under the default scheme a New client with
   * payments but no interest: ACTIVE holds but accepts only In progress and Returned).
   *
   * @param activity the client's facts
   * @param current the client's status
   * @param date the evaluation date
   * @return the explanation
   * @throws UnknownStatusException if the scheme does not have the current status
   * @throws InvalidValueException if the date is before the current status's date
   */
  public Explanation explain(ClientActivity activity, CurrentStatus current, LocalDate date) {
    return explain(activity, Optional.of(Objects.requireNonNull(current, "current")), date);
  }

  /**
   * Explains the first step of a client without a status yet; otherwise as
   * {@link #explain(ClientActivity, CurrentStatus, LocalDate)}.
   *
   * @param activity the client's facts
   * @param date the evaluation date
   * @return the explanation
   */
  public Explanation explain(ClientActivity activity, LocalDate date) {
    return explain(activity, Optional.empty(), date);
  }

  /** Explains a step from a status or from none; for the service's own steps. */
  Explanation explain(ClientActivity activity, Optional<CurrentStatus> current, LocalDate date) {
    Outcome outcome = evaluate(activity, current, date);
    Optional<org.clientbase.core.id.StatusId> status = current.map(CurrentStatus::status);
    List<RuleDiagnosis> diagnoses = new ArrayList<>();
    for (CompiledRule rule : engine.allRules()) {
      RuleResult result = rule.rule().forNewClient()
          ? new RuleResult(current.isEmpty(), List.of(ConditionResult.of(
              "no earlier status", current.isEmpty(), List.of())))
          : rule.explain(activity, date);
      diagnoses.add(new RuleDiagnosis(rule.rule(), status.map(rule.rule()::accepts).orElseGet(rule.rule()::acceptsNoStatus), result));
    }
    return new Explanation(scheme, outcome, diagnoses);
  }

  private static long epochDay(LocalDate date) {
    return ActivityBuilder.epochDay(date);
  }

  List<TemplateKey> othersHolding(
      ClientActivity activity, CurrentStatus previous, CompiledRule winner, LocalDate date) {
    List<TemplateKey> others = new ArrayList<>();
    int status = previous == null ? Engine.NO_STATUS : engine.indexOf(previous.status());
    for (CompiledRule rule : engine.candidates(status)) {
      if (rule != winner && rule.holds(activity, activity.index(), date.toEpochDay())) {
        others.add(rule.rule().template());
      }
    }
    return others;
  }

  private int statusIndex(ClientActivity activity, Optional<CurrentStatus> current) {
    return statusIndex(activity, current.orElse(null));
  }

  private int statusIndex(ClientActivity activity, CurrentStatus current) {
    Objects.requireNonNull(activity, "activity");
    if (current == null) {
      return Engine.NO_STATUS;
    }
    int index = engine.indexOf(current.status());
    if (index < 0) {
      throw new UnknownStatusException(activity.client(), current.status());
    }
    return index;
  }

  private static void checkNotBefore(
      ClientActivity activity, CurrentStatus current, LocalDate date, String what) {
    if (date.isBefore(current.since())) {
      throw new InvalidValueException("Client " + activity.client() + " " + what, date,
          "is before the date " + current.since() + " from which the client has status "
              + current.status());
    }
  }
}
