package org.clientbase.rules.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.clientbase.rules.status.StatusScheme.ACTIVE;
import static org.clientbase.rules.status.StatusScheme.FOREIGN;
import static org.clientbase.rules.status.StatusScheme.IN_PROGRESS;
import static org.clientbase.rules.status.StatusScheme.LOST;
import static org.clientbase.rules.status.StatusScheme.NEW;
import static org.clientbase.rules.status.StatusScheme.RETURNED;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.clientbase.core.InvalidValueException;
import org.clientbase.core.activity.Interest;
import org.clientbase.core.activity.Payment;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.InterestId;
import org.clientbase.core.id.LeadId;
import org.clientbase.core.id.PaymentId;
import org.clientbase.core.id.StatusId;
import org.clientbase.core.status.TemplateKey;
import org.clientbase.core.status.WorkStatus;
import org.clientbase.rules.status.StatusGenerators.Contract;
import org.clientbase.rules.status.StatusGenerators.ContractId;
import org.junit.jupiter.api.Test;

class EvaluatorTest {
  static final LocalDate D = LocalDate.of(2026, 3, 20);
  final Evaluator evaluator = Evaluator.of(StatusScheme.defaults());

  @Test
  void evaluatingTheSameDateTwiceChangesNothing() {
    ClientActivity activity = Facts.client().open("i-1", D).activity();
    Outcome first = evaluator.evaluate(activity, CurrentStatus.of(NEW, D.minusDays(10)), D);
    Outcome second = evaluator.evaluate(activity, first.current().orElseThrow(), D);

    assertThat(first.newStatus()).contains(IN_PROGRESS);
    assertThat(second.changed()).isFalse();
    assertThat(second.current()).isEqualTo(first.current());
    assertThat(second.explanation()).startsWith("already evaluated on 2026-03-20");
  }

  @Test
  void aStatusSetByAPersonTodayIsTodaysStep() {
    // Active set by hand today with no facts: LOST would hold, but today is already stepped
    Outcome today = evaluator.evaluate(Facts.none().activity(), CurrentStatus.of(ACTIVE, D), D);
    Outcome tomorrow = evaluator.evaluate(
        Facts.none().activity(), CurrentStatus.of(ACTIVE, D), D.plusDays(1));

    assertThat(today.changed()).isFalse();
    assertThat(tomorrow.newStatus()).contains(LOST);
  }

