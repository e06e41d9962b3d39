package org.clientbase.rules.requisites;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.clientbase.core.client.Counterparty;

/**
 * What auto-fill did to a counterparty card.
 *
 * <p>Immutable and thread-safe.
 *
 * @param counterparty the card with the empty requisites filled from the registry
 * @param found whether the registry knows the INN; if not, the card is unchanged
 * @param filled the fields filled, e.g. {@code [kpp, ogrn, legalAddress]}
 * @param conflicts the fields the card holds with another value than the registry's, left as
 *     they were
 */
public record AutoFillResult(Counterparty counterparty, boolean found, Set<String> filled, List<RequisiteConflict> conflicts) {
  /**
   * Checks and copies the parts.
   *
   * @param counterparty the card
   * @param found whether the registry knows the INN
   * @param filled the fields filled
   * @param conflicts the conflicting fields
   */
  public AutoFillResult {
    Objects.requireNonNull(counterparty, "counterparty");
    filled = Set.copyOf(filled);
    conflicts = List.copyOf(conflicts);
  }

  /**
   * Tells whether the card changed.
   *
   * @return {@code true} if a field was filled
   */
  public boolean changed() {
    return !filled.isEmpty();
  }
}
