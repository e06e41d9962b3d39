package org.clientbase.rules.matching.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongConsumer;
import java.util.function.Predicate;
import org.clientbase.core.field.CardType;
import org.clientbase.core.id.EntityId;
import org.clientbase.rules.matching.BlockingKeys;
import org.clientbase.rules.matching.CheckAction;
import org.clientbase.rules.matching.CheckResult;
import org.clientbase.rules.matching.Match;
import org.clientbase.rules.matching.MatchCard;
import org.clientbase.rules.matching.MatchLevel;
import org.clientbase.rules.matching.ScanSummary;
import org.clientbase.spi.matching.MatchKeyIndex;

/**
 * One check of a card before it is saved: its candidates looked up in the index by the keys the
 * rules of each compared type need, scored, and the matches a viewer may see kept apart from the
 * ones it may not. Also the index rebuild of one card type. Stateless and thread-safe.
 */
public final class CheckRun {
  private static final Comparator<Match> BEST_FIRST =
      Comparator.comparingDouble((Match m) -> -m.score()).thenComparing(Match::right);

  private final CardSource source;
  private final Blocks blocks;
  private final Map<CardType, Scorer> scorers;
  private final Map<CardType, Set<KeyKind>> plans;
  private final Function<MatchLevel, CheckAction> policy;

  /**
   * Prepares a check.
   *
   * @param source the cards
   * @param blocks the index look-up
   * @param scorers the scorer of each type's rules
   * @param plans the kinds of key to look candidates up by, per type
   * @param policy the action the host's policy gives for a level of match
   */
  public CheckRun(CardSource source, Blocks blocks, Map<CardType, Scorer> scorers, Map<CardType, Set<KeyKind>> plans,
      Function<MatchLevel, CheckAction> policy) {
    this.source = source;
    this.blocks = blocks;
    this.scorers = scorers;
    this.plans = plans;
    this.policy = policy;
  }

  /**
   * Checks a card against the cards of the given types.
   *
   * @param visible the cards the viewer may see; the others are only counted
   * @param card the card
   * @param against the types to compare with, each with a scorer
   * @return the matches the viewer may see, best first, how many it may not, and the policy's
   *     action over every match
   */
  public CheckResult check(Predicate<EntityId> visible, MatchCard card, Set<CardType> against) {
    Profile profile = Profile.of(card);
    List<Match> matches = new ArrayList<>();
    for (CardType type : against) {
      Scorer scorer = scorers.get(type);
      Set<String> keys = KeyKind.keys(profile, plans.get(type));
      Set<EntityId> ids = new LinkedHashSet<>();
      for (List<EntityId> block : blocks.usable(type, keys, new long[1]).values()) {
        ids.addAll(block);
      }
      ids.remove(card.id());
      for (MatchCard candidate : source.load(type, ids).values()) {
        Match match = scorer.score(profile, Profile.of(candidate));
        if (match.isDuplicate()) {
          matches.add(match);
        }
      }
    }
    matches.sort(BEST_FIRST);
    CheckAction action = matches.stream()
        .map(m -> m.level().orElseThrow())
        .max(Comparator.naturalOrder())
        .map(policy)
        .orElse(CheckAction.ALLOW);
    List<Match> seen = matches.stream().filter(m -> visible.test(m.right())).toList();
    return new CheckResult(card.id(), action, seen, matches.size() - seen.size());
  }

  /**
   * Rebuilds the index for every card of a type after a given card, a batch at a time.
   *
   * @param source the cards
   * @param index the index
   * @param type the type
   * @param after the last card already indexed
   * @param batchSize the cards read per batch
   * @param progress receives the cards done so far after each batch
   * @return how many cards were indexed, and the last card read
   */
  public static ScanSummary reindex(CardSource source, MatchKeyIndex index, CardType type, Optional<EntityId> after,
      int batchSize, LongConsumer progress) {
    long done = 0;
    Optional<EntityId> last = after;
    while (true) {
      CardSource.Page page = source.page(type, last, batchSize);
      if (page.read() == 0) {
        break;
      }
      page.cards().forEach(card -> index.put(card.id(), BlockingKeys.of(card)));
      page.leftOut().forEach(index::remove);
      done += page.read();
      last = page.last();
      progress.accept(done);
    }
    return new ScanSummary(type, done, 0, 0, 0, last);
  }
}