  @Test
  void evaluatingBeforeTheStatusDateIsAnError() {
    assertThatThrownBy(() -> evaluator.evaluate(
            Facts.none().activity(), CurrentStatus.of(NEW, D), D.minusDays(1)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("Client c-1")
        .hasMessageContaining("2026-03-19")
        .hasMessageContaining("status new");
  }

  @Test
  void currentStatusNotInTheSchemeIsAnErrorNamingTheClient() {
    assertThatThrownBy(() -> evaluator.evaluate(
            Facts.none().activity(), CurrentStatus.of(StatusId.of("vip"), D.minusDays(1)), D))
        .isInstanceOf(UnknownStatusException.class)
        .hasMessage("Client c-1: current status vip is not in the status scheme");
  }

  @Test
  void twoFactsWithTheSameIdAreAnError() {
    assertThatThrownBy(() -> Facts.client().payment("p-1", D).payment("p-1", D.minusDays(1))
            .activity())
        .isInstanceOf(InvalidActivityException.class)
        .hasMessage("Client c-1: fact p-1 is given twice: two payment facts share this id")
        .satisfies(e -> assertThat(((InvalidActivityException) e).fact())
            .isEqualTo(PaymentId.of("p-1")));
  }

  @Test
  void factOfAnotherClientIsAnError() {
    Payment foreign = Payment.of(PaymentId.of("p-9"), ClientId.of("c-2"), D, Facts.AMOUNT);

    assertThatThrownBy(() -> ClientActivity.builder(Facts.CLIENT).payment(foreign).build())
        .isInstanceOf(InvalidActivityException.class)
        .hasMessage("Client c-1: fact p-9 is a payment of client c-2");
  }

  @Test
  void interestOfALeadIsAnError() {
    Interest ofLead = Interest.builder()
        .id(InterestId.of("i-7"))
        .lead(LeadId.of("l-1"))
        .openedOn(D)
        .build();

    assertThatThrownBy(() -> ClientActivity.builder(Facts.CLIENT).interest(ofLead).build())
        .isInstanceOf(InvalidActivityException.class)
        .hasMessage("Client c-1: fact i-7 is an interest of lead l-1, not of a client");
  }

  @Test
  void activitiesWithTheSameFactsInAnotherOrderAreEqual() {
    ClientActivity one = Facts.client().payment("p-1", D).payment("p-2", D.minusDays(3)).activity();
    ClientActivity two = Facts.client().payment("p-2", D.minusDays(3)).payment("p-1", D).activity();

    assertThat(one).isEqualTo(two).hasSameHashCodeAs(two);
    assertThat(one.payments()).extracting(Payment::id)
        .containsExactly(PaymentId.of("p-2"), PaymentId.of("p-1"));
  }

  @Test
  void factWindowShowsFactsAsKnownOnItsDate() {
    ClientActivity activity = Facts.client()
        .won("i-1", D.minusDays(40), D.plusDays(2))
        .lost("i-2", D.minusDays(40), D.minusDays(30))
        .won("i-3", D.minusDays(40), D.minusDays(29))
        .payment("p-1", D.minusDays(29))
        .payment("p-2", D.minusDays(30))
        .activity();

    FactWindow window = FactWindow.of(activity, D, 30);

    assertThat(window.firstDay()).isEqualTo(D.minusDays(29));
    assertThat(window.activeInterests()).extracting(Interest::id)
        .containsExactly(InterestId.of("i-1"), InterestId.of("i-3"));
    assertThat(window.activeInterests().get(0).isActive()).isTrue();
    assertThat(window.wonInterests()).extracting(Interest::id).containsExactly(InterestId.of("i-3"));
    assertThat(window.payments()).extracting(Payment::id).containsExactly(PaymentId.of("p-1"));
  }

  @Test
  void explainsWhyANewClientWithPaymentsButNoInterestNeverMoves() {
    ClientActivity activity = Facts.client().payment("p-1", D.minusDays(2)).activity();

    Explanation why = evaluator.explain(activity, Optional.of(CurrentStatus.of(NEW, D.minusDays(60))), D);

    assertThat(why.stuck()).isTrue();
    assertThat(why.checked()).extracting(r -> r.rule().template())
        .containsExactly(TemplateKey.IN_PROGRESS);
    assertThat(why.blocked()).extracting(r -> r.rule().template())
        .containsExactly(TemplateKey.ACTIVE);
    assertThat(why.summary())
        .contains("Client c-1 stays Новый [new] on 2026-03-20")
        .contains("IN_PROGRESS (to В проработке [in-progress]) does not hold: at least one active"
            + " interest in the last 30 days (2026-02-19..2026-03-20) [failed, 0]")
        .contains("ACTIVE would hold (at least one won interest, payment or shipment in the last"
            + " 30 days (2026-02-19..2026-03-20) [held, 1: [p-1]]) but its precondition accepts"
            + " only В проработке [in-progress], Возвращенный [returned], not Новый [new].");
  }

  @Test
  void explainsThatAManualStatusIsKeptUntilAPersonChangesIt() {
    Explanation why = evaluator.explain(
        Facts.client().payment("p-1", D).activity(),
        Optional.of(CurrentStatus.of(FOREIGN, D.minusDays(5))), D);

    assertThat(why.checked()).isEmpty();
    assertThat(why.summary()).contains("No rule accepts Чужой [foreign] as the previous status");
  }

  @Test
  void explainsAMove() {
    Explanation why = evaluator.explain(
        Facts.client().payment("p-1", D).activity(),
        Optional.of(CurrentStatus.of(RETURNED, D.minusDays(5))), D);

    assertThat(why.stuck()).isFalse();
    assertThat(why.summary())
        .startsWith("Client c-1 moves from Возвращенный [returned] to Активный [active] on 2026-03-20: ACTIVE held");
  }

  // --- host rules ---------------------------------------------------------------------------

  static final TemplateKey CONTRACTED = TemplateKey.of("CONTRACTED");
  static final StatusId KEY_ACCOUNT = StatusId.of("key-account");

  static HostRule contracted(int priority) {
    return HostRule.of(CONTRACTED, priority, Set.of(IN_PROGRESS, ACTIVE), window -> {
      List<Contract> contracts = window.hostFacts(Contract.class);
      return RuleResult.allOf(ConditionResult.of(
          "a contract signed", !contracts.isEmpty(), contracts.stream().map(Contract::id).toList()));
    });
  }

  static StatusScheme withKeyAccounts(int priority) {
    return StatusScheme.defaults().toBuilder()
        .addStatus(KEY_ACCOUNT, "Ключевой")
        .hostRule(contracted(priority))
        .bind(CONTRACTED, KEY_ACCOUNT, 90)
        .build();
  }

  @Test
  void hostRuleWithHigherPriorityWinsAndTheOtherIsReported() {
    Evaluator withHost = Evaluator.of(withKeyAccounts(100));
    ClientActivity activity = Facts.client()
        .payment("p-1", D)
        .host(new Contract(new ContractId("k-1"), D.minusDays(60)))
        .activity();

    Outcome outcome = withHost.evaluate(activity, CurrentStatus.of(IN_PROGRESS, D.minusDays(1)), D);

    assertThat(outcome.newStatus()).contains(KEY_ACCOUNT);
    assertThat(outcome.rule()).contains(CONTRACTED);
    assertThat(outcome.alsoHeld()).containsExactly(TemplateKey.ACTIVE);
    assertThat(outcome.reasons()).singleElement()
        .satisfies(r -> assertThat(r.facts()).containsExactly(new ContractId("k-1")));
    assertThat(outcome.explanation()).contains("also held: [ACTIVE]");
  }

  @Test
  void hostRuleWithLowerPriorityLosesToThePredefinedTemplate() {
    Evaluator withHost = Evaluator.of(withKeyAccounts(1));
    ClientActivity activity = Facts.client()
        .payment("p-1", D)
        .host(new Contract(new ContractId("k-1"), D))
        .activity();

    Outcome outcome = withHost.evaluate(activity, CurrentStatus.of(IN_PROGRESS, D.minusDays(1)), D);

    assertThat(outcome.newStatus()).contains(ACTIVE);
    assertThat(outcome.alsoHeld()).containsExactly(CONTRACTED);
  }

  @Test
  void hostFactsOutsideTheWindowDoNotCount() {
    Evaluator withHost = Evaluator.of(withKeyAccounts(100));
    ClientActivity activity = Facts.client()
        .host(new Contract(new ContractId("k-1"), D.minusDays(90)))
        .activity();

    Outcome outcome = withHost.evaluate(activity, CurrentStatus.of(ACTIVE, D.minusDays(1)), D);

    assertThat(outcome.newStatus()).contains(LOST);
  }

  @Test
  void hostStatusIsKeptLikeAManualOneWhenNoRuleNamesIt() {
    Evaluator withHost = Evaluator.of(withKeyAccounts(100));

    Outcome outcome = withHost.evaluate(
        Facts.none().activity(), CurrentStatus.of(KEY_ACCOUNT, D.minusDays(100)), D);

    assertThat(outcome.changed()).isFalse();
    assertThat(withHost.scheme().status(KEY_ACCOUNT).map(WorkStatus::name)).contains("Ключевой");
  }

  // --- replay -------------------------------------------------------------------------------

  @Test
  void replayWalksAClientThroughTheWholeCycle() {
    LocalDate start = LocalDate.of(2026, 1, 1);
    ClientActivity activity = Facts.client()
        .won("i-1", start.plusDays(5), start.plusDays(20))
        .open("i-2", start.plusDays(70))
        .payment("p-1", start.plusDays(80))
        .activity();

    ReplayResult year = evaluator.replay(activity, Optional.empty(), start, start.plusDays(365));

    assertThat(year.transitions()).extracting(o -> o.date().toString() + " " + o.newStatus().orElseThrow())
        .containsExactly(
            "2026-01-01 new",
            "2026-01-06 in-progress",
            "2026-01-21 active",
            "2026-02-20 lost",
            "2026-03-12 returned",
            "2026-03-22 active",
            "2026-04-21 lost",
            "2026-04-22 returned"); // i-2 is still open
    assertThat(year.status()).contains(CurrentStatus.of(RETURNED, LocalDate.of(2026, 4, 22)));
    assertThat(year.statusOn(LocalDate.of(2026, 3, 15))).contains(RETURNED);
    assertThat(year.evaluations()).isLessThan(40);
  }

  @Test
  void replaySkipsTheDayTheStatusWasSet() {
    ClientActivity activity = Facts.none().activity();

    ReplayResult replay = evaluator.replay(
        activity, Optional.of(CurrentStatus.of(ACTIVE, D)), D, D.plusDays(1));

    assertThat(replay.transitions()).singleElement()
        .satisfies(o -> assertThat(o.date()).isEqualTo(D.plusDays(1)));
  }

  @Test
  void replayOfAnEmptyRangeChangesNothing() {
    ReplayResult replay = evaluator.replay(
        Facts.none().activity(), Optional.of(CurrentStatus.of(ACTIVE, D)), D.plusDays(1), D);

    assertThat(replay.transitions()).isEmpty();
    assertThat(replay.status()).contains(CurrentStatus.of(ACTIVE, D));
  }

  @Test
  void replayStartingBeforeTheStatusDateIsAnError() {
    assertThatThrownBy(() -> evaluator.replay(
            Facts.none().activity(), Optional.of(CurrentStatus.of(ACTIVE, D)), D.minusDays(1), D))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("replay start");
  }

  @Test
  void replayTransitionsCarryTheirReasons() {
    LocalDate start = LocalDate.of(2026, 1, 1);
    ClientActivity activity = Facts.client().open("i-1", start.plusDays(3)).activity();

    ReplayResult replay = evaluator.replay(
        activity, Optional.of(CurrentStatus.of(NEW, start)), start, start.plusDays(30));

    Outcome move = replay.transitions().get(0);
    assertThat(move.previous()).contains(CurrentStatus.of(NEW, start));
    assertThat(move.reasons().get(0).facts()).containsExactly(InterestId.of("i-1"));
  }
}
