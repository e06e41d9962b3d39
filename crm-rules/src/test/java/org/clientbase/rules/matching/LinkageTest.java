package org.clientbase.rules.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.clientbase.core.InvalidValueException;
import org.clientbase.core.field.CardType;
import org.clientbase.core.id.ContactPersonId;
import org.clientbase.core.person.Birthday;
import org.junit.jupiter.api.Test;

/** Linkage in memory, learning weights without labels, and rules saved as JSON. */
class LinkageTest {
  private static final String[] FIRST = {"john", "mary", "peter", "anna", "james", "olivia", "jack", "emily",
      "william", "chloe", "thomas", "grace", "daniel", "lucy", "samuel", "ruby", "harry", "zoe", "oscar", "ella"};
  private static final String[] LAST = {"smith", "jones", "brown", "wilson", "taylor", "white", "martin",
      "anderson", "thompson", "walker", "harris", "lee", "ryan", "robinson", "kelly", "king", "davies", "wright",
      "evans", "roberts", "green", "hall", "wood", "jackson", "clarke"};
  private static final String[] STREETS = {"forbes street", "milne cove", "holden place", "banks road",
      "george street", "kent avenue", "church lane", "park road"};

  static MatchRules shape() {
    return MatchRules.custom(CardType.CONTACT_PERSON)
        .rule(FieldRule.fuzzy(MatchField.FIRST_NAME, MatchMethod.JARO_WINKLER, 0.92, 0.5).disagreeingBelow(0.8))
        .rule(FieldRule.fuzzy(MatchField.LAST_NAME, MatchMethod.JARO_WINKLER, 0.92, 0.5).disagreeingBelow(0.8))
        .rule(FieldRule.fuzzy(MatchField.BIRTHDAY, MatchMethod.DAMERAU_LEVENSHTEIN, 0.8, 0.5).disagreeingBelow(0.8))
        .rule(FieldRule.exact(MatchField.POSTCODE, 0.5))
        .rule(FieldRule.fuzzy(MatchField.STREET, MatchMethod.JARO_WINKLER, 0.9, 0.5).disagreeingBelow(0.75))
        .rule(FieldRule.exact(MatchField.HOUSE, 0.5))
        .build();
  }

