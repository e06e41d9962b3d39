package org.clientbase.rules.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.clientbase.core.activity.Interest;
import org.clientbase.core.activity.Payment;
import org.clientbase.core.activity.Shipment;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.InterestId;
import org.clientbase.core.id.PaymentId;
import org.clientbase.core.id.ShipmentId;
import org.clientbase.core.money.Money;

/** Short ways to write a client's facts in example tests. */
final class Facts {
  static final ClientId CLIENT = ClientId.of("c-1");
  static final Money AMOUNT = Money.of("1500.00", "RUB");

  private final ClientId client;
  private final List<Interest> interests = new ArrayList<>();
  private final List<Payment> payments = new ArrayList<>();
  private final List<Shipment> shipments = new ArrayList<>();
  private final List<HostFact> hostFacts = new ArrayList<>();

  private Facts(ClientId client) {
    this.client = client;
  }

  static Facts of(ClientId client) {
    return new Facts(client);
  }

  static Facts none() {
    return new Facts(CLIENT);
  }

  static Facts client() {
    return new Facts(CLIENT);
  }

  Facts open(String id, LocalDate openedOn) {
    interests.add(interest(client, id, openedOn));
    return this;
  }

  Facts won(String id, LocalDate openedOn, LocalDate closedOn) {
    interests.add(interest(client, id, openedOn).wonOn(closedOn));
    return this;
  }

  Facts lost(String id, LocalDate openedOn, LocalDate closedOn) {
    interests.add(interest(client, id, openedOn).lostOn(closedOn, "Chose a competitor"));
    return this;
  }

  Facts payment(String id, LocalDate date) {
    payments.add(Payment.of(PaymentId.of(id), client, date, AMOUNT));
    return this;
  }

  Facts shipment(String id, LocalDate date) {
    shipments.add(Shipment.of(ShipmentId.of(id), client, date, AMOUNT));
    return this;
  }

  Facts host(HostFact fact) {
    hostFacts.add(fact);
    return this;
  }

  ClientActivity activity() {
    return ClientActivity.builder(client)
        .interests(interests)
        .payments(payments)
        .shipments(shipments)
        .hostFacts(hostFacts)
        .build();
  }

  static Interest interest(ClientId client, String id, LocalDate openedOn) {
    return Interest.builder()
        .id(InterestId.of(id))
        .client(client)
        .openedOn(openedOn)
        .stage(Optional.of("Qualification"))
        .build();
  }
}
