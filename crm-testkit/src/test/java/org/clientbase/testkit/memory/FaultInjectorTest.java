package org.clientbase.testkit.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.clientbase.core.InvalidValueException;
import org.clientbase.core.id.ClientId;
import org.clientbase.memory.FailurePlan;
import org.clientbase.memory.FaultInjector;
import org.clientbase.memory.InMemoryClientbase;
import org.clientbase.memory.InjectedFailure;
import org.clientbase.testkit.contract.ContractFixtures;
import org.junit.jupiter.api.Test;

class FaultInjectorTest {
  private final InMemoryClientbase base = InMemoryClientbase.create();

  @Test
  void aDisarmedInjectorFailsNothingAndCountsNothing() {
    base.clientStore().insert(ContractFixtures.client("c-1", 0));
    base.clientStore().find(ClientId.of("c-1"));
    assertThat(base.faults().calls()).isZero();
    assertThat(base.faults().plan()).isEqualTo(FailurePlan.never());
  }

  @Test
  void theChosenCallFailsWithoutEffectAndLaterCallsSucceed() {
    base.faults().arm(FailurePlan.atCall(3));
    base.clientStore().insert(ContractFixtures.client("c-1", 0));
    base.clientStore().find(ClientId.of("c-1"));
    assertThatThrownBy(() -> base.clientStore().insert(ContractFixtures.client("c-2", 0)))
        .isInstanceOfSatisfying(InjectedFailure.class, f -> {
          assertThat(f.call()).isEqualTo(3);
          assertThat(f.operation()).isEqualTo("ClientStore.insert");
        });
    assertThat(base.clientStore().find(ClientId.of("c-2"))).isEmpty();
    base.clientStore().insert(ContractFixtures.client("c-2", 0));
    assertThat(base.faults().calls()).isEqualTo(5);
    assertThat(base.faults().failures()).hasSize(1);
  }

  @Test
  void fromCallFailsEveryLaterCall() {
    base.faults().arm(FailurePlan.fromCall(2));
    base.settingsStore().put("a", "1");
    for (int i = 0; i < 3; i++) {
      assertThatThrownBy(() -> base.settingsStore().get("a")).isInstanceOf(InjectedFailure.class);
    }
    base.faults().disarm();
    assertThat(base.settingsStore().get("a")).contains("1");
  }

  @Test
  void writesOnlyPlansIgnoreReads() {
    base.faults().arm(FailurePlan.atCall(2).writesOnly());
    base.clientStore().insert(ContractFixtures.client("c-1", 0));
    for (int i = 0; i < 5; i++) {
      base.clientStore().find(ClientId.of("c-1"));
      base.clientStore().page(10);
    }
    assertThatThrownBy(() -> base.clientStore().update(ContractFixtures.client("c-1", 1), 1))
        .isInstanceOfSatisfying(InjectedFailure.class, f -> assertThat(f.operation()).isEqualTo("ClientStore.update"));
    assertThat(base.clientStore().find(ClientId.of("c-1")).orElseThrow().version()).isEqualTo(1);
    assertThat(base.faults().calls()).isEqualTo(2);
  }

  @Test
  void everyStoreAndTheRewriterConsultTheInjector() {
    base.faults().arm(FailurePlan.fromCall(1));
    ClientId c = ClientId.of("c-1");
    List<Runnable> calls = List.of(
        () -> base.leadStore().count(),
        () -> base.clientStore().findByContactPerson(org.clientbase.core.id.ContactPersonId.of("p-1")),
        () -> base.contactPersonStore().findByEmail(ContractFixtures.email(1)),
        () -> base.counterpartyStore().findByClient(c),
        () -> base.interactionStore().findByClients(List.of(c)),
        () -> base.interestStore().findByLead(org.clientbase.core.id.LeadId.of("l-1")),
        () -> base.paymentStore().findAll(List.of()),
        () -> base.shipmentStore().page(1),
        () -> base.taskStore().findByResponsible(ContractFixtures.MANAGER),
        () -> base.statusHistoryStore().history(c),
        () -> base.settingsStore().put("k", "v"),
        () -> base.referenceRewriter().replaceClient(c, ClientId.of("c-2")));
    for (Runnable call : calls) {
      assertThatThrownBy(call::run).isInstanceOf(InjectedFailure.class);
    }
    assertThat(base.faults().failures()).hasSize(calls.size());
  }

