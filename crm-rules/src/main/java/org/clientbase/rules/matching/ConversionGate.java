package org.clientbase.rules.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clientbase.core.client.Client;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.ContactPersonId;
import org.clientbase.rules.conversion.ClientMatch;
import org.clientbase.spi.store.ClientStore;

/**
 * The duplicate gate of lead conversion: the clients a lead's check found, directly or through
 * their contact persons, each once with its best score, best first, with the reasons of every
 * match that found it.
 */
final class ConversionGate {
  private ConversionGate() {}

  static List<ClientMatch> clientsLike(CheckResult result, ClientStore clients) {
    Map<ClientId, Double> scores = new LinkedHashMap<>();
    Map<ClientId, List<String>> reasons = new LinkedHashMap<>();
    for (Match match : result.matches()) {
      if (match.right() instanceof ClientId client) {
        add(scores, reasons, client, match.score(), match.reasons(), "");
      } else if (match.right() instanceof ContactPersonId person) {
        for (Client client : clients.findByContactPerson(person)) {
          if (!client.isMerged()) {
            add(scores, reasons, client.id(), match.score(), match.reasons(), "contact person " + person + ": ");
          }
        }
      }
    }
    return scores.keySet().stream()
        .sorted(Comparator.comparingDouble((ClientId c) -> -scores.get(c)).thenComparing(c -> c))
        .map(c -> new ClientMatch(c, reasons.get(c)))
        .toList();
  }

  private static void add(
      Map<ClientId, Double> scores, Map<ClientId, List<String>> reasons, ClientId client, double score,
      List<String> why, String prefix) {
    scores.merge(client, score, Math::max);
    List<String> list = reasons.computeIfAbsent(client, c -> new ArrayList<>());
    for (String reason : why) {
      list.add(prefix + reason);
    }
    if (list.isEmpty()) {
      list.add(prefix + "score " + FieldEvidence.format(score));
    }
  }
}
