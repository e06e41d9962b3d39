package org.clientbase.rules.matching.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.clientbase.rules.matching.BlankPolicy;
import org.clientbase.rules.matching.FieldRule;
import org.clientbase.rules.matching.MatchField;
import org.clientbase.rules.matching.MatchRules;

/**
 * Which kinds of blocking key to look candidates up by under a set of rules, so that every pair
 * the rules could take for duplicates shares a key.
 *
 * <p>A pair reaches the threshold only if the largest contributions of the fields it agrees on
 * add up to it (an agreement adds at most its weight plus its term-frequency adjustment's largest
 * gain, the middle band at most the weight, everything else adds nothing or takes away). So for
 * every smallest set of fields whose weights reach the threshold, the plan takes a kind of key
 * made of fields of that set only, preferring the kind made of most fields (the most selective).
 * Fields that agree when both cards leave them blank agree without sharing a key; their weight
 * counts for every set. If such fields alone reach the threshold, no key can find every pair and
 * every kind is used.
 */
public final class BlockingPlan {
  private BlockingPlan() {}

  /**
   * Returns the kinds of key to look candidates up by.
   *
   * @param rules the rules that will judge the candidates
   * @return the kinds
   */
  public static Set<KeyKind> kindsFor(MatchRules rules) {
    List<FieldRule> keyed = new ArrayList<>();
    List<Long> largest = new ArrayList<>();
    long free = 0;
    for (FieldRule rule : rules.fieldRules()) {
      if (rule.blank() == BlankPolicy.BOTH_BLANK_AGREE) {
        free += Units.of(rule.weight());
      } else {
        keyed.add(rule);
        largest.add(Units.largest(rules, rule));
      }
    }
    long threshold = Units.of(rules.threshold());
    if (free >= threshold) {
      return EnumSet.allOf(KeyKind.class);
    }
    Set<KeyKind> kinds = EnumSet.noneOf(KeyKind.class);
    int n = keyed.size();
    for (int mask = 1; mask < (1 << n); mask++) {
      if (!reaches(largest, mask, free, threshold) || !minimal(largest, mask, free, threshold)) {
        continue;
      }
      Set<MatchField> fields = EnumSet.noneOf(MatchField.class);
      for (int i = 0; i < n; i++) {
        if ((mask & (1 << i)) != 0) {
          fields.add(keyed.get(i).field());
        }
      }
      KeyKind best = null;
      for (KeyKind kind : KeyKind.values()) {
        if (fields.containsAll(kind.covers()) && (best == null || kind.covers().size() > best.covers().size())) {
          best = kind;
        }
      }
      if (best != null) {
        kinds.add(best);
      }
    }
    return kinds;
  }

  private static boolean reaches(List<Long> largest, int mask, long free, long threshold) {
    long sum = free;
    for (int i = 0; i < largest.size(); i++) {
      if ((mask & (1 << i)) != 0) {
        sum += largest.get(i);
      }
    }
    return sum >= threshold;
  }

  private static boolean minimal(List<Long> largest, int mask, long free, long threshold) {
    for (int i = 0; i < largest.size(); i++) {
      if ((mask & (1 << i)) != 0 && reaches(largest, mask & ~(1 << i), free, threshold)) {
        return false;
      }
    }
    return true;
  }
}
