package org.clientbase.rules.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.clientbase.core.activity.Interest;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.EntityId;
import org.clientbase.core.id.StatusId;
import org.clientbase.core.status.TemplateKey;
import org.clientbase.rules.status.StatusGenerators.Contract;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Properties of the engine over random histories of more than a year. */
class StatusPropertiesTest {
  static final ClientId CLIENT = ClientId.of("c-1");
  static final int SPAN = 400;
  static final LocalDate FROM = StatusGenerators.BASE;
  static final LocalDate TO = FROM.plusDays(SPAN);

  final StatusScheme defaults = StatusScheme.defaults();
  final Gen<ClientActivity> activities = StatusGenerators.activities(CLIENT, SPAN);
  final Gen<LocalDate> dates = integers().between(0, SPAN).map(FROM::plusDays);

  /**
   * The conditions of the predefined templates, read on the same facts whatever the client's
   * status, never contradict each other: ACTIVE (a won interest, a payment or a shipment) and
   * LOST (none of them) never both hold and one of them always does; IN_PROGRESS and RETURNED
   * (an active interest and none of them) hold together, never with ACTIVE, and only where LOST
   * holds too. And from every start status at most one rule whose precondition accepts it holds.
   */
  @Test
  void predefinedTemplatesNeverBothHold() {
    List<Optional<CurrentStatus>> starts = new ArrayList<>();
    starts.add(Optional.empty());
    defaults.statuses().forEach(s -> starts.add(Optional.of(CurrentStatus.of(s.id(), FROM.minusDays(1)))));
    qt().forAll(activities, dates).checkAssert((activity, date) -> {
      Evaluator evaluator = Evaluator.of(defaults);
      Map<TemplateKey, Boolean> held = new HashMap<>();
      for (RuleDiagnosis rule : evaluator.explain(activity, Optional.empty(), date).rules()) {
        held.put(rule.rule().template(), rule.result().held());
      }
      boolean active = held.get(TemplateKey.ACTIVE);
      boolean lost = held.get(TemplateKey.LOST);
      boolean inProgress = held.get(TemplateKey.IN_PROGRESS);
      boolean returned = held.get(TemplateKey.RETURNED);
      assertThat(active && lost).as("ACTIVE and LOST both hold on %s", date).isFalse();
      assertThat(active || lost).as("neither ACTIVE nor LOST holds on %s", date).isTrue();
      assertThat(active && (inProgress || returned)).as("ACTIVE holds with IN_PROGRESS or RETURNED on %s", date)
          .isFalse();
      assertThat(inProgress).as("IN_PROGRESS and RETURNED read the same facts on %s", date).isEqualTo(returned);
      assertThat(!inProgress || lost).as("IN_PROGRESS holds without LOST on %s", date).isTrue();
      for (Optional<CurrentStatus> start : starts) {
        Explanation why = evaluator.explain(activity, start, date);
        long holding = why.rules().stream()
            .filter(r -> !r.rule().forNewClient())
            .filter(r -> r.preconditionMet() && r.result().held())
            .count();
        assertThat(holding).as("rules holding from %s on %s", start, date).isLessThanOrEqualTo(1);
        assertThat(why.outcome().alsoHeld()).isEmpty();
      }
    });
  }

