/**
 * Duplicate control: explainable matching of leads, clients and contact persons across
 * Cyrillic and Latin spellings, checks of a card before it is saved, streaming scans of the whole
 * base, and merges that keep everything and can be undone.
 *
 * <p>The pure core: normalisers ({@link org.clientbase.rules.matching.NameNormaliser}, {@link
 * org.clientbase.rules.matching.CompanyNameNormaliser}, {@link
 * org.clientbase.rules.matching.PhoneNormaliser}, {@link
 * org.clientbase.rules.matching.EmailNormaliser}, {@link
 * org.clientbase.rules.matching.AddressNormaliser}), {@link
 * org.clientbase.rules.matching.MatchRules} per card type, the {@link
 * org.clientbase.rules.matching.Matcher} that scores a pair and explains the score, and the
 * {@link org.clientbase.rules.matching.BlockingKeys} under which the host indexes cards. The
 * services over the host's SPI: {@link org.clientbase.rules.matching.DuplicateControl} (index,
 * check before save, scan, the conversion's duplicate gate) and {@link
 * org.clientbase.rules.matching.DuplicateMerger} (merge, resume, undo).
 */
package org.clientbase.rules.matching;
