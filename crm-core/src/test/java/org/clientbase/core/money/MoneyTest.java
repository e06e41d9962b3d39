package org.clientbase.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.clientbase.core.InvalidValueException;
import org.junit.jupiter.api.Test;

class MoneyTest {
  @Test
  void amountsAreKeptAtTheCurrencyScale() {
    assertThat(Money.of("10.5", "RUB")).isEqualTo(Money.of("10.50", "RUB"));
    assertThat(Money.of("10.5", "RUB").toString()).isEqualTo("10.50 RUB");
  }

  @Test
  void moreDecimalPlacesThanTheCurrencyHasAreRejected() {
    assertThatThrownBy(() -> Money.of("10.505", "RUB"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Money.amount 10.505: has more than 2 decimal places for RUB");
  }

  @Test
  void anUnknownCurrencyIsRejected() {
    assertThatThrownBy(() -> Money.of("1", "QQQ"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("ISO 4217");
  }

  @Test
  void differentCurrenciesAreNotAdded() {
    assertThatThrownBy(() -> Money.of("1", "RUB").plus(Money.of("1", "USD")))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("differs from RUB");
  }
}
