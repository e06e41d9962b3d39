package org.clientbase.rules.conversion;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clientbase.core.client.Client;
import org.clientbase.core.client.ContactPerson;
import org.clientbase.core.client.Counterparty;
import org.clientbase.core.contact.Email;
import org.clientbase.core.contact.Phone;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.lead.Lead;
import org.clientbase.spi.store.ClientStore;
import org.clientbase.spi.store.ContactPersonStore;
import org.clientbase.spi.store.CounterpartyStore;

/** The exact duplicate gates of {@link DuplicateFinder}: same INN, email or phone. */
final class ExactMatches {
  private final Map<ClientId, List<String>> reasons = new LinkedHashMap<>();

  private ExactMatches() {}

  /** Finds the clients like a lead; {@code contactPersons} is null to leave contact persons out. */
  static List<ClientMatch> of(Lead lead, ClientStore clients, CounterpartyStore counterparties,
      ContactPersonStore contactPersons) {
    ExactMatches found = new ExactMatches();
    lead.inn().ifPresent(inn -> {
      for (Counterparty k : counterparties.findByInn(inn)) {
        found.add(k.client(), "same INN " + inn.value());
      }
    });
    for (Email email : lead.emails()) {
      for (Client c : clients.findByEmail(email)) {
        found.add(c.id(), "same email " + email);
      }
      if (contactPersons != null) {
        for (ContactPerson p : contactPersons.findByEmail(email)) {
          for (Client c : clients.findByContactPerson(p.id())) {
            found.add(c.id(), "contact person " + p.id() + " has the same email " + email);
          }
        }
      }
    }
    for (Phone phone : lead.phones()) {
      for (Client c : clients.findByPhone(phone)) {
        found.add(c.id(), "same phone " + phone);
      }
      if (contactPersons != null) {
        for (ContactPerson p : contactPersons.findByPhone(phone)) {
          for (Client c : clients.findByContactPerson(p.id())) {
            found.add(c.id(), "contact person " + p.id() + " has the same phone " + phone);
          }
        }
      }
    }
    return found.reasons.entrySet().stream()
        .map(e -> new ClientMatch(e.getKey(), e.getValue()))
        .sorted(Comparator.comparingInt((ClientMatch m) -> -m.reasons().size())
            .thenComparing(ClientMatch::client))
        .toList();
  }

  private void add(ClientId client, String reason) {
    List<String> list = reasons.computeIfAbsent(client, c -> new ArrayList<>());
    if (!list.contains(reason)) {
      list.add(reason);
    }
  }
}
