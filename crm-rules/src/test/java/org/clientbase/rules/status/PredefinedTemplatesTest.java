package org.clientbase.rules.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clientbase.rules.status.StatusScheme.ACTIVE;
import static org.clientbase.rules.status.StatusScheme.FOREIGN;
import static org.clientbase.rules.status.StatusScheme.IN_PROGRESS;
import static org.clientbase.rules.status.StatusScheme.LIQUIDATED;
import static org.clientbase.rules.status.StatusScheme.LOST;
import static org.clientbase.rules.status.StatusScheme.NEW;
import static org.clientbase.rules.status.StatusScheme.NON_TARGET;
import static org.clientbase.rules.status.StatusScheme.RETURNED;

import java.time.LocalDate;
import java.util.Optional;
import org.clientbase.core.id.InterestId;
import org.clientbase.core.id.PaymentId;
import org.clientbase.core.id.ShipmentId;
import org.clientbase.core.id.StatusId;
import org.clientbase.core.status.TemplateKey;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * One test per row of the SPEC section 3 table and per window edge. The evaluation date is
 * D = 2026-03-20 with the seed's 30 days, so the window is 2026-02-19 .. 2026-03-20:
 * D - P = 2026-02-18 is outside, D - P + 1 = 2026-02-19 inside.
 */
class PredefinedTemplatesTest {
  static final LocalDate D = LocalDate.of(2026, 3, 20);
  static final LocalDate OUTSIDE = LocalDate.of(2026, 2, 18);
  static final LocalDate FIRST_DAY = LocalDate.of(2026, 2, 19);
  static final LocalDate LONG_AGO = LocalDate.of(2025, 6, 1);

  final Evaluator evaluator = Evaluator.of(StatusScheme.defaults());

  Outcome step(Facts facts, StatusId from) {
    return evaluator.evaluate(facts.activity(), CurrentStatus.of(from, LONG_AGO), D);
  }

  @Nested
  class NewClient {
    @Test
    void clientWithoutStatusGetsTheStatusForANewClient() {
      Outcome outcome = evaluator.evaluate(Facts.none().activity(), Optional.empty(), D);

      assertThat(outcome.newStatus()).contains(NEW);
      assertThat(outcome.rule()).contains(TemplateKey.NEW_CLIENT);
      assertThat(outcome.current()).contains(CurrentStatus.of(NEW, D));
    }

    @Test
    void clientWithFactsButNoStatusAlsoStartsNew() {
      Outcome outcome = evaluator.evaluate(
          Facts.client().payment("p-1", D).open("i-1", D).activity(), Optional.empty(), D);

      assertThat(outcome.newStatus()).contains(NEW);
    }

    @Test
    void allManualSchemeGivesANewClientNoStatus() {
      Outcome outcome = Evaluator.of(StatusScheme.allManual())
          .evaluate(Facts.none().activity(), Optional.empty(), D);

      assertThat(outcome.changed()).isFalse();
      assertThat(outcome.current()).isEmpty();
    }
  }

  @Nested
  class InProgress {
    @Test
    void newClientWithActiveInterestBecomesInProgress() {
      Outcome outcome = step(Facts.client().open("i-1", LocalDate.of(2026, 3, 1)), NEW);

      assertThat(outcome.newStatus()).contains(IN_PROGRESS);
      assertThat(outcome.rule()).contains(TemplateKey.IN_PROGRESS);
    }

    @Test
    void interestOpenedOnTheEvaluationDateIsActive() {
      assertThat(step(Facts.client().open("i-1", D), NEW).newStatus()).contains(IN_PROGRESS);
    }

    @Test
    void interestOpenedAfterTheEvaluationDateIsIgnored() {
      assertThat(step(Facts.client().open("i-1", D.plusDays(1)), NEW).changed()).isFalse();
    }

    @Test
    void interestOpenedLongAgoAndStillOpenIsActive() {
      assertThat(step(Facts.client().open("i-1", LONG_AGO), NEW).newStatus()).contains(IN_PROGRESS);
    }

    @Test
    void interestClosedOnTheFirstDayOfTheWindowWasActiveInIt() {
      Outcome outcome = step(Facts.client().lost("i-1", LONG_AGO, FIRST_DAY), NEW);

      assertThat(outcome.newStatus()).contains(IN_PROGRESS);
    }

    @Test
    void interestClosedTheDayBeforeTheWindowWasNotActiveInIt() {
      assertThat(step(Facts.client().lost("i-1", LONG_AGO, OUTSIDE), NEW).changed()).isFalse();
    }

    @Test
    void interestWonAfterTheEvaluationDateIsStillOpenOnIt() {
      Outcome outcome = step(Facts.client().won("i-1", D.minusDays(5), D.plusDays(3)), NEW);

      assertThat(outcome.newStatus()).contains(IN_PROGRESS);
    }