  /**
   * An explanation is written straight from the facts; it says exactly what the step's reasons
   * say: the same text as one written from {@link Outcome#reasons()}, on varied schemes, from
   * every start status, on any date (dates with 4-digit years and others).
   */
  @Test
  void explanationsSayWhatTheReasonsSay() {
    Gen<LocalDate> anyDates = integers().between(0, SPAN).map(d -> d % 7 == 0
        ? LocalDate.of(999, 12, 31).plusDays(d)
        : d % 11 == 0 ? LocalDate.of(9999, 12, 1).plusDays(d) : FROM.plusDays(d));
    qt().forAll(StatusGenerators.schemes(), activities, anyDates, integers().between(-1, 7))
        .checkAssert((scheme, activity, date, start) -> {
          Evaluator evaluator = Evaluator.of(scheme);
          Optional<CurrentStatus> current = start < 0 ? Optional.empty()
              : Optional.of(CurrentStatus.of(scheme.statuses().get(start % scheme.statuses().size()).id(),
                  date.minusDays(1)));
          Outcome direct = evaluator.evaluate(activity, current, date);
          Outcome fromReasons = evaluator.evaluate(activity, current, date);
          List<String> parts = new ArrayList<>();
          fromReasons.reasons().forEach(reason -> parts.add(reason.toString()));
          String expected = fromReasons.rule().isEmpty() ? fromReasons.explanation()
              : fromReasons.rule().get() + " held on " + date
                  + (fromReasons.changed() ? "" : ", and the client already has status "
                      + fromReasons.status().orElseThrow())
                  + (parts.isEmpty() ? "" : ": " + String.join("; ", parts))
                  + (fromReasons.alsoHeld().isEmpty() ? "" : "; also held: " + fromReasons.alsoHeld());
          assertThat(direct.explanation()).isEqualTo(expected).isEqualTo(fromReasons.explanation());
          if (fromReasons.rule().isPresent() && fromReasons.rule().get() != TemplateKey.NEW_CLIENT) {
            int period = scheme.rules().stream()
                .filter(r -> r.template() == fromReasons.rule().get()).findFirst().orElseThrow().periodDays();
            FactWindow window = FactWindow.of(activity, date, period);
            for (ConditionResult reason : fromReasons.reasons()) {
              String kinds = reason.condition().substring(0, reason.condition().indexOf(" in the last"));
              List<EntityId> expectedFacts = new ArrayList<>();
              if (kinds.contains("active interest")) {
                window.activeInterests().forEach(i -> expectedFacts.add(i.id()));
              }
              if (kinds.contains("won interest")) {
                window.wonInterests().forEach(i -> expectedFacts.add(i.id()));
              }
              if (kinds.contains("payment")) {
                window.payments().forEach(p -> expectedFacts.add(p.id()));
              }
              if (kinds.contains("shipment")) {
                window.shipments().forEach(sh -> expectedFacts.add(sh.id()));
              }
              assertThat(reason.facts()).as(reason.condition()).isEqualTo(expectedFacts);
            }
          }
        });
  }

  @Test
  void evaluatingTheSameDateTwiceChangesNothing() {
    qt().forAll(StatusGenerators.schemes(), activities, dates)
        .checkAssert((scheme, activity, date) -> {
          Evaluator evaluator = Evaluator.of(scheme);
          for (Optional<CurrentStatus> start : everyStart(scheme, date.minusDays(1))) {
            Outcome once = evaluator.evaluate(activity, start, date);
            Outcome twice = evaluator.evaluate(activity, once.current(), date);
            assertThat(twice.changed()).isFalse();
            assertThat(twice.current()).isEqualTo(once.current());
          }
        });
  }

  @Test
  void replayEqualsTheDayByDayReferenceModelOnTheDefaultScheme() {
    qt().forAll(activities, StatusGenerators.startStatuses(defaults))
        .checkAssert((activity, start) -> assertReplayMatchesReference(defaults, activity, start));
  }

  @Test
  void replayEqualsTheDayByDayReferenceModelOnVariedSchemes() {
    qt().withExamples(500)
        .forAll(StatusGenerators.schemes(), activities, integers().between(0, 8))
        .checkAssert((scheme, activity, startIndex) -> {
          Optional<CurrentStatus> start = startIndex == 8
              ? Optional.empty()
              : Optional.of(CurrentStatus.of(scheme.statuses().get(startIndex).id(), FROM.minusDays(1)));
          assertReplayMatchesReference(scheme, activity, start);
        });
  }

