package org.clientbase.rules.matching;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.clientbase.rules.matching.internal.KeyKind;
import org.clientbase.rules.matching.internal.Profile;

/**
 * Computes the blocking keys of a card: the short texts under which the {@link
 * org.clientbase.spi.matching.MatchKeyIndex} finds it, so that finding the candidate duplicates
 * of a card never reads the whole base.
 *
 * <p>Two cards that the rules could take for duplicates share at least one key. The keys are
 * made of normalised values, so they hold across spellings: the same INN ({@code inn:}), phone
 * ({@code tel:}) or email ({@code mail:}); the last or first name, folded across Cyrillic and
 * Latin and followed by the other's initial, together with the birthday ({@code pb:}), the
 * street and house ({@code pa:}) or a word of the company name ({@code pc:}); a word of the
 * company name with the street and house ({@code oa:}); and, less selective, the last and first
 * names in either order ({@code pn:}), the company name ({@code on:}), the street and house
 * ({@code ad:}) and the birthday ({@code bd:}); and the whole date of birth ({@code dob:}), the
 * last name ({@code ln:}), a name with the postcode ({@code pp:}), the postcode and house ({@code
 * ph:}), the first name with the date of birth ({@code fd:}) and the last name with the date of
 * birth missing one part ({@code ld:}). A first name with equivalents (Vladimir, Volodymyr,
 * Vova) is keyed by its group, so that all its forms share the keys; see {@link BlockingRule}. A key made of several fields stays selective in
 * a large base; a key that too many cards share is skipped when candidates are looked up.
 *
 * <pre>{@code
 * BlockingKeys.of(MatchCard.of(lead));
 * // [tel:+79161234567, mail:s.ivanov@romashka.ru, pc:ivanov|s|romashka, pc:sergei|i|romashka,
 * //  pn:ivanov|sergei, on:romashka]
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class BlockingKeys {
  private BlockingKeys() {}

  /**
   * Returns every key of a card, as the index stores it.
   *
   * @param card the card
   * @return the keys, without repeats
   */
  public static Set<String> of(MatchCard card) {
    Objects.requireNonNull(card, "card");
    return KeyKind.keys(Profile.of(card), EnumSet.allOf(KeyKind.class));
  }
}
