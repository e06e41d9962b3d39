package org.clientbase.rules.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clientbase.core.InvalidValueException;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.money.Money;
import org.junit.jupiter.api.Test;

/**
 * The ABC/XYZ rules on small cases worked out by hand.
 *
 * <p>Five clients, January to March 2026, revenue in roubles (total 1000):
 *
 * <pre>
 * client  Jan  Feb  Mar  total  share  above (clients with more)   ABC  CV                              XYZ
 * c-1     230  240  230   700    70 %    0 =  0 %  &lt; 80          A    sqrt(3*163400-700^2)/700 = 2.02 %  X
 * c-2      40   50   60   150    15 %  700 = 70 %  &lt; 80          A    sqrt(3*7700-150^2)/150  = 16.33 %  Y
 * c-3       0    0  100   100    10 %  850 = 85 %  &lt; 95          B    sqrt(3*10000-100^2)/100 = 141.42 % Z
 * c-4      15   20   15    50     5 %  950 = 95 %, not &lt; 95      C    sqrt(3*850-50^2)/50     = 14.14 %  Y
 * c-5       0    0    0     0     0 %  1000 = 100 %               C    no revenue                        Z
 * </pre>
 *
 * c-2 is the client whose cumulative share crosses 80 % (70 % before it, 85 % with it): it
 * belongs to the higher class. c-4 starts exactly at 95 % and is C.
 */
class AbcXyzClassifierTest {
  private static final ClassificationSettings Q1 =
      ClassificationSettings.ofDefaults(YearMonth.of(2026, 1), YearMonth.of(2026, 3));

  private static Money rub(long amount) {
    return Money.of(BigDecimal.valueOf(amount), java.util.Currency.getInstance("RUB"));
  }

  private static List<Money> months(long... amounts) {
    return java.util.Arrays.stream(amounts).mapToObj(AbcXyzClassifierTest::rub).toList();
  }

  static Map<ClientId, List<Money>> handWorkedCase() {
    Map<ClientId, List<Money>> revenue = new LinkedHashMap<>();
    revenue.put(ClientId.of("c-5"), months(0, 0, 0));
    revenue.put(ClientId.of("c-3"), months(0, 0, 100));
    revenue.put(ClientId.of("c-1"), months(230, 240, 230));
    revenue.put(ClientId.of("c-4"), months(15, 20, 15));
    revenue.put(ClientId.of("c-2"), months(40, 50, 60));
    return revenue;
  }

  @Test
  void theHandWorkedCaseGivesTheExpectedMatrix() {
    List<ClientClass> classes = AbcXyzClassifier.classify(handWorkedCase(), Q1);

    assertThat(classes).extracting(c -> c.client().value() + " " + c.cell())
        .containsExactly("c-1 AX", "c-2 AY", "c-3 BZ", "c-4 CY", "c-5 CZ");
    assertThat(classes).extracting(ClientClass::share).containsExactly(
        new BigDecimal("70.00"), new BigDecimal("15.00"), new BigDecimal("10.00"), new BigDecimal("5.00"), new BigDecimal("0.00"));
    assertThat(classes).extracting(ClientClass::shareBefore).containsExactly(
        new BigDecimal("0.00"), new BigDecimal("70.00"), new BigDecimal("85.00"), new BigDecimal("95.00"), new BigDecimal("100.00"));
    assertThat(classes).extracting(ClientClass::variation).containsExactly(
        Optional.of(new BigDecimal("2.02")), Optional.of(new BigDecimal("16.33")), Optional.of(new BigDecimal("141.42")),
        Optional.of(new BigDecimal("14.14")), Optional.empty());
    assertThat(classes.get(0).revenue()).isEqualTo(Money.of("700.00", "RUB"));
    assertThat(classes.get(1).monthly()).containsExactly(rub(40), rub(50), rub(60));
  }

  @Test
  void otherSharesAndLimitsMoveTheBoundaries() {
    ClassificationSettings strict = ClassificationSettings.builder(YearMonth.of(2026, 1), YearMonth.of(2026, 3))
        .abcShares(60, 30, 10).xyzLimits(2, 15).build();
    // c-1: above 0 % < 60 -> A; c-2: 70 % -> B (< 90); c-3: 85 % -> B; c-4: 95 % -> C
    // c-1: CV 2.02 % > 2 -> Y; c-2: 16.33 % > 15 -> Z; c-4: 14.14 % -> Y
    assertThat(AbcXyzClassifier.classify(handWorkedCase(), strict)).extracting(ClientClass::cell)
        .containsExactly("AY", "BZ", "BZ", "CY", "CZ");
  }

