package org.clientbase.rules.matching.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.clientbase.core.field.CardType;
import org.clientbase.core.id.EntityId;
import org.clientbase.rules.matching.Match;
import org.clientbase.rules.matching.MatchCard;
import org.clientbase.rules.matching.ScanSummary;

/**
 * One streaming scan of the cards of a type: a batch of cards at a time, their candidates looked
 * up in the index in one call and read in one call, each card normalised once and kept in a
 * bounded cache while the scan needs it, each pair scored once, by the card with the smaller id.
 */
public final class ScanRun {
  private static final int PROFILE_CACHE = 2048;

  /** Receives the progress of a scan after each batch: how many cards were read. */
  public interface Progress {
    /**
     * Reports progress.
     *
     * @param read the cards read so far
     */
    void read(long read);
  }

  private final CardSource source;
  private final Blocks blocks;
  private final Scorer scorer;
  private final Set<KeyKind> kinds;
  private final int batchSize;

  /**
   * Prepares a scan.
   *
   * @param source the cards
   * @param blocks the index look-up
   * @param scorer the scorer of the type's rules
   * @param kinds the kinds of key to look candidates up by
   * @param batchSize the cards read per batch
   */
  public ScanRun(CardSource source, Blocks blocks, Scorer scorer, Set<KeyKind> kinds, int batchSize) {
    this.source = source;
    this.blocks = blocks;
    this.scorer = scorer;
    this.kinds = kinds;
    this.batchSize = batchSize;
  }

  /**
   * Runs the scan.
   *
   * @param type the card type
   * @param after the last card already scanned
   * @param maxCards the cards to scan at most (the scan ends at the end of a batch)
   * @param visible for a scan on behalf of a user, the cards the user may see: the others are
   *     neither scanned, compared nor counted, the scan stops after exactly {@code maxCards} cards
   *     seen, and the last card returned is the last one seen; {@code null} for the system, which
   *     sees every card
   * @param onMatch receives each duplicate pair
   * @param progress receives progress
   * @return what the scan did
   */
  public ScanSummary run(
      CardType type, Optional<EntityId> after, long maxCards, Predicate<EntityId> visible, Consumer<Match> onMatch,
      Progress progress) {
    Map<EntityId, Profile> cache = new LinkedHashMap<>(PROFILE_CACHE * 2, 0.75f, true) {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(Map.Entry<EntityId, Profile> eldest) {
        return size() > PROFILE_CACHE;
      }
    };
    long scanned = 0;
    long compared = 0;
    long matches = 0;
    long[] skipped = new long[1];
    long read = 0;
    Optional<EntityId> last = after;
    Optional<EntityId> lastSeen = after;
    while (true) {
      CardSource.Page page = source.page(type, last, batchSize);
      if (page.read() == 0) {
        break;
      }
      List<Profile> profiles = new ArrayList<>(page.cards().size());
      Map<EntityId, Set<String>> keysOf = new HashMap<>();
      Set<String> allKeys = new LinkedHashSet<>();
      int seen = 0;
      for (MatchCard card : page.cards()) {
        if (visible != null && (read + seen >= maxCards || !visible.test(card.id()))) {
          continue;
        }
        seen++;
        lastSeen = Optional.of(card.id());
        Profile profile = cache.computeIfAbsent(card.id(), id -> Profile.of(card));
        profiles.add(profile);
        Set<String> keys = KeyKind.keys(profile, kinds);
        keysOf.put(card.id(), keys);
        allKeys.addAll(keys);
      }
      Map<String, List<EntityId>> found = blocks.usable(type, allKeys, skipped);
      Map<EntityId, Profile> known = new HashMap<>();
      Map<EntityId, Set<EntityId>> candidatesOf = new HashMap<>();
      Set<EntityId> missing = new LinkedHashSet<>();
      for (Profile profile : profiles) {
        Set<EntityId> candidates = new LinkedHashSet<>();
        for (String key : keysOf.get(profile.id())) {
          List<EntityId> block = found.get(key);
          if (block != null) {
            for (EntityId other : block) {
              if (other.compareTo(profile.id()) > 0 && (visible == null || visible.test(other))) {
                candidates.add(other);
              }
            }
          }
        }
        for (EntityId other : candidates) {
          if (!known.containsKey(other)) {
            Profile cached = cache.get(other);
            if (cached != null) {
              known.put(other, cached);
            } else {
              missing.add(other);
            }
          }
        }
        candidatesOf.put(profile.id(), candidates);
      }
      for (MatchCard card : source.load(type, missing).values()) {
        Profile profile = Profile.of(card);
        known.put(card.id(), profile);
        cache.put(card.id(), profile);
      }
      for (Profile profile : profiles) {
        for (EntityId other : candidatesOf.get(profile.id())) {
          Profile candidate = known.get(other);
          if (candidate == null) {
            continue; // merged, converted or gone since it was indexed
          }
          compared++;
          Match match = scorer.scoreIfDuplicate(profile, candidate);
          if (match != null) {
            matches++;
            onMatch.accept(match);
          }
        }
      }
      scanned += seen;
      read += visible == null ? page.read() : seen;
      last = page.last();
      if (visible == null) {
        lastSeen = last;
      }
      progress.read(read);
      if (read >= maxCards) {
        break;
      }
    }
    return new ScanSummary(type, scanned, compared, matches, skipped[0], lastSeen);
  }
}