  @Test
  void anInjectedFailureInsideAUnitOfWorkUndoesTheEarlierWrites() {
    base.clientStore().insert(ContractFixtures.client("c-1", 0));
    InMemoryClientbase.Snapshot before = base.snapshot();
    for (long call = 1; call <= 4; call++) {
      base.faults().arm(FailurePlan.atCall(call).writesOnly());
      assertThatThrownBy(() -> base.unitOfWork().execute(() -> {
        base.clientStore().insert(ContractFixtures.client("c-2", 0));
        base.clientStore().update(ContractFixtures.client("c-1", 1), 1);
        base.paymentStore().insert(ContractFixtures.payment("pay-1", ClientId.of("c-2"), 0));
        base.settingsStore().put("converted", "c-2");
        return null;
      })).isInstanceOf(InjectedFailure.class);
      assertThat(base.snapshot()).as("after a failure at write %d", call).isEqualTo(before);
    }
  }

  @Test
  void anAfterEffectFailureKeepsTheWriteOutsideAUnitOfWork() {
    base.faults().arm(FailurePlan.atCall(1).writesOnly().afterEffect());
    assertThatThrownBy(() -> base.clientStore().insert(ContractFixtures.client("c-1", 0)))
        .isInstanceOf(InjectedFailure.class);
    assertThat(base.clientStore().find(ClientId.of("c-1"))).isPresent();
    assertThat(base.clientStore().findByPhone(ContractFixtures.phone(0))).hasSize(1);
  }

  @Test
  void anAfterEffectFailureInsideAUnitOfWorkIsUndoneWithTheRest() {
    base.clientStore().insert(ContractFixtures.client("c-1", 0));
    InMemoryClientbase.Snapshot before = base.snapshot();
    for (long call = 1; call <= 4; call++) {
      base.faults().arm(FailurePlan.atCall(call).writesOnly().afterEffect());
      assertThatThrownBy(() -> base.unitOfWork().execute(() -> {
        base.clientStore().update(ContractFixtures.client("c-1", 1), 1);
        base.statusHistoryStore().append(ClientId.of("c-1"), 0,
            List.of(ContractFixtures.statusChange(ClientId.of("c-1"), null, "new", 0)));
        base.referenceRewriter().replaceClient(ClientId.of("c-1"), ClientId.of("c-2"));
        base.settingsStore().put("merged", "c-1");
        return null;
      })).isInstanceOf(InjectedFailure.class);
      assertThat(base.snapshot()).as("after a failure after write %d", call).isEqualTo(before);
    }
  }

  @Test
  void aFailingReadHasNoEffectEvenAfterEffect() {
    base.faults().arm(FailurePlan.atCall(1).afterEffect());
    assertThatThrownBy(() -> base.leadStore().count()).isInstanceOf(InjectedFailure.class);
    assertThat(base.faults().plan().isAfterEffect()).isTrue();
  }

  @Test
  void theSameSeedChoosesTheSameCall() {
    for (long seed = 0; seed < 50; seed++) {
      FailurePlan plan = FailurePlan.atRandomCall(seed, 10);
      assertThat(plan).isEqualTo(FailurePlan.atRandomCall(seed, 10));
      assertThat(plan.toString()).matches("fail call ([1-9]|10)");
    }
  }

  @Test
  void aProbabilityPlanRepeatsWithItsSeed() {
    assertThat(failingCalls(42)).isEqualTo(failingCalls(42));
    assertThat(failingCalls(42)).isNotEmpty().hasSizeLessThan(100);
  }

  private List<Long> failingCalls(long seed) {
    FaultInjector faults = new FaultInjector();
    faults.arm(FailurePlan.withProbability(seed, 0.3));
    List<Long> failed = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      try {
        faults.beforeCall("X.read", false);
      } catch (InjectedFailure f) {
        failed.add(f.call());
      }
    }
    return failed;
  }

  @Test
  void badPlansAreRejected() {
    assertThatThrownBy(() -> FailurePlan.atCall(0)).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> FailurePlan.atRandomCall(1, 0)).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> FailurePlan.withProbability(1, 1.5)).isInstanceOf(InvalidValueException.class);
  }
}