  @Test
  void clientsWithEqualRevenueShareTheirClass() {
    Map<ClientId, List<Money>> revenue = new LinkedHashMap<>();
    revenue.put(ClientId.of("c-a"), months(40));
    revenue.put(ClientId.of("c-b"), months(40));
    revenue.put(ClientId.of("c-c"), months(20));
    ClassificationSettings january = ClassificationSettings.ofDefaults(YearMonth.of(2026, 1), YearMonth.of(2026, 1));
    // c-a and c-b: nobody has more, 0 % above -> A; c-c: 80 % above -> B
    assertThat(AbcXyzClassifier.classify(revenue, january)).extracting(c -> c.client().value() + " " + c.abc())
        .containsExactly("c-a A", "c-b A", "c-c B");
  }

  @Test
  void theXyzLimitsIncludeTheirBoundary() {
    Map<ClientId, List<Money>> revenue = new LinkedHashMap<>();
    revenue.put(ClientId.of("x"), months(90, 110));   // CV = 10 / 100 = exactly 10 %
    revenue.put(ClientId.of("y"), months(75, 125));   // CV = 25 / 100 = exactly 25 %
    revenue.put(ClientId.of("z"), months(74, 126));   // CV = 26 %
    ClassificationSettings twoMonths = ClassificationSettings.ofDefaults(YearMonth.of(2026, 1), YearMonth.of(2026, 2));
    assertThat(AbcXyzClassifier.classify(revenue, twoMonths)).extracting(c -> c.client().value() + c.xyz() + " " + c.variation().orElseThrow())
        .containsExactlyInAnyOrder("xX 10.00", "yY 25.00", "zZ 26.00");
  }

  @Test
  void aBaseWithoutRevenueIsAllCz() {
    Map<ClientId, List<Money>> revenue = Map.of(ClientId.of("c-1"), months(0, 0, 0), ClientId.of("c-2"), months(0, 0, 0));
    assertThat(AbcXyzClassifier.classify(revenue, Q1)).extracting(ClientClass::cell).containsExactly("CZ", "CZ");
  }

  @Test
  void inputThatDoesNotFitThePeriodOrCurrencyIsRefused() {
    assertThatThrownBy(() -> AbcXyzClassifier.classify(Map.of(ClientId.of("c-1"), months(1, 2)), Q1))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("monthly revenue of client c-1 2 months: must have one amount for each of the 3 months 2026-01..2026-03");
    assertThatThrownBy(() -> AbcXyzClassifier.classify(
            Map.of(ClientId.of("c-1"), List.of(rub(1), rub(2), Money.of("3.00", "USD"))), Q1))
        .hasMessageContaining("revenue of client c-1 in month 3 amount 3.00 USD: is not in RUB");
  }

  @Test
  void settingsAreValidatedWithClearMessages() {
    YearMonth jan = YearMonth.of(2026, 1);
    assertThatThrownBy(() -> ClassificationSettings.builder(jan, jan).abcShares(80, 15, 10).build())
        .hasMessage("ClassificationSettings ABC shares 80 / 15 / 10: must add up to 100 %");
    assertThatThrownBy(() -> ClassificationSettings.builder(jan, jan).abcShares(100, 0, 0).build())
        .hasMessage("ClassificationSettings ABC shares 100 / 0 / 0: each share must be positive");
    assertThatThrownBy(() -> ClassificationSettings.builder(jan, jan).xyzLimits(25, 10).build())
        .hasMessage("ClassificationSettings XYZ limits 25 / 10: need 0 < X limit < Y limit");
    assertThatThrownBy(() -> ClassificationSettings.ofDefaults(jan, jan.minusMonths(1)))
        .hasMessage("ClassificationSettings period 2026-01..2025-12: the last month is before the first");
    assertThatThrownBy(() -> ClassificationSettings.ofDefaults(jan, jan.plusMonths(120)))
        .hasMessageContaining("must be at most 120 months");
    assertThat(ClassificationSettings.ofDefaults(jan, jan.plusMonths(11)).months()).isEqualTo(12);
  }
}
