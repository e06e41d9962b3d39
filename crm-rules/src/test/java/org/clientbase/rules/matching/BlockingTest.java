package org.clientbase.rules.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.clientbase.core.client.ContactPerson;
import org.clientbase.core.field.CardType;
import org.clientbase.rules.matching.internal.BlockingPlan;
import org.clientbase.rules.matching.internal.KeyKind;
import org.clientbase.rules.matching.internal.Profile;
import org.clientbase.rules.matching.internal.Scorer;
import org.clientbase.spi.ProgressListener;
import org.clientbase.testkit.generators.CardGenerators;
import org.clientbase.testkit.generators.DuplicateDataset;
import org.clientbase.testkit.generators.DuplicateGens;
import org.junit.jupiter.api.Test;

class BlockingTest {

  @Test
  void theDefaultContactRulesNeedOnlySelectiveKeys() {
    assertThat(BlockingPlan.kindsFor(MatchRules.defaults(CardType.CONTACT_PERSON))).containsExactlyInAnyOrder(
        KeyKind.PHONE, KeyKind.EMAIL, KeyKind.NAME_BIRTHDAY, KeyKind.NAME_ADDRESS);
    assertThat(BlockingPlan.kindsFor(MatchRules.defaults(CardType.CLIENT))).contains(
        KeyKind.TAX_ID, KeyKind.PHONE, KeyKind.EMAIL, KeyKind.NAME_ORGANISATION, KeyKind.ORGANISATION_ADDRESS);
  }

  @Test
  void whenBlankFieldsAloneCanReachTheThresholdEveryKindIsUsed() {
    MatchRules rules = MatchRules.custom(CardType.CONTACT_PERSON)
        .rule(FieldRule.exact(MatchField.BIRTHDAY, 0.7).withBlank(BlankPolicy.BOTH_BLANK_AGREE)).build();
    assertThat(BlockingPlan.kindsFor(rules)).isEqualTo(EnumSet.allOf(KeyKind.class));
  }

  @Test
  void onTenThousandCardsTheBlockedScanFindsAtLeast99PercentOfThePairsAllPairsFinds() {
    DuplicateDataset<ContactPerson> data = DuplicateGens.contactPersons(2026, 10_000);
    MatchingFixture fixture = new MatchingFixture();
    data.cards().forEach(fixture.base.contactPersonStore()::insert);
    fixture.reindexAll();
    Set<String> blocked = new HashSet<>();
    fixture.control.scan(MatchingFixture.SYSTEM, CardType.CONTACT_PERSON, ScanPart.all(), m -> blocked.add(m.left() + "~" + m.right()), ProgressListener.none());

    Scorer scorer = new Scorer(MatchRules.defaults(CardType.CONTACT_PERSON));
    List<Profile> profiles = new ArrayList<>();
    for (ContactPerson card : data.cards()) {
      profiles.add(Profile.of(MatchCard.of(card)));
    }
    Set<String> allPairs = ConcurrentHashMap.newKeySet();
    IntStream.range(0, profiles.size()).parallel().forEach(i -> {
      for (int j = i + 1; j < profiles.size(); j++) {
        if (scorer.scoreIfDuplicate(profiles.get(i), profiles.get(j)) != null) {
          allPairs.add(profiles.get(i).id() + "~" + profiles.get(j).id());
        }
      }
    });
    Set<String> found = new HashSet<>(allPairs);
    found.retainAll(blocked);
    assertThat(allPairs).hasSizeGreaterThan(2000);
    assertThat(blocked).as("the blocked scan finds only pairs the same scorer accepts").isSubsetOf(allPairs);
    assertThat((double) found.size() / allPairs.size())
        .as("share of the %d all-pairs duplicates the blocked scan finds", allPairs.size())
        .isGreaterThanOrEqualTo(0.99);
  }

  @Test
  void stoppingEarlyNeverChangesTheVerdictOrTheScore() {
    Scorer scorer = new Scorer(MatchRules.defaults(CardType.CONTACT_PERSON));
    qt().withExamples(300).forAll(DuplicateGens.contactPersonGroups(), CardGenerators.contactPersons())
        .checkAssert((group, stranger) -> {
          List<ContactPerson> cards = new ArrayList<>(group.cards());
          cards.add(stranger);
          for (ContactPerson a : cards) {
            for (ContactPerson b : cards) {
              Profile p = Profile.of(MatchCard.of(a));
              Profile q = Profile.of(MatchCard.of(b));
              Match full = scorer.score(p, q);
              Match pruned = scorer.scoreIfDuplicate(p, q);
              assertThat(pruned != null).isEqualTo(full.isDuplicate());
              if (pruned != null) {
                assertThat(pruned).isEqualTo(full);
              }
            }
          }
        });
  }
}
