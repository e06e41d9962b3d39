package org.clientbase.jdbc.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.clientbase.core.lead.Lead;
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
        AccessScenario settled = s.settledIn(full);
        AccessWorld visiblePart = AccessWorld.inMemory(s);
        s.populate(visiblePart, true);
        List<Object> before = settled.protectedSnapshot(full);

        String answer = UserOperations.outcome(op.getValue(), full, s);

        if (UserOperations.MAY_TELL_SOMETHING_HIDDEN_EXISTS.contains(op.getKey())) {
          String shown = answer;
          for (Lead lead : s.leads()) {
            shown = shown.replace(lead.company().orElseThrow(), "the lead's company");
          }
          if (shown.startsWith("refused: ")) {   // a refusal may name the cards the user asked for
            shown = shown.replace(s.targetClient().value(), "the client asked for")
                .replace(s.targetPerson().value(), "the person asked for");
            if (op.getKey().startsWith("DuplicateMerger.merge")) {
              shown = shown.replace(UserOperations.otherClient(s).value(), "the other client asked for");
            }
          }
          for (Pattern hidden : settled.hiddenIds()) {
            assertThat(hidden.matcher(shown).find()).as("%s shows %s to %s: %s", op.getKey(), hidden, s.user(), answer)
                .isFalse();
          }
        } else {
          assertThat(answer).as("%s answers from what %s may not see", op.getKey(), s.user())
              .isEqualTo(UserOperations.outcome(op.getValue(), visiblePart, s));
        }
        assertThat(settled.protectedSnapshot(full)).as("%s changed what %s may not edit", op.getKey(), s.user())
            .isEqualTo(before);
      }
    });
  }
}