  /** People, every third with a duplicate carrying one typo; the duplicate's id ends with "d". */
  static List<MatchCard> people(int count, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<MatchCard> cards = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String first = FIRST[random.nextInt(FIRST.length)];
      String last = LAST[random.nextInt(LAST.length)];
      LocalDate born = LocalDate.of(1940 + random.nextInt(60), 1 + random.nextInt(12), 1 + random.nextInt(28));
      String postcode = String.valueOf(2000 + random.nextInt(800));
      String street = STREETS[random.nextInt(STREETS.length)];
      String house = String.valueOf(1 + random.nextInt(90));
      cards.add(person("p-" + i, first, last, born, postcode, street, house));
      if (i % 3 == 0) {
        String typoLast = last.substring(0, last.length() - 1) + "e";
        cards.add(person("p-" + i + "d", first, random.nextBoolean() ? typoLast : last, born, postcode,
            random.nextBoolean() ? street.replace(" ", "") : street, house));
      }
    }
    return cards;
  }

  private static MatchCard person(String id, String first, String last, LocalDate born, String postcode, String street,
      String house) {
    return MatchCard.builder(ContactPersonId.of(id), CardType.CONTACT_PERSON).name(last, first)
        .birthday(Birthday.of(born)).address(new MatchCard.Address(postcode, "", "sydney", street, house, "")).build();
  }

  private static boolean truePair(Match m) {
    String a = m.left().value().replace("d", "");
    String b = m.right().value().replace("d", "");
    return a.equals(b);
  }

  @Test
  void learnedWeightsWithoutLabelsFindTheDuplicates() {
    List<MatchCard> cards = people(600, 7);
    MatchRules learned = MatchRulesLearner.learn(shape(), cards, BlockingRule.defaults(), new SplittableRandom(1));
    LinkageResult result = Linkage.of(Matcher.of(learned), BlockingRule.defaults()).deduplicate(cards);
    long right = result.matches().stream().filter(LinkageTest::truePair).count();
    assertThat(right).as(learned.toJson()).isGreaterThanOrEqualTo(195);
    assertThat(result.matches().size() - right).as(learned.toJson()).isLessThanOrEqualTo(5);
    assertThat(learned.rule(MatchField.BIRTHDAY).orElseThrow().weight())
        .isGreaterThan(learned.rule(MatchField.HOUSE).orElseThrow().weight());
  }

  @Test
  void learningTwiceWithTheSameSeedGivesTheSameRules() {
    List<MatchCard> cards = people(200, 3);
    MatchRules once = MatchRulesLearner.learn(shape(), cards, BlockingRule.defaults(), new SplittableRandom(5));
    MatchRules twice = MatchRulesLearner.learn(shape(), cards, BlockingRule.defaults(), new SplittableRandom(5));
    assertThat(twice.toJson()).isEqualTo(once.toJson());
  }

  @Test
  void rulesSurviveJsonAndAHandEditIsRead() {
    MatchRules rules = MatchRules.defaults(CardType.CLIENT);
    MatchRules read = MatchRules.fromJson(rules.toJson());
    assertThat(read.fieldRules()).isEqualTo(rules.fieldRules());
    assertThat(read.threshold()).isEqualTo(rules.threshold());
    assertThat(read.certainAt()).isEqualTo(rules.certainAt());
    MatchRules edited = MatchRules.fromJson(rules.toJson().replace("\"threshold\": 0.6", "\"threshold\": 0.7"));
    assertThat(edited.threshold()).isEqualTo(0.7);
  }

  @Test
  void brokenJsonNamesThePlaceAndTheProblem() {
    assertThatThrownBy(() -> MatchRules.fromJson("{\"cardType\": \"CLIENT\", \"threshold\": }"))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("match rules JSON at character");
    String json = MatchRules.defaults(CardType.CLIENT).toJson().replace("\"PHONE\"", "\"FAX\"");
    assertThatThrownBy(() -> MatchRules.fromJson(json))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("FAX");
  }

  @Test
  void linkingOneToOneKeepsTheBestPartnerOfEachCard() {
    MatchRules rules = MatchRules.custom(CardType.CONTACT_PERSON)
        .rule(FieldRule.fuzzy(MatchField.LAST_NAME, MatchMethod.JARO_WINKLER, 0.9, 0.5))
        .rule(FieldRule.fuzzy(MatchField.FIRST_NAME, MatchMethod.JARO_WINKLER, 0.9, 0.5))
        .threshold(0.5).build();
    List<MatchCard> file = List.of(card("f-1", "Smith", "John"));
    List<MatchCard> base = List.of(card("b-1", "Smith", "John"), card("b-2", "Smith", "Jon"));
    Linkage linkage = Linkage.of(Matcher.of(rules), Set.of(BlockingRule.LAST_NAME));
    assertThat(linkage.link(file, base).matches()).hasSize(2);
    LinkageResult one = linkage.linkOneToOne(file, base);
    assertThat(one.matches()).hasSize(1);
    assertThat(one.matches().get(0).right().value()).isEqualTo("b-1");
    assertThat(one.pairsCompared()).isEqualTo(2);
  }

  @Test
  void theBlockingReportCountsTheAcceptedPairsBlockingMisses() {
    MatchRules rules = MatchRules.custom(CardType.CONTACT_PERSON)
        .rule(FieldRule.fuzzy(MatchField.FIRST_NAME, MatchMethod.JARO_WINKLER, 0.9, 0.5)).threshold(0.5).build();
    List<MatchCard> cards = List.of(card("p-1", "Smith", "John"), card("p-2", "Brown", "John"),
        card("p-3", "Smith", "Mary"));
    BlockingReport report = Linkage.of(Matcher.of(rules), Set.of(BlockingRule.LAST_NAME)).blockingReport(cards);
    assertThat(report.pairsCompared()).isEqualTo(1);
    assertThat(report.acceptedPairs()).isEqualTo(1);
    assertThat(report.acceptedPairsFound()).isZero();
    assertThat(report.pairCompleteness()).isZero();
  }

  @Test
  void streetKeysHoldAcrossSpacing() {
    MatchCard a = MatchCard.builder(ContactPersonId.of("p-1"), CardType.CONTACT_PERSON).name("Lee", "Ann")
        .address(new MatchCard.Address("", "", "", "holdenplace", "8", "")).build();
    MatchCard b = MatchCard.builder(ContactPersonId.of("p-2"), CardType.CONTACT_PERSON).name("Lee", "Ann")
        .address(new MatchCard.Address("", "", "", "holden place", "8", "")).build();
    Set<String> shared = new java.util.HashSet<>(BlockingKeys.of(a));
    shared.retainAll(BlockingKeys.of(b));
    assertThat(shared).contains("ad:holdenplace 8");
  }

  private static MatchCard card(String id, String last, String first) {
    return MatchCard.builder(ContactPersonId.of(id), CardType.CONTACT_PERSON).name(last, first).build();
  }
}
