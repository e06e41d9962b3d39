package org.clientbase.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.clientbase.jdbc.access.AccessScenario;
import org.clientbase.jdbc.access.AccessWorld;
import org.clientbase.jdbc.access.UserOperations;
import org.junit.jupiter.api.Test;

/**
 * The access property on the H2 database: every operation that writes, made on behalf of a
 * user, leaves every card the user may not edit (and everything stored about it) as it was, and
 * answers exactly as the same operation on the in-memory stores, whose answers come from the
 * user's visible part of the base only.
 */
class JdbcAccessPropertiesTest {

  private static AccessWorld world(AccessScenario s) {
    JdbcClientbase crm = JdbcClientbase.on(Databases.h2());
    crm.taxIdLookup().register(AccessScenario.requisites());
    return AccessWorld.on(crm, crm.taxIdLookup(), s.policy(), Clock.fixed(AccessScenario.T0, AccessScenario.ZONE));
  }

  @Test
  void writesOnTheDatabaseChangeNothingTheUserMayNotEditAndAnswerAsInMemory() {
    Map<String, UserOperations.Operation> ops = UserOperations.all();
    qt().withExamples(12).withShrinkCycles(20).forAll(AccessScenario.scenarios()).checkAssert(s -> {
      for (String name : UserOperations.WRITES) {
        UserOperations.Operation op = ops.get(name);
        AccessWorld db = world(s);
        s.populate(db, false);
        List<Object> before = s.protectedSnapshot(db);

        String answer = UserOperations.outcome(op, db, s);

        assertThat(s.protectedSnapshot(db)).as("%s changed what %s may not edit", name, s.user()).isEqualTo(before);
        AccessWorld memory = AccessWorld.inMemory(s);
        s.populate(memory, false);
        assertThat(answer).as("%s on the database", name).isEqualTo(UserOperations.outcome(op, memory, s));
      }
    });
  }
}
