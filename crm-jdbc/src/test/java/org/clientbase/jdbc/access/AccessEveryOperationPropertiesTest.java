package org.clientbase.jdbc.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Whatever the base, the access rules and the user, every operation made on behalf of the user
 * (a) answers exactly as it would if the clients the user may not see, and everything about
 * them, were not stored at all: so nothing it returns, not a card, a fact, an evidence value
 * nor a figure, comes from a hidden client, and no refusal tells a hidden record from a missing
 * one; and (b) leaves every card the user may not edit, and everything stored about it, as it
 * was.
 */
class AccessEveryOperationPropertiesTest {

  @Test
  void everyOperationAnswersFromTheVisiblePartOnlyAndChangesNothingTheUserMayNotEdit() {
    Map<String, UserOperations.Operation> ops = UserOperations.all();
    qt().withExamples(20).forAll(AccessScenario.scenarios()).checkAssert(s -> {
      for (Map.Entry<String, UserOperations.Operation> op : ops.entrySet()) {
        AccessWorld full = AccessWorld.inMemory(s);
        s.populate(full, false);
        AccessWorld visiblePart = AccessWorld.inMemory(s);
        s.populate(visiblePart, true);
        List<Object> before = s.protectedSnapshot(full);

        String answer = UserOperations.outcome(op.getValue(), full, s);

        assertThat(answer).as("%s answers from what %s may not see", op.getKey(), s.user())
            .isEqualTo(UserOperations.outcome(op.getValue(), visiblePart, s));
        assertThat(s.protectedSnapshot(full)).as("%s changed what %s may not edit", op.getKey(), s.user())
            .isEqualTo(before);
      }
    });
  }
}