  @Test
  void replayEqualsSteppingEveryDayWithTheEvaluatorAlsoWithHostRules() {
    StatusScheme scheme = withHostRules();
    Gen<ClientActivity> withContracts = activities.zip(
        integers().between(0, 5), integers().between(-60, SPAN),
        (activity, count, firstDay) -> {
          ClientActivity.Builder builder = ClientActivity.builder(CLIENT)
              .interests(activity.interests())
              .payments(activity.payments())
              .shipments(activity.shipments());
          for (int i = 0; i < count; i++) {
            builder.hostFact(new Contract(
                new StatusGenerators.ContractId("k-" + i), FROM.plusDays(firstDay + 37L * i)));
          }
          return builder.build();
        });
    qt().withExamples(300)
        .forAll(withContracts, integers().between(0, 9))
        .checkAssert((activity, startIndex) -> {
          Optional<CurrentStatus> start = startIndex == 9
              ? Optional.empty()
              : Optional.of(CurrentStatus.of(scheme.statuses().get(startIndex).id(), FROM.minusDays(1)));
          assertReplayMatchesReference(scheme, activity, start);
          assertReplayMatchesDailyEvaluator(scheme, activity, start);
        });
  }

  @Test
  void predefinedTemplatesNeverMoveAManuallySetClient() {
    Gen<StatusId> manual = integers().between(0, 2).map(i -> List.of(
        StatusScheme.FOREIGN, StatusScheme.NON_TARGET, StatusScheme.LIQUIDATED).get(i));
    qt().forAll(activities, manual, dates)
        .checkAssert((activity, status, date) -> {
          Evaluator evaluator = Evaluator.of(defaults);
          Optional<CurrentStatus> start = Optional.of(CurrentStatus.of(status, FROM.minusDays(1)));
          assertThat(evaluator.replay(activity, start, FROM, TO).transitions()).isEmpty();
          assertThat(evaluator.evaluate(activity, start, date).changed()).isFalse();
        });
  }

  @Test
  void replaySkipsQuietDays() {
    qt().withExamples(200).forAll(activities).checkAssert(activity -> {
      ReplayResult replay = Evaluator.of(defaults).replay(activity, Optional.empty(), FROM, TO);
      // a fact can only change something where it enters or leaves a window, plus one day
      // after each move; far fewer than the 401 days of the range
      int facts = activity.interests().size() * 3 + activity.payments().size() * 2
          + activity.shipments().size() * 2;
      assertThat(replay.evaluations())
          .isLessThanOrEqualTo(4 * facts + 2 * replay.transitions().size() + 2);
    });
  }

  /**
   * The due day a batch keeps after a replay is never after the day the status next changes
   * when no fact changes, and is that very day whenever replay reaches it within the bound of
   * {@link org.clientbase.rules.status.internal.NextMove}: on the default scheme, on varied
   * schemes and with host rules (one of them checked every day).
   */
  @Test
  void theDueDayIsTheDayTheStatusNextChanges() {
    StatusScheme withHosts = withHostRules();
    qt().withExamples(400)
        .forAll(StatusGenerators.schemes(), activities, integers().between(0, SPAN), integers().between(0, 2))
        .checkAssert((varied, activity, cut, which) -> {
          StatusScheme scheme = which == 0 ? defaults : which == 1 ? varied : withHosts;
          Evaluator evaluator = Evaluator.of(scheme);
          LocalDate end = FROM.plusDays(cut);
          ReplayResult replay = evaluator.replay(activity, Optional.empty(), FROM, end);
          LocalDate due = replay.nextDue();
          assertThat(due).as("due day").isAfter(end);
          LocalDate moves = null;
          LocalDate horizon = TO.plusDays(400);
          for (LocalDate day = end.plusDays(1); moves == null && !day.isAfter(horizon); day = day.plusDays(1)) {
            if (evaluator.evaluate(activity, replay.status(), day).changed()) {
              moves = day;
            }
          }
          if (moves == null) {
            return; // no move in sight: any day after the replay is safe
          }
          assertThat(due).as("due day against the next move").isBeforeOrEqualTo(moves);
          int evaluations = replay.status().isPresent()
              ? evaluator.replay(activity, replay.status().get(), end.plusDays(1), moves).evaluations()
              : evaluator.replay(activity, end.plusDays(1), moves).evaluations();
          if (evaluations <= org.clientbase.rules.status.internal.NextMove.MAX_EVALUATIONS) {
            assertThat(due).as("due day when the move is %d evaluations away", evaluations).isEqualTo(moves);
          }
        });
  }

  // ------------------------------------------------------------------------------------------

