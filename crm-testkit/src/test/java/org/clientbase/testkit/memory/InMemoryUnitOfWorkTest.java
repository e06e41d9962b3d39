package org.clientbase.testkit.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.LeadId;
import org.clientbase.core.lead.Lead;
import org.clientbase.memory.InMemoryClientbase;
import org.clientbase.testkit.contract.ContractFixtures;
import org.junit.jupiter.api.Test;

class InMemoryUnitOfWorkTest {
  private final InMemoryClientbase base = InMemoryClientbase.create();

  private static final class Boom extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }

  private static final class Checked extends Exception {
    private static final long serialVersionUID = 1L;
  }

  /** Throws a checked exception past the compiler, as a sneaky host might. */
  @SuppressWarnings("unchecked")
  private static <E extends Throwable> RuntimeException sneaky(Throwable e) throws E {
    throw (E) e;
  }

  private void fill() {
    base.leadStore().insert(ContractFixtures.lead("l-1", 0));
    base.clientStore().insert(ContractFixtures.client("c-1", 0));
    base.paymentStore().insert(ContractFixtures.payment("pay-1", ClientId.of("c-1"), 1));
    base.statusHistoryStore().append(ClientId.of("c-1"), 0,
        List.of(ContractFixtures.statusChange(ClientId.of("c-1"), null, "new", 0)), ContractFixtures.DAY_ONE);
    base.settingsStore().put("leads.enabled", "true");
    base.referenceRewriter().addDocument("order-1", List.of(LeadId.of("l-1")));
  }

  @Test
  void aFailedWorkLeavesEveryStoreAsItWas() {
    fill();
    InMemoryClientbase.Snapshot before = base.snapshot();
    ClientId client = ClientId.of("c-1");
    assertThatThrownBy(() -> base.unitOfWork().execute(() -> {
      Lead lead = base.leadStore().find(LeadId.of("l-1")).orElseThrow().value();
      base.clientStore().insert(ContractFixtures.client("c-2", 0));
      base.leadStore().update(Lead.builder().from(lead).linkedClient(ClientId.of("c-2")).build(), 1);
      base.clientStore().update(ContractFixtures.client("c-1", 4), 1);
      base.contactPersonStore().insert(ContractFixtures.contactPerson("p-1", 0));
      base.counterpartyStore().insert(ContractFixtures.counterparty("k-1", client, 0));
      base.interactionStore().insert(ContractFixtures.interaction("e-1", client, 0));
      base.interestStore().insert(ContractFixtures.interest("i-1", client, 0));
      base.paymentStore().update(ContractFixtures.payment("pay-1", client, 3), 1);
      base.shipmentStore().insert(ContractFixtures.shipment("s-1", client, 0));
      base.taskStore().insert(ContractFixtures.task("t-1", client, 0));
      base.statusHistoryStore().append(client, 1,
          List.of(ContractFixtures.statusChange(client, "new", "active", 2)));
      base.settingsStore().put("leads.enabled", "false");
      base.settingsStore().put("other", "x");
      base.referenceRewriter().replaceLead(LeadId.of("l-1"), ClientId.of("c-2"));
      base.referenceRewriter().addDocument("order-2", List.of(client));
      throw new Boom();
    })).isInstanceOf(Boom.class);
    assertThat(base.snapshot()).isEqualTo(before);
    assertThat(base.clientStore().findByPhone(ContractFixtures.phone(4))).isEmpty();
    assertThat(base.paymentStore().findByClients(List.of(client))).containsExactly(
        ContractFixtures.payment("pay-1", client, 1));
    assertThat(base.unitOfWork().rollbacks()).isEqualTo(1);
    assertThat(base.unitOfWork().commits()).isZero();
  }

  @Test
  void aWorkThatReturnsKeepsEveryWrite() {
    fill();
    base.unitOfWork().execute(() -> {
      base.clientStore().insert(ContractFixtures.client("c-2", 0));
      base.settingsStore().put("leads.enabled", "false");
      return base.referenceRewriter().replaceLead(LeadId.of("l-1"), ClientId.of("c-2"));
    });
    assertThat(base.clientStore().count()).isEqualTo(2);
    assertThat(base.settingsStore().get("leads.enabled")).contains("false");
    assertThat(base.referenceRewriter().references("order-1")).containsExactly(ClientId.of("c-2"));
    assertThat(base.unitOfWork().commits()).isEqualTo(1);
  }

  @Test
  void writesAreUndoneInReverseOrder() {
    assertThatThrownBy(() -> base.unitOfWork().execute(() -> {
      base.clientStore().insert(ContractFixtures.client("c-1", 0));
      base.clientStore().update(ContractFixtures.client("c-1", 1), 1);
      base.clientStore().update(ContractFixtures.client("c-1", 2), 2);
      base.settingsStore().put("k", "1");
      base.settingsStore().put("k", "2");
      throw new Boom();
    })).isInstanceOf(Boom.class);
    assertThat(base.clientStore().count()).isZero();
    assertThat(base.clientStore().findByPhone(ContractFixtures.phone(0))).isEmpty();
    assertThat(base.settingsStore().get("k")).isEmpty();
  }

  @Test
  void aNestedUnitOfWorkFailsClearlyAndTheOuterOneIsUndone() {
    assertThatThrownBy(() -> base.unitOfWork().execute(() -> {
      base.clientStore().insert(ContractFixtures.client("c-1", 0));
      return base.unitOfWork().execute(() -> base.clientStore().insert(ContractFixtures.client("c-2", 0)));
    })).isInstanceOf(IllegalStateException.class).hasMessageContaining("do not nest");
    assertThat(base.clientStore().count()).isZero();
    assertThat(base.unitOfWork().inProgress()).isFalse();
  }

  @Test
  void aCheckedExceptionThrownSneakilyAlsoRollsBackAndPassesUnchanged() {
    Checked checked = new Checked();
    assertThatThrownBy(() -> base.unitOfWork().execute(() -> {
      base.clientStore().insert(ContractFixtures.client("c-1", 0));
      throw sneaky(checked);
    })).isSameAs(checked);
    assertThat(base.clientStore().count()).isZero();
  }

  @Test
  void inProgressIsTrueOnlyInsideTheWork() {
    assertThat(base.unitOfWork().inProgress()).isFalse();
    assertThat(base.unitOfWork().execute(() -> base.unitOfWork().inProgress())).isTrue();
    assertThat(base.unitOfWork().inProgress()).isFalse();
  }

  @Test
  void writesOutsideAUnitOfWorkStayWhenALaterOneFails() {
    base.clientStore().insert(ContractFixtures.client("c-1", 0));
    assertThatThrownBy(() -> base.unitOfWork().execute(() -> {
      throw new Boom();
    })).isInstanceOf(Boom.class);
    assertThat(base.clientStore().count()).isEqualTo(1);
  }

  @Test
  void aWriteFromAnotherThreadWaitsUntilTheUnitOfWorkEnds() throws Exception {
    CountDownLatch inside = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread worker = new Thread(() -> {
      try {
        base.unitOfWork().execute(() -> {
          base.clientStore().insert(ContractFixtures.client("c-1", 0));
          inside.countDown();
          try {
            release.await(30, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          throw new Boom();
        });
      } catch (Boom expected) {
        // rolled back
      } catch (Throwable t) {
        failure.set(t);
      }
    });
    worker.start();
    assertThat(inside.await(30, TimeUnit.SECONDS)).isTrue();
    Thread writer = new Thread(() -> base.clientStore().insert(ContractFixtures.client("c-1", 7)));
    writer.start();
    writer.join(200);
    assertThat(writer.isAlive()).as("the other thread's write waits for the unit of work").isTrue();
    release.countDown();
    worker.join(30_000);
    writer.join(30_000);
    assertThat(failure.get()).isNull();
    assertThat(base.clientStore().find(ClientId.of("c-1")).orElseThrow().value())
        .isEqualTo(ContractFixtures.client("c-1", 7));
  }
}
