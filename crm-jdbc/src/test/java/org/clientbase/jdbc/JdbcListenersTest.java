package org.clientbase.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.UserId;
import org.clientbase.core.status.StatusAssignment;
import org.clientbase.core.status.StatusReason;
import org.clientbase.spi.Progress;
import org.clientbase.spi.event.DomainEvent;
import org.clientbase.testkit.contract.ContractFixtures;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The listeners keep what they are told: the status transition outbox hands transitions out in
 * order until acknowledged, the domain event log appends, the progress log keeps each task's
 * latest report, also when the unit of work around the report rolls back.
 */
class JdbcListenersTest {

  /** A domain event for the tests. */
  record LeadConverted(Instant occurredAt, String lead) implements DomainEvent {
    @Override
    public String describe() {
      return "lead " + lead + " converted";
    }
  }

  abstract static class OnDatabase {
    abstract JdbcDatabase database();

    @Test
    void theOutboxHandsOutTransitionsInOrderUntilAcknowledged() {
      JdbcStatusTransitionOutbox outbox = new JdbcStatusTransitionOutbox(database());
      ClientId client = ClientId.of("c-1");
      StatusAssignment active = ContractFixtures.statusChange(client, "new", "active", 3);
      StatusAssignment lost = StatusAssignment.builder().client(client).status(org.clientbase.core.id.StatusId.of("lost"))
          .previous(org.clientbase.core.id.StatusId.of("active")).since(ContractFixtures.DAY_ONE.plusDays(40))
          .reason(StatusReason.byPerson(UserId.of("manager-1"), "no orders since spring")).build();
      outbox.onTransition(active);
      outbox.onTransition(lost);
      List<JdbcStatusTransitionOutbox.Entry> pending = outbox.pending(10);
      assertThat(pending).extracting(JdbcStatusTransitionOutbox.Entry::transition).containsExactly(active, lost);
      assertThat(outbox.acknowledge(pending.get(0).sequence())).isEqualTo(1);
      assertThat(outbox.pending(10)).extracting(JdbcStatusTransitionOutbox.Entry::transition).containsExactly(lost);
    }

    @Test
    void theEventLogAppendsEveryEvent() {
      JdbcDomainEventLog log = new JdbcDomainEventLog(database());
      Instant at = Instant.parse("2026-03-01T10:15:30.123456789Z");
      log.onEvent(new LeadConverted(at, "l-1"));
      log.onEvent(new LeadConverted(at.plusSeconds(5), "l-2"));
      List<JdbcDomainEventLog.Entry> entries = log.entries(0, 10);
      assertThat(entries).extracting(JdbcDomainEventLog.Entry::description)
          .containsExactly("lead l-1 converted", "lead l-2 converted");
      assertThat(entries.get(0).occurredAt()).isEqualTo(Instant.parse("2026-03-01T10:15:30.123456Z"));
      assertThat(entries.get(0).type()).isEqualTo("LeadConverted");
      assertThat(log.entries(entries.get(0).sequence(), 10)).hasSize(1);
    }

    @Test
    void theProgressLogKeepsTheLatestReportEvenIfTheUnitOfWorkRollsBack() {
      JdbcDatabase db = database();
      JdbcProgressLog progress = new JdbcProgressLog(db);
      assertThat(progress.latest("status recalculation")).isEmpty();
      progress.onProgress(new Progress("status recalculation", 100, 1, OptionalLong.of(1000)));
      try {
        new JdbcUnitOfWork(db).execute(() -> {
          progress.onProgress(new Progress("status recalculation", 200, 2, OptionalLong.empty()));
          throw new IllegalStateException("batch failed");
        });
      } catch (IllegalStateException expected) {
        // the report was committed on its own
      }
      assertThat(progress.latest("status recalculation"))
          .contains(new Progress("status recalculation", 200, 2, OptionalLong.empty()));
    }
  }

  @Nested
  class OnH2 extends OnDatabase {
    @Override
    JdbcDatabase database() {
      return Databases.h2();
    }
  }

  @Nested
  class OnPostgreSql extends OnDatabase {
    @Override
    JdbcDatabase database() {
      return Databases.postgres();
    }
  }
}