  static void assertReplayMatchesReference(
      StatusScheme scheme, ClientActivity activity, Optional<CurrentStatus> start) {
    ReplayResult replay = Evaluator.of(scheme).replay(activity, start, FROM, TO);
    ReferenceModel.Run reference = ReferenceModel.daily(scheme, activity, start, FROM, TO);
    assertThat(changes(replay)).isEqualTo(reference.changes());
    assertThat(replay.status().map(CurrentStatus::status)).isEqualTo(reference.status());
  }

  static void assertReplayMatchesDailyEvaluator(
      StatusScheme scheme, ClientActivity activity, Optional<CurrentStatus> start) {
    Evaluator evaluator = Evaluator.of(scheme);
    Optional<CurrentStatus> current = start;
    List<ReferenceModel.Change> daily = new ArrayList<>();
    for (LocalDate day = FROM; !day.isAfter(TO); day = day.plusDays(1)) {
      Outcome outcome = evaluator.evaluate(activity, current, day);
      if (outcome.changed()) {
        daily.add(new ReferenceModel.Change(day, current.map(CurrentStatus::status),
            outcome.newStatus().orElseThrow()));
      }
      current = outcome.current();
    }
    assertThat(changes(evaluator.replay(activity, start, FROM, TO))).isEqualTo(daily);
  }

  static List<ReferenceModel.Change> changes(ReplayResult replay) {
    List<ReferenceModel.Change> changes = new ArrayList<>();
    for (Outcome outcome : replay.transitions()) {
      changes.add(new ReferenceModel.Change(outcome.date(),
          outcome.previous().map(CurrentStatus::status), outcome.newStatus().orElseThrow()));
    }
    return changes;
  }

  static List<Optional<CurrentStatus>> everyStart(StatusScheme scheme, LocalDate since) {
    List<Optional<CurrentStatus>> starts = new ArrayList<>();
    starts.add(Optional.empty());
    scheme.statuses().forEach(s -> starts.add(Optional.of(CurrentStatus.of(s.id(), since))));
    return starts;
  }

  /**
   * The default scheme plus two host rules: KEY_ACCOUNT (a contract in the last 60 days, from
   * Active or Lost), which reads only the window, and STALLED (from In progress: an interest
   * open for more than 21 days), which depends on the date itself.
   */
  static StatusScheme withHostRules() {
    StatusId keyAccount = StatusId.of("key-account");
    StatusId stalled = StatusId.of("stalled");
    HostRule contract = HostRule.of(TemplateKey.of("KEY_ACCOUNT"), 100,
        Set.of(StatusScheme.ACTIVE, StatusScheme.LOST), window -> {
          List<Contract> contracts = window.hostFacts(Contract.class);
          return RuleResult.allOf(ConditionResult.of("a contract", !contracts.isEmpty(),
              contracts.stream().map(Contract::id).toList()));
        });
    HostRule stale = new HostRule() {
      @Override
      public TemplateKey key() {
        return TemplateKey.of("STALLED");
      }

      @Override
      public int priority() {
        return 5;
      }

      @Override
      public Set<StatusId> precondition() {
        return Set.of(StatusScheme.IN_PROGRESS);
      }

      @Override
      public RuleResult evaluate(FactWindow window) {
        List<Interest> old = window.activeInterests().stream()
            .filter(Interest::isActive)
            .filter(i -> i.openedOn().isBefore(window.date().minusDays(21)))
            .toList();
        return RuleResult.allOf(ConditionResult.of("an interest open for over 21 days",
            !old.isEmpty(), old.stream().map(Interest::id).toList()));
      }

      @Override
      public boolean dependsOnDate() {
        return true;
      }
    };
    return StatusScheme.defaults().toBuilder()
        .addStatus(keyAccount, "Ключевой")
        .addStatus(stalled, "Застрял")
        .hostRule(contract)
        .hostRule(stale)
        .bind(contract.key(), keyAccount, 60)
        .bind(stale.key(), stalled, 30)
        .widenPrecondition(TemplateKey.LOST, keyAccount)
        .widenPrecondition(TemplateKey.IN_PROGRESS, stalled)
        .build();
  }
}
