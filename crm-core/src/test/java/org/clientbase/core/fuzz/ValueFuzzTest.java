package org.clientbase.core.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import org.clientbase.core.ClientbaseException;
import org.clientbase.core.money.Money;

class ValueFuzzTest {
  @FuzzTest
  void money(FuzzedDataProvider data) {
    try {
      Money.of(data.consumeString(30), data.consumeRemainingAsString());
    } catch (ClientbaseException e) {
      if (e.getMessage().length() > 1024) throw new AssertionError("long");
    }
  }
}
