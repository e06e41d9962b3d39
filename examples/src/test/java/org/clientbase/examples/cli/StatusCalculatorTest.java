package org.clientbase.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.clientbase.core.activity.InterestOutcome;
import org.clientbase.core.client.ClientKind;
import org.clientbase.rules.status.StatusScheme;
import org.junit.jupiter.api.Test;

class StatusCalculatorTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 3, 31);
  private final StatusCalculator calculator = new StatusCalculator(StatusScheme.defaults(), AS_OF);
  private final ClientRow client = new ClientRow("c-1", "Ромашка", ClientKind.LEGAL_ENTITY, LocalDate.of(2026, 1, 10));

  private static FactRow interest(String client, String id, LocalDate opened, LocalDate closed, long line) {
    return new FactRow(client, FactType.INTEREST, opened, null, null, id, closed,
        closed == null ? null : InterestOutcome.WON, line);
  }

  private static FactRow payment(String client, LocalDate date, long line) {
    return new FactRow(client, FactType.PAYMENT, date, new BigDecimal("100.00"), "RUB", null, null, null, line);
  }

  @Test
  void aClientMovesFromNewThroughInProgressToActiveWithItsTransitions() {
    StatusCalculator.Result result = calculator.calculate(client, 2, List.of(
        interest("c-1", "i-1", LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 10), 5),
        payment("c-1", LocalDate.of(2026, 3, 12), 6)));

    assertThat(result.status()).isEqualTo(new ClientStatus("c-1", "active", LocalDate.of(2026, 3, 10)));
    assertThat(result.transitions()).extracting(o -> o.newStatus().orElseThrow().value())
        .containsExactly("new", "in-progress", "active");
    assertThat(result.rejected()).isEmpty();
  }

  @Test
  void aRepeatedInterestIdAndAnotherClientsFactAreLeftOutAndTheRestCounts() {
    StatusCalculator.Result result = calculator.calculate(client, 2, List.of(
        interest("c-1", "i-1", LocalDate.of(2026, 2, 1), null, 5),
        interest("c-1", "i-1", LocalDate.of(2026, 2, 3), null, 6),
        payment("c-2", LocalDate.of(2026, 3, 12), 7)));

    assertThat(result.status().status()).isEqualTo("in-progress");
    assertThat(result.rejected()).containsExactly(
        new StatusCalculator.Rejection(6, "client c-1 has interest i-1 twice; the first one counts", false),
        new StatusCalculator.Rejection(7, "the fact is client c-2's, not client c-1's", false));
  }

  @Test
  void aClientCreatedAfterTheDateHasNoStatusYet() {
    ClientRow later = new ClientRow("c-9", "Лютик", ClientKind.INDIVIDUAL, AS_OF.plusDays(1));

    assertThat(calculator.calculate(later, 3, List.of()).status()).isEqualTo(new ClientStatus("c-9", null, null));
  }
}
