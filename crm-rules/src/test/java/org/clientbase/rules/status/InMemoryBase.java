package org.clientbase.rules.status;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.clientbase.core.client.Client;
import org.clientbase.core.client.ClientKind;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.UserId;
import org.clientbase.spi.access.AccessPolicy;
import org.clientbase.spi.store.ClientStatusHistory;
import org.clientbase.testkit.generators.ClientHistory;
import org.clientbase.memory.FaultInjector;
import org.clientbase.memory.InMemoryClientStore;
import org.clientbase.memory.InMemoryInterestStore;
import org.clientbase.memory.InMemoryPaymentStore;
import org.clientbase.memory.InMemoryShipmentStore;
import org.clientbase.memory.InMemoryStatusHistoryStore;
import org.clientbase.memory.InMemoryUnitOfWork;

/** A client base in the test kit's in-memory stores, sharing one unit of work and fault plan. */
final class InMemoryBase {
  static final ZoneId ZONE = ZoneId.of("Europe/Moscow");

  final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();
  final FaultInjector faults = new FaultInjector();
  final InMemoryClientStore clients = new InMemoryClientStore(unitOfWork, faults);
  final InMemoryInterestStore interests = new InMemoryInterestStore(unitOfWork, faults);
  final InMemoryPaymentStore payments = new InMemoryPaymentStore(unitOfWork, faults);
  final InMemoryShipmentStore shipments = new InMemoryShipmentStore(unitOfWork, faults);
  final InMemoryStatusHistoryStore history = new InMemoryStatusHistoryStore(unitOfWork, faults);

  static Clock clockAt(LocalDate day) {
    return Clock.fixed(day.atTime(12, 0).toInstant(ZoneOffset.ofHours(3)), ZONE);
  }

  static Client client(String id, LocalDate createdOn) {
    return Client.builder()
        .id(ClientId.of(id))
        .kind(ClientKind.LEGAL_ENTITY)
        .name("ООО Клиент " + id)
        .createdOn(createdOn)
        .build();
  }

  static Client client(String id, LocalDate createdOn, UserId manager) {
    return Client.builder().from(client(id, createdOn)).responsible(manager).build();
  }

  InMemoryBase add(Client client, Facts facts) {
    clients.insert(client);
    ClientActivity activity = facts.activity();
    activity.interests().forEach(interests::insert);
    activity.payments().forEach(payments::insert);
    activity.shipments().forEach(shipments::insert);
    return this;
  }

  InMemoryBase add(ClientHistory generated) {
    clients.insert(generated.portrait().client());
    generated.interests().forEach(interests::insert);
    generated.payments().forEach(payments::insert);
    generated.shipments().forEach(shipments::insert);
    return this;
  }

  StatusService.Builder service(LocalDate today) {
    return StatusService.builder()
        .clients(clients)
        .interests(interests)
        .payments(payments)
        .shipments(shipments)
        .history(history)
        .unitOfWork(unitOfWork)
        .clock(clockAt(today))
        .accessPolicy(AccessPolicy.allowAll());
  }

  List<ClientStatusHistory> histories() {
    return history.all();
  }
}
