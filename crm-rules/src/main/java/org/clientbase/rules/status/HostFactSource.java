package org.clientbase.rules.status;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.clientbase.core.id.ClientId;

/**
 * Where the {@link StatusService} reads the host's own facts for its {@link HostRule}s, one call
 * per batch of clients. A host without host rules needs none ({@link #none()}).
 */
@FunctionalInterface
public interface HostFactSource {
  /**
   * Returns the host facts of the given clients.
   *
   * @param clients the clients of one batch
   * @return the facts per client; clients without facts may be absent
   */
  Map<ClientId, List<HostFact>> hostFacts(Collection<ClientId> clients);

  /**
   * Returns a source without any fact.
   *
   * @return the empty source
   */
  static HostFactSource none() {
    return clients -> Map.of();
  }
}
