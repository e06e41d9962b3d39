package org.clientbase.rules.matching;

import java.util.Objects;
import java.util.Optional;
import org.clientbase.core.field.CardType;
import org.clientbase.core.id.EntityId;

/**
 * What a scan of the base for duplicates did. A scan attributes each pair to the card with the
 * smaller id, so a scan resumed after {@link #lastCard()} reports every pair exactly once.
 *
 * <p>Immutable and thread-safe.
 *
 * @param type the type of the cards scanned
 * @param scanned how many cards were scanned (merged cards are passed over)
 * @param compared how many pairs were compared
 * @param matches how many pairs were reported as duplicates
 * @param skippedKeys how many looked-up keys were shared by too many cards to be used
 * @param lastCard the last card scanned, to resume after; empty if nothing was scanned
 */
public record ScanSummary(
    CardType type, long scanned, long compared, long matches, long skippedKeys, Optional<EntityId> lastCard) {
  /**
   * Checks the parts.
   *
   * @param type the type
   * @param scanned the cards scanned
   * @param compared the pairs compared
   * @param matches the duplicates reported
   * @param skippedKeys the keys skipped
   * @param lastCard the last card scanned
   */
  public ScanSummary {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(lastCard, "lastCard");
  }
}
