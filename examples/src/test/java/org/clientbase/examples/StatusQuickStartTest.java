package org.clientbase.examples;

import org.clientbase.core.id.UserId;
import org.clientbase.spi.access.AccessPolicy;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.clientbase.core.activity.Payment;
import org.clientbase.core.client.Client;
import org.clientbase.core.client.ClientKind;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.PaymentId;
import org.clientbase.core.money.Money;
import org.clientbase.core.status.Colour;
import org.clientbase.core.status.TemplateKey;
import org.clientbase.rules.status.BatchResult;
import org.clientbase.rules.status.ClientRecalculation;
import org.clientbase.rules.status.StatusDynamicsReport;
import org.clientbase.rules.status.StatusScheme;
import org.clientbase.rules.status.StatusService;
import org.clientbase.memory.InMemoryClientbase;
import org.junit.jupiter.api.Test;

/** A client with a payment is recalculated, explained and counted in the week's dynamics. */
class StatusQuickStartTest {

  @Test
  void workStatuses() throws Exception {
    InMemoryClientbase base = InMemoryClientbase.create();
    Clock clock = Clock.fixed(Instant.parse("2026-03-20T09:00:00Z"), ZoneId.of("Europe/Moscow"));
    ClientId romashka = ClientId.of("c-1");
    base.clientStore().insert(Client.builder().id(romashka).kind(ClientKind.LEGAL_ENTITY)
        .name("Ромашка").createdOn(LocalDate.of(2026, 3, 1)).build());
    base.paymentStore().insert(Payment.of(PaymentId.of("p-1"), romashka,
        LocalDate.of(2026, 3, 15), Money.of("15000.00", "RUB")));

    AccessPolicy policy = AccessPolicy.allowAll();
    UserId manager = UserId.of("manager-1");

    // The eight default statuses, adapted: a retailer whose sales have no interests lets
    // Active follow New directly, and Lost comes after 60 quiet days instead of 30.
    StatusScheme scheme = StatusScheme.defaults().toBuilder()
        .widenPrecondition(TemplateKey.ACTIVE, StatusScheme.NEW)
        .bind(TemplateKey.LOST, StatusScheme.LOST, 60)
        .recolour(StatusScheme.LOST, Colour.of("#C62828"))
        .build();                            // SchemeValidationException lists every problem

    StatusService statuses = StatusService.builder()
        .clients(base.clientStore()).interests(base.interestStore())
        .payments(base.paymentStore()).shipments(base.shipmentStore())
        .history(base.statusHistoryStore()).unitOfWork(base.unitOfWork())
        .clock(clock)
        .scheme(scheme)
        .accessPolicy(policy)                // asked by every call made for a user
        .listener(transition -> System.out.println("status change: " + transition))
        .build();

    // "?" on a client card: explain, and apply if asked.
    ClientRecalculation now = statuses.recalculate(manager, romashka, true);
    System.out.println(now.today().summary());   // which rule held, over which facts

    // The nightly job. The result does not depend on how often it runs.
    ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    ScheduledFuture<?> nightly = scheduler.scheduleAtFixedRate(() -> {
      BatchResult result = statuses.recalculateAll();
      System.out.println(result);             // clients, changes, failures per client
    }, 0, 1, TimeUnit.DAYS);

    // How the base moved in the last week: counts at both ends, transitions, per manager.
    StatusDynamicsReport week = statuses.dynamics(manager, LocalDate.now(clock), 7, true);
    System.out.println(week.total().transitions());


    nightly.cancel(false);
    scheduler.shutdown();
    assertThat(scheduler.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
    assertThat(now.status().orElseThrow().status()).isEqualTo(StatusScheme.ACTIVE);
    assertThat(statuses.statusOn(manager, romashka, LocalDate.of(2026, 3, 20))).contains(StatusScheme.ACTIVE);
    assertThat(week.total().atEnd()).containsEntry(StatusScheme.ACTIVE, 1);
  }
}
