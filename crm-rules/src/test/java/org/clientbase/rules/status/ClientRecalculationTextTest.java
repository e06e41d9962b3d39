package org.clientbase.rules.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.UserId;
import org.clientbase.spi.access.SystemActor;
import org.junit.jupiter.api.Test;

/** How a recalculation reads in a log line. */
class ClientRecalculationTextTest {
  static final LocalDate TODAY = LocalDate.of(2026, 3, 20);
  static final SystemActor SYSTEM = SystemActor.recordedAs(UserId.of("system:test"));

  final InMemoryBase base = new InMemoryBase();

  @Test
  void aClientCreatedAfterTodayHasNoStatusYet() {
    base.add(InMemoryBase.client("c-future", TODAY.plusDays(3)), Facts.of(ClientId.of("c-future")));

    ClientRecalculation now = base.service(TODAY).build().recalculate(SYSTEM, ClientId.of("c-future"), true);

    assertThat(now.status()).isEmpty();
    assertThat(now).hasToString("ClientRecalculation{c-future: no status yet on 2026-03-20, 0 transitions}");
  }

  @Test
  void aNewClientMovesFromNoStatus() {
    base.add(InMemoryBase.client("c-1", TODAY.minusDays(2)), Facts.of(ClientId.of("c-1"))
        .payment("p-1", TODAY.minusDays(1)));

    ClientRecalculation now = base.service(TODAY).build().recalculate(SYSTEM, ClientId.of("c-1"), false);

    assertThat(now).hasToString("ClientRecalculation{c-1: (no status) -> new, 1 transitions}");
  }
}
