package org.clientbase.rules.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.clientbase.core.InvalidValueException;
import org.clientbase.core.id.EntityId;
import org.clientbase.rules.matching.internal.KeyKind;
import org.clientbase.rules.matching.internal.Profile;

/**
 * Finds duplicates in a list of cards, or links one source of cards to another, in memory with
 * the same rules as duplicate control: every card is normalised once, {@link BlockingRule
 * blocking} gives the candidate pairs, and the {@link Matcher} decides on each. Immutable and
 * safe to share between threads; deterministic (the same cards in the same order give the same
 * result).
 *
 * <pre>{@code
 * Linkage linkage = Linkage.of(Matcher.of(rules), BlockingRule.defaults());
 * LinkageResult dups = linkage.deduplicate(cards);
 * LinkageResult links = linkage.linkOneToOne(fileCards, baseCards);
 * BlockingReport report = linkage.blockingReport(cards);   // pair completeness, pairs compared
 * }</pre>
 */
public final class Linkage {
  private final Matcher matcher;
  private final Set<KeyKind> kinds;
  private final int maxBlockSize;

  private Linkage(Matcher matcher, Set<KeyKind> kinds, int maxBlockSize) {
    this.matcher = matcher;
    this.kinds = kinds;
    this.maxBlockSize = maxBlockSize;
  }

  /**
   * Returns a linkage with blocks of at most 100 cards.
   *
   * @param matcher the matcher that decides on each pair
   * @param blocking the blocking rules
   * @return the linkage
   * @throws InvalidValueException if no blocking rule is given
   */
  public static Linkage of(Matcher matcher, Set<BlockingRule> blocking) {
    Objects.requireNonNull(matcher, "matcher");
    if (Objects.requireNonNull(blocking, "blocking").isEmpty()) {
      throw new InvalidValueException("Linkage blocking", blocking, "needs at least one blocking rule");
    }
    return new Linkage(matcher, BlockingRule.kinds(blocking), 100);
  }

  /**
   * Returns this linkage with another largest block: a key shared by more cards is skipped.
   *
   * @param value the largest block, at least 2
   * @return the changed linkage
   * @throws InvalidValueException if below 2
   */
  public Linkage withMaxBlockSize(int value) {
    if (value < 2) {
      throw new InvalidValueException("Linkage maxBlockSize", value, "must be at least 2");
    }
    return new Linkage(matcher, kinds, value);
  }

  /**
   * Returns the matcher.
   *
   * @return the matcher
   */
  public Matcher matcher() {
    return matcher;
  }

  /**
   * Finds the duplicate pairs among cards.
   *
   * @param cards the cards, with distinct ids
   * @return the pairs taken for duplicates, best first, and the pairs compared
   */
  public LinkageResult deduplicate(List<MatchCard> cards) {
    List<CompiledCard> compiled = compile(cards);
    long[] pairs = candidatePairs(compiled, null);
    List<Match> matches = new ArrayList<>();
    for (long pair : pairs) {
      Match match = matcher.matchIfDuplicate(compiled.get(left(pair)), compiled.get(right(pair)));
      if (match != null) {
        matches.add(match);
      }
    }
    matches.sort(BEST_FIRST);
    return new LinkageResult(matches, pairs.length);
  }

  /**
   * Links the cards of one source to those of another: every pair of a left and a right card
   * taken for duplicates.
   *
   * @param left the cards of one source
   * @param right the cards of the other
   * @return the pairs, left card first, best first, and the pairs compared
   */
  public LinkageResult link(List<MatchCard> left, List<MatchCard> right) {
    List<CompiledCard> l = compile(left);
    List<CompiledCard> r = compile(right);
    long[] pairs = candidatePairs(l, r);
    List<Match> matches = new ArrayList<>();
    for (long pair : pairs) {
      Match match = matcher.matchIfDuplicate(l.get(left(pair)), r.get(right(pair)));
      if (match != null) {
        matches.add(match);
      }
    }
    matches.sort(BEST_FIRST);
    return new LinkageResult(matches, pairs.length);
  }

  /**
   * Links the cards of one source to those of another, one to one: each card is linked to at
   * most one card of the other source, the best pairs first (ties by id).
   *
   * @param left the cards of one source
   * @param right the cards of the other
   * @return the pairs kept, best first, and the pairs compared
   */
  public LinkageResult linkOneToOne(List<MatchCard> left, List<MatchCard> right) {
    LinkageResult all = link(left, right);
    Set<EntityId> usedLeft = new HashSet<>();
    Set<EntityId> usedRight = new HashSet<>();
    List<Match> kept = new ArrayList<>();
    for (Match match : all.matches()) {
      if (!usedLeft.contains(match.left()) && !usedRight.contains(match.right())) {
        usedLeft.add(match.left());
        usedRight.add(match.right());
        kept.add(match);
      }
    }
    return new LinkageResult(kept, all.pairsCompared());
  }