    @Test
    void newClientWithoutInterestStaysNew() {
      assertThat(step(Facts.none(), NEW).changed()).isFalse();
    }

    @Test
    void wonInterestInTheWindowKeepsANewClientFromInProgress() {
      Outcome outcome = step(Facts.client().open("i-1", D).won("i-2", LONG_AGO, D), NEW);

      assertThat(outcome.changed()).isFalse();
    }

    @Test
    void paymentInTheWindowKeepsANewClientFromInProgress() {
      assertThat(step(Facts.client().open("i-1", D).payment("p-1", FIRST_DAY), NEW).changed())
          .isFalse();
    }

    @Test
    void shipmentInTheWindowKeepsANewClientFromInProgress() {
      assertThat(step(Facts.client().open("i-1", D).shipment("s-1", D), NEW).changed()).isFalse();
    }

    @Test
    void paymentBeforeTheWindowDoesNotKeepANewClientFromInProgress() {
      Outcome outcome = step(Facts.client().open("i-1", D).payment("p-1", OUTSIDE), NEW);

      assertThat(outcome.newStatus()).contains(IN_PROGRESS);
    }
  }

  @Nested
  class Active {
    @Test
    void inProgressClientThatPaysBecomesActive() {
      Outcome outcome = step(Facts.client().payment("p-1", D), IN_PROGRESS);

      assertThat(outcome.newStatus()).contains(ACTIVE);
      assertThat(outcome.rule()).contains(TemplateKey.ACTIVE);
    }

    @Test
    void inProgressClientWithAShipmentBecomesActive() {
      assertThat(step(Facts.client().shipment("s-1", FIRST_DAY), IN_PROGRESS).newStatus())
          .contains(ACTIVE);
    }

    @Test
    void interestWonOnTheEvaluationDateMakesAnInProgressClientActive() {
      assertThat(step(Facts.client().won("i-1", LONG_AGO, D), IN_PROGRESS).newStatus())
          .contains(ACTIVE);
    }

    @Test
    void interestWonOnTheFirstDayOfTheWindowCounts() {
      assertThat(step(Facts.client().won("i-1", LONG_AGO, FIRST_DAY), IN_PROGRESS).newStatus())
          .contains(ACTIVE);
    }

    @Test
    void interestWonTheDayBeforeTheWindowDoesNotCount() {
      assertThat(step(Facts.client().won("i-1", LONG_AGO, OUTSIDE), IN_PROGRESS).changed())
          .isFalse();
    }

    @Test
    void interestWonAfterTheEvaluationDateDoesNotCount() {
      assertThat(step(Facts.client().won("i-1", LONG_AGO, D.plusDays(1)), IN_PROGRESS).changed())
          .isFalse();
    }

    @Test
    void paymentOnTheDayBeforeTheWindowDoesNotCount() {
      assertThat(step(Facts.client().payment("p-1", OUTSIDE), IN_PROGRESS).changed()).isFalse();
    }

    @Test
    void paymentAfterTheEvaluationDateIsIgnored() {
      assertThat(step(Facts.client().payment("p-1", D.plusDays(1)), IN_PROGRESS).changed())
          .isFalse();
    }

    @Test
    void returnedClientThatPaysBecomesActive() {
      assertThat(step(Facts.client().payment("p-1", D), RETURNED).newStatus()).contains(ACTIVE);
    }

    @Test
    void newClientThatPaysDoesNotBecomeActiveUnderTheSeedScheme() {
      assertThat(step(Facts.client().payment("p-1", D), NEW).changed()).isFalse();
    }

    @Test
    void widenedPreconditionLetsANewClientThatPaysBecomeActive() {
      StatusScheme retail = StatusScheme.defaults().toBuilder()
          .widenPrecondition(TemplateKey.ACTIVE, NEW)
          .build();

      Outcome outcome = Evaluator.of(retail).evaluate(
          Facts.client().payment("p-1", D).activity(), CurrentStatus.of(NEW, LONG_AGO), D);

      assertThat(outcome.newStatus()).contains(ACTIVE);
    }
  }

  @Nested
  class Lost {
    @Test
    void activeClientWithoutWonInterestPaymentOrShipmentBecomesLost() {
      Outcome outcome = step(Facts.client().open("i-1", D), ACTIVE);

      assertThat(outcome.newStatus()).contains(LOST);
      assertThat(outcome.rule()).contains(TemplateKey.LOST);
    }

    @Test
    void paymentOnTheFirstDayOfTheWindowKeepsAClientActive() {
      assertThat(step(Facts.client().payment("p-1", FIRST_DAY), ACTIVE).changed()).isFalse();
    }

    @Test
    void paymentOnTheDayBeforeTheWindowNoLongerKeepsAClientActive() {
      assertThat(step(Facts.client().payment("p-1", OUTSIDE), ACTIVE).newStatus()).contains(LOST);
    }

