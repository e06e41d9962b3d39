package org.clientbase.rules.matching;

import java.util.Objects;
import java.util.Optional;
import org.clientbase.core.InvalidValueException;
import org.clientbase.core.id.EntityId;

/**
 * Which cards a duplicate scan reads: all of them, or a part of at most some number of cards,
 * from the beginning or after the last card of an earlier part. Scanning in parts lets a host
 * stop and go on at will, keeping the last card of each part as its checkpoint. Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * ScanSummary part = control.scan(nightly, CardType.CLIENT, ScanPart.first(50_000), review, progress);
 * while (part.scanned() > 0) {
 *   part = control.scan(nightly, CardType.CLIENT, ScanPart.after(part.lastCard().orElseThrow(), 50_000),
 *       review, progress);
 * }
 * }</pre>
 */
public final class ScanPart {
  private static final ScanPart ALL = new ScanPart(Optional.empty(), Long.MAX_VALUE);

  private final Optional<EntityId> after;
  private final long maxCards;

  private ScanPart(Optional<EntityId> after, long maxCards) {
    if (maxCards < 1) {
      throw new InvalidValueException("scan part maxCards", maxCards, "must be at least 1");
    }
    this.after = after;
    this.maxCards = maxCards;
  }

  /**
   * Returns the whole scan: every card, from the beginning.
   *
   * @return the whole scan
   */
  public static ScanPart all() {
    return ALL;
  }

  /**
   * Returns the first part of a scan.
   *
   * @param maxCards how many cards to scan at most, at least 1
   * @return the part
   * @throws InvalidValueException if {@code maxCards} is below 1
   */
  public static ScanPart first(long maxCards) {
    return new ScanPart(Optional.empty(), maxCards);
  }

  /**
   * Returns the part of a scan after the last card of an earlier part.
   *
   * @param lastCard the last card of the earlier part, {@link ScanSummary#lastCard()}
   * @param maxCards how many cards to scan at most, at least 1
   * @return the part
   * @throws InvalidValueException if {@code maxCards} is below 1
   */
  public static ScanPart after(EntityId lastCard, long maxCards) {
    return new ScanPart(Optional.of(Objects.requireNonNull(lastCard, "lastCard")), maxCards);
  }

  /**
   * Returns the last card of the earlier part, after which this part starts.
   *
   * @return the card; empty for a part that starts at the beginning
   */
  public Optional<EntityId> lastCardBefore() {
    return after;
  }

  /**
   * Returns how many cards the part scans at most.
   *
   * @return the limit; {@link Long#MAX_VALUE} for a whole scan
   */
  public long maxCards() {
    return maxCards;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ScanPart part && part.after.equals(after) && part.maxCards == maxCards;
  }

  @Override
  public int hashCode() {
    return after.hashCode() * 31 + Long.hashCode(maxCards);
  }

  @Override
  public String toString() {
    return (maxCards == Long.MAX_VALUE ? "every card" : "at most " + maxCards + " cards")
        + after.map(card -> " after " + card).orElse(" from the beginning");
  }
}