  /**
   * Measures the blocking against the rules on some cards: compares every pair of cards (so
   * meant for samples and evaluation sets, not for a whole large base) and counts how many of
   * the pairs the rules accept blocking gives.
   *
   * @param cards the cards
   * @return the pairs compared and the pair completeness
   */
  public BlockingReport blockingReport(List<MatchCard> cards) {
    List<CompiledCard> compiled = compile(cards);
    long[] pairs = candidatePairs(compiled, null);
    long accepted = 0;
    long found = 0;
    for (int i = 0; i < compiled.size(); i++) {
      for (int j = i + 1; j < compiled.size(); j++) {
        if (matcher.matchIfDuplicate(compiled.get(i), compiled.get(j)) != null) {
          accepted++;
          if (Arrays.binarySearch(pairs, pair(i, j)) >= 0) {
            found++;
          }
        }
      }
    }
    return new BlockingReport(compiled.size(), pairs.length, accepted, found);
  }

  private static final Comparator<Match> BEST_FIRST = Comparator.comparingDouble((Match m) -> -m.score())
      .thenComparing(Match::left).thenComparing(Match::right);

  private List<CompiledCard> compile(List<MatchCard> cards) {
    List<CompiledCard> compiled = new ArrayList<>(cards.size());
    Set<EntityId> ids = new HashSet<>();
    for (MatchCard card : cards) {
      if (!ids.add(card.id())) {
        throw new InvalidValueException("Linkage card id", card.id(), "appears twice");
      }
      compiled.add(matcher.compile(card));
    }
    return compiled;
  }

  /**
   * The candidate pairs, sorted, each a left index in the high half and a right index in the low
   * half; among one list's cards when {@code right} is {@code null}, the left index the smaller.
   */
  long[] candidatePairs(List<CompiledCard> left, List<CompiledCard> right) {
    Map<String, int[]> blocks = new HashMap<>();
    Map<String, int[]> rightBlocks = right == null ? blocks : new HashMap<>();
    index(left, blocks);
    if (right != null) {
      index(right, rightBlocks);
    }
    long[] pairs = new long[1024];
    int n = 0;
    for (Map.Entry<String, int[]> block : blocks.entrySet()) {
      int[] l = block.getValue();
      int[] r = right == null ? l : rightBlocks.get(block.getKey());
      if (r == null || l[0] > maxBlockSize || r[0] > maxBlockSize) {
        continue;
      }
      for (int a = 1; a <= l[0]; a++) {
        for (int b = right == null ? a + 1 : 1; b <= r[0]; b++) {
          if (n == pairs.length) {
            pairs = Arrays.copyOf(pairs, n * 2);
          }
          pairs[n++] = right == null ? pair(Math.min(l[a], r[b]), Math.max(l[a], r[b])) : pair(l[a], r[b]);
        }
      }
    }
    Arrays.sort(pairs, 0, n);
    int unique = 0;
    for (int i = 0; i < n; i++) {
      if (unique == 0 || pairs[unique - 1] != pairs[i]) {
        pairs[unique++] = pairs[i];
      }
    }
    return Arrays.copyOf(pairs, unique);
  }

  /** Each key's cards: the count first, then the indexes; counting stops past the largest block. */
  private void index(List<CompiledCard> cards, Map<String, int[]> blocks) {
    for (int i = 0; i < cards.size(); i++) {
      Profile profile = cards.get(i).profile();
      for (String key : KeyKind.keys(profile, kinds)) {
        int[] block = blocks.computeIfAbsent(key, k -> new int[5]);
        if (block[0] > maxBlockSize) {
          continue;
        }
        if (block[0] + 1 == block.length) {
          block = Arrays.copyOf(block, block.length * 2);
          blocks.put(key, block);
        }
        block[++block[0]] = i;
      }
    }
  }

  static long pair(int left, int right) {
    return ((long) left << 32) | (right & 0xffffffffL);
  }

  static int left(long pair) {
    return (int) (pair >>> 32);
  }

  static int right(long pair) {
    return (int) pair;
  }

  static List<CompiledCard> compiled(Matcher matcher, Collection<MatchCard> cards) {
    List<CompiledCard> compiled = new ArrayList<>(cards.size());
    for (MatchCard card : cards) {
      compiled.add(matcher.compile(card));
    }
    return compiled;
  }
}