    @Test
    void shipmentKeepsAClientActive() {
      assertThat(step(Facts.client().shipment("s-1", D), ACTIVE).changed()).isFalse();
    }

    @Test
    void wonInterestKeepsAClientActive() {
      assertThat(step(Facts.client().won("i-1", LONG_AGO, D), ACTIVE).changed()).isFalse();
    }

    @Test
    void lostInterestDoesNotKeepAClientActive() {
      assertThat(step(Facts.client().lost("i-1", LONG_AGO, D), ACTIVE).newStatus()).contains(LOST);
    }
  }

  @Nested
  class Returned {
    @Test
    void lostClientWithActiveInterestBecomesReturned() {
      Outcome outcome = step(Facts.client().open("i-1", D.minusDays(3)), LOST);

      assertThat(outcome.newStatus()).contains(RETURNED);
      assertThat(outcome.rule()).contains(TemplateKey.RETURNED);
    }

    @Test
    void lostClientWithoutInterestStaysLost() {
      assertThat(step(Facts.none(), LOST).changed()).isFalse();
    }

    @Test
    void lostClientWithInterestAndPaymentStaysLostUnderTheSeedScheme() {
      Outcome outcome = step(Facts.client().open("i-1", D).payment("p-1", D), LOST);

      assertThat(outcome.changed()).isFalse();
    }

    @Test
    void lostClientWithInterestAndShipmentStaysLost() {
      assertThat(step(Facts.client().open("i-1", D).shipment("s-1", D), LOST).changed()).isFalse();
    }

    @Test
    void returnedClientWithoutActivityStaysReturned() {
      assertThat(step(Facts.none(), RETURNED).changed()).isFalse();
    }
  }

  @Nested
  class ManualStatuses {
    @Test
    void foreignNonTargetAndLiquidatedStayWhateverTheFacts() {
      Facts busy = Facts.client()
          .open("i-1", D)
          .won("i-2", LONG_AGO, D)
          .payment("p-1", D)
          .shipment("s-1", D);
      for (StatusId manual : new StatusId[] {FOREIGN, NON_TARGET, LIQUIDATED}) {
        assertThat(step(busy, manual).changed()).as("%s", manual).isFalse();
        assertThat(step(Facts.none(), manual).changed()).as("%s", manual).isFalse();
      }
    }
  }

  @Nested
  class Reasons {
    @Test
    void outcomeNamesTheFactsAndCountsPerCondition() {
      Outcome outcome = step(
          Facts.client().open("i-1", D).payment("p-1", D).payment("p-2", FIRST_DAY)
              .payment("p-0", OUTSIDE),
          IN_PROGRESS);

      assertThat(outcome.reasons()).hasSize(1);
      ConditionResult buying = outcome.reasons().get(0);
      assertThat(buying.held()).isTrue();
      assertThat(buying.condition()).startsWith("at least one won interest, payment or shipment");
      assertThat(buying.facts()).containsExactly(PaymentId.of("p-2"), PaymentId.of("p-1"));
      assertThat(buying.count()).isEqualTo(2);
    }

    @Test
    void inProgressReasonsListEveryCondition() {
      Outcome outcome = step(Facts.client().open("i-1", D).payment("p-0", OUTSIDE), NEW);

      assertThat(outcome.reasons()).extracting(ConditionResult::held)
          .containsExactly(true, true, true, true);
      assertThat(outcome.reasons().get(0).facts()).containsExactly(InterestId.of("i-1"));
      assertThat(outcome.reasons()).extracting(ConditionResult::count).containsExactly(1, 0, 0, 0);
    }

    @Test
    void lostReasonsShowTheEmptyWindow() {
      Outcome outcome = step(Facts.client().shipment("s-1", OUTSIDE), ACTIVE);

      assertThat(outcome.explanation())
          .startsWith("LOST held on 2026-03-20")
          .contains("no shipment in the last 30 days (2026-02-19..2026-03-20) [held, 0]");
      assertThat(outcome.alsoHeld()).isEmpty();
    }

    @Test
    void historyEntryCarriesRuleAndExplanation() {
      Outcome outcome = step(Facts.client().shipment("s-1", D), IN_PROGRESS);

      var entry = outcome.toAssignment().orElseThrow();
      assertThat(entry.client()).isEqualTo(Facts.CLIENT);
      assertThat(entry.previous()).contains(IN_PROGRESS);
      assertThat(entry.status()).isEqualTo(ACTIVE);
      assertThat(entry.since()).isEqualTo(D);
      assertThat(entry.reason().toString()).isEqualTo("rule ACTIVE");
      assertThat(entry.explanation()).contains(ShipmentId.of("s-1").value());
    }

    @Test
    void unchangedOutcomeHasNoHistoryEntry() {
      assertThat(step(Facts.none(), NEW).toAssignment()).isEmpty();
    }
  }
}
