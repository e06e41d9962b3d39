package org.clientbase.core.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.clientbase.core.InvalidValueException;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.InteractionId;
import org.clientbase.core.id.InterestId;
import org.clientbase.core.id.PaymentId;
import org.clientbase.core.money.Money;
import org.junit.jupiter.api.Test;

class FactsTest {
  private static final LocalDate MARCH_1 = LocalDate.of(2026, 3, 1);

  private Interest.Builder interest() {
    return Interest.builder().id(InterestId.of("i-1")).client(ClientId.of("c-1")).openedOn(MARCH_1);
  }

  private Interaction call() {
    return Interaction.builder()
        .id(InteractionId.of("e-1"))
        .type(InteractionType.PHONE_CALL)
        .direction(InteractionDirection.OUTGOING)
        .state(InteractionState.PLANNED)
        .subject("Discuss the offer")
        .client(ClientId.of("c-1"))
        .start(Instant.parse("2026-03-01T09:00:00Z"))
        .build();
  }

  @Test
  void anInterestIsOpenFromItsOpeningDayThroughItsClosingDay() {
    Interest won = interest().build().wonOn(MARCH_1.plusDays(10));

    assertThat(won.isOpenOn(MARCH_1.minusDays(1))).isFalse();
    assertThat(won.isOpenOn(MARCH_1)).isTrue();
    assertThat(won.isOpenOn(MARCH_1.plusDays(10))).isTrue();
    assertThat(won.isOpenOn(MARCH_1.plusDays(11))).isFalse();
    assertThat(won.isWonOn(MARCH_1.plusDays(10))).isTrue();
    assertThat(won.isActive()).isFalse();
  }

  @Test
  void anInterestClosedBeforeItOpenedIsRejected() {
    assertThatThrownBy(() -> interest().build().wonOn(MARCH_1.minusDays(1)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("Interest i-1 closedOn")
        .hasMessageContaining("before the opening date 2026-03-01");
  }

  @Test
  void aWonInterestWithoutACloseDateIsRejected() {
    assertThatThrownBy(() -> interest().outcome(InterestOutcome.WON).build())
        .isInstanceOf(InvalidValueException.class)
        .satisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo("Interest i-1 closedOn"));
  }

  @Test
  void aLossReasonNeedsALostInterest() {
    assertThatThrownBy(() -> interest().lossReason("Too expensive").build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("lossReason");
    assertThat(interest().build().lostOn(MARCH_1, "Too expensive").lossReason()).contains("Too expensive");
  }

  @Test
  void anInterestNeedsAClientOrALead() {
    assertThatThrownBy(() -> Interest.builder().id(InterestId.of("i-1")).openedOn(MARCH_1).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("needs a client or a lead");
  }

  @Test
  void aClosedInterestCannotBeClosedAgain() {
    Interest won = interest().build().wonOn(MARCH_1);
    assertThatThrownBy(() -> won.lostOn(MARCH_1, "Changed mind"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("already closed");
  }

  @Test
  void aNegativePaymentIsRejected() {
    assertThatThrownBy(() -> Payment.of(PaymentId.of("p-1"), ClientId.of("c-1"), MARCH_1, Money.of("-1.00", "RUB")))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Payment p-1 amount -1.00 RUB: must not be negative");
  }

  @Test
  void aPlannedInteractionIsCompletedOrCancelled() {
    assertThat(call().inState(InteractionState.COMPLETED).state()).isEqualTo(InteractionState.COMPLETED);
    assertThat(call().inState(InteractionState.CANCELLED).state()).isEqualTo(InteractionState.CANCELLED);
  }

  @Test
  void aCancelledInteractionCannotBeCompleted() {
    Interaction cancelled = call().inState(InteractionState.CANCELLED);

    assertThatThrownBy(() -> cancelled.inState(InteractionState.COMPLETED))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Interaction e-1 state COMPLETED: cannot follow CANCELLED");
  }

  @Test
  void anInteractionEndingBeforeItStartsIsRejected() {
    assertThatThrownBy(() -> Interaction.builder().from(call()).end(Instant.parse("2026-03-01T08:00:00Z")).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("Interaction e-1 end");
  }

  @Test
  void anInteractionWithABlankSubjectIsRejected() {
    assertThatThrownBy(() -> Interaction.builder().from(call()).subject("  ").build())
        .isInstanceOf(InvalidValueException.class)
        .satisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo("Interaction.subject"));
  }
}
