package org.clientbase.rules.conversion;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clientbase.core.client.Client;
import org.clientbase.core.client.Counterparty;
import org.clientbase.core.contact.Email;
import org.clientbase.core.contact.Phone;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.lead.Lead;
import org.clientbase.spi.store.ClientStore;
import org.clientbase.spi.store.CounterpartyStore;

/**
 * The duplicate gate of a conversion: finds existing clients that look like a lead.
 *
 * <p>{@link #exact(ClientStore, CounterpartyStore)} matches on the same tax id, email or phone;
 * a fuzzier matcher plugs in through this same interface.
 */
@FunctionalInterface
public interface DuplicateFinder {

  /**
   * Finds existing clients like a lead.
   *
   * @param lead the lead about to be converted
   * @return the matches, best first; empty if none
   */
  List<ClientMatch> findClientsLike(Lead lead);

  /**
   * Returns a gate that never finds anything.
   *
   * @return the gate
   */
  static DuplicateFinder none() {
    return lead -> List.of();
  }

  /**
   * Returns a gate matching on the same INN (through the clients' counterparties), the same
   * email or the same phone. Clients with more matching reasons come first, then by id.
   *
   * @param clients the client store
   * @param counterparties the counterparty store
   * @return the gate
   */
  static DuplicateFinder exact(ClientStore clients, CounterpartyStore counterparties) {
    return lead -> {
      Map<ClientId, List<String>> reasons = new LinkedHashMap<>();
      lead.inn().ifPresent(inn -> {
        for (Counterparty k : counterparties.findByInn(inn)) {
          reasons.computeIfAbsent(k.client(), c -> new ArrayList<>()).add("same INN " + inn.value());
        }
      });
      for (Email email : lead.emails()) {
        for (Client c : clients.findByEmail(email)) {
          reasons.computeIfAbsent(c.id(), x -> new ArrayList<>()).add("same email " + email);
        }
      }
      for (Phone phone : lead.phones()) {
        for (Client c : clients.findByPhone(phone)) {
          reasons.computeIfAbsent(c.id(), x -> new ArrayList<>()).add("same phone " + phone);
        }
      }
      return reasons.entrySet().stream()
          .map(e -> new ClientMatch(e.getKey(), e.getValue()))
          .sorted(Comparator.comparingInt((ClientMatch m) -> -m.reasons().size())
              .thenComparing(ClientMatch::client))
          .toList();
    };
  }
}
