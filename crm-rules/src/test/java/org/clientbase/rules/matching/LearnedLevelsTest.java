package org.clientbase.rules.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.clientbase.core.InvalidValueException;
import org.clientbase.core.field.CardType;
import org.clientbase.core.id.ContactPersonId;
import org.clientbase.core.person.Birthday;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Learned weights for every comparison level: the middle similarity band gets its own weight,
 * and an exact agreement is adjusted by how common the value is (term frequencies).
 */
class LearnedLevelsTest {
  private static final String[] FIRST = {"john", "mary", "peter", "anna", "james", "olivia", "jack", "emily",
      "william", "chloe", "thomas", "grace", "daniel", "lucy", "samuel", "ruby", "harry", "zoe", "oscar", "ella"};
  private static final String LETTERS = "bcdfghklmnprstvz";
  private static final String VOWELS = "aeiou";

  private static MatchRules learned;

  /** A surname of three syllables, nearly always one no other person has. */
  private static String surname(SplittableRandom random) {
    StringBuilder name = new StringBuilder();
    for (int s = 0; s < 3; s++) {
      name.append(LETTERS.charAt(random.nextInt(LETTERS.length()))).append(VOWELS.charAt(random.nextInt(VOWELS.length())));
    }
    return name.append(LETTERS.charAt(random.nextInt(LETTERS.length()))).toString();
  }

  /**
   * People, a fifth of them named Smith; every third has a duplicate whose last name is the same,
   * or has its first two letters swapped and its last letter dropped (Jaro-Winkler about 0.9, in
   * the middle band of the rules below); the duplicate's id ends with "d".
   */
  static List<MatchCard> people(int count, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<MatchCard> cards = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String first = FIRST[random.nextInt(FIRST.length)];
      String last = random.nextInt(5) == 0 ? "smith" : surname(random);
      LocalDate born = LocalDate.of(1940 + random.nextInt(60), 1 + random.nextInt(12), 1 + random.nextInt(28));
      String postcode = String.valueOf(2000 + random.nextInt(800));
      String house = String.valueOf(1 + random.nextInt(90));
      cards.add(person("p-" + i, first, last, born, postcode, house));
      if (i % 3 == 0) {
        String typo = last.charAt(1) + last.substring(0, 1) + last.substring(2, last.length() - 1);
        cards.add(person("p-" + i + "d", first, random.nextBoolean() ? typo : last, born, postcode, house));
      }
    }
    return cards;
  }

  private static MatchCard person(String id, String first, String last, LocalDate born, String postcode, String house) {
    return MatchCard.builder(ContactPersonId.of(id), CardType.CONTACT_PERSON).name(last, first)
        .birthday(Birthday.of(born)).address(new MatchCard.Address(postcode, "", "", "", house, "")).build();
  }

  static MatchRules shape() {
    return MatchRules.custom(CardType.CONTACT_PERSON)
        .rule(FieldRule.fuzzy(MatchField.FIRST_NAME, MatchMethod.JARO_WINKLER, 0.92, 0.5).disagreeingBelow(0.8))
        .rule(FieldRule.fuzzy(MatchField.LAST_NAME, MatchMethod.JARO_WINKLER, 0.95, 0.5).disagreeingBelow(0.8))
        .rule(FieldRule.fuzzy(MatchField.BIRTHDAY, MatchMethod.DAMERAU_LEVENSHTEIN, 0.8, 0.5).disagreeingBelow(0.8))
        .rule(FieldRule.exact(MatchField.POSTCODE, 0.5))
        .rule(FieldRule.exact(MatchField.HOUSE, 0.5))
        .build();
  }

  @BeforeAll
  static void learn() {
    learned = MatchRulesLearner.learn(shape(), people(900, 11), BlockingRule.defaults(), new SplittableRandom(3));
  }

  private static MatchCard card(String id, String last, String first, String postcode) {
    return MatchCard.builder(ContactPersonId.of(id), CardType.CONTACT_PERSON).name(last, first)
        .address(new MatchCard.Address(postcode, "", "", "", "", "")).build();
  }

  private static FieldEvidence evidence(Match match, MatchField field) {
    return match.evidence().stream().filter(e -> e.field() == field).findFirst().orElseThrow();
  }

  @Test
  void aLastNameInTheMiddleBandCountsByItsLearnedWeight() {
    Matcher matcher = Matcher.of(learned);
    // "bakodet" against "abkode": first letters swapped, last dropped
    Match match = matcher.compare(card("a", "bakodet", "john", "2001"), card("b", "abkode", "mary", "2002"));
    FieldEvidence last = evidence(match, MatchField.LAST_NAME);
    assertThat(last.outcome()).as(match.explain()).isEqualTo(FieldEvidence.Outcome.NEUTRAL);
    // a duplicate is far likelier than two strangers to have last names this close: the band counts for
    assertThat(last.contribution()).as(learned.toJson()).isPositive()
        .isEqualTo(learned.rule(MatchField.LAST_NAME).orElseThrow().middleWeight());
    assertThat(match.explain()).contains("last name: \"bakodet\" ~ \"abkode\" (Jaro-Winkler 0.89) is neutral +0.");
  }

  @Test
  void aFieldWhoseRulesHaveNoMiddleBandLearnsNoMiddleWeight() {
    assertThat(learned.rule(MatchField.POSTCODE).orElseThrow().middleWeight()).isZero();
    assertThat(learned.rule(MatchField.BIRTHDAY).orElseThrow().middleWeight()).isZero();
  }

  @Test
  void aCommonSurnameAgreeingWeighsLessThanARareOne() {
    TermAdjustment surnames = learned.termAdjustment(MatchField.LAST_NAME).orElseThrow();
    assertThat(surnames.of("smith")).isNegative();
    assertThat(surnames.otherValues()).isPositive();
    Matcher matcher = Matcher.of(learned);
    Match common = matcher.compare(card("a", "Smith", "John", "2001"), card("b", "Smith", "Mary", "2002"));
    Match rare = matcher.compare(card("c", "Linacre", "John", "2001"), card("d", "Linacre", "Mary", "2002"));
    double weight = learned.rule(MatchField.LAST_NAME).orElseThrow().weight();
    assertThat(evidence(common, MatchField.LAST_NAME).contribution()).isLessThan(weight)
        .isLessThan(evidence(rare, MatchField.LAST_NAME).contribution());
    assertThat(evidence(rare, MatchField.LAST_NAME).contribution()).isGreaterThan(weight);
    assertThat(common.sum()).isLessThan(rare.sum());
    assertThat(common.explain()).as("the waterfall shows the adjustment for the value")
        .containsPattern("last name: \"Smith\" ~ \"Smith\" \\[smith ~ smith\\] \\(Jaro-Winkler 1\\.00, term frequency"
            + " of \"smith\" -0\\.\\d\\d\\) agrees \\+0\\.\\d\\d");
    assertThat(rare.explain()).contains("term frequency of \"linacre\" +0.");
  }

  @Test
  void learnedLevelsAndTermFrequenciesSurviveJsonAndAHandEditIsRead() {
    String json = learned.toJson();
    MatchRules read = MatchRules.fromJson(json);
    assertThat(read.fieldRules()).isEqualTo(learned.fieldRules());
    assertThat(read.termAdjustments()).isEqualTo(learned.termAdjustments()).isNotEmpty();
    assertThat(read.toJson()).isEqualTo(json);
    assertThat(json).contains("\"middleWeight\": ").contains("\"termAdjustments\": [").contains("\"smith\": -0.");

    // a reviewer decides Smith is not common in the base the rules will judge
    String edited = json.replaceFirst("\"smith\": -0\\.\\d+", "\"smith\": 0.25");
    Matcher matcher = Matcher.of(MatchRules.fromJson(edited));
    Match smith = matcher.compare(card("a", "Smith", "John", "2001"), card("b", "Smith", "Mary", "2002"));
    assertThat(evidence(smith, MatchField.LAST_NAME).contribution())
        .isEqualTo(learned.rule(MatchField.LAST_NAME).orElseThrow().weight() + 0.25, org.assertj.core.data.Offset.offset(1e-6));
  }

  @Test
  void rulesWithoutTheNewKeysStillRead() {
    String old = "{\"cardType\": \"CONTACT_PERSON\", \"threshold\": 0.5, \"strongAt\": 0.6, \"certainAt\": 0.9,"
        + " \"fields\": [{\"field\": \"LAST_NAME\", \"method\": \"JARO_WINKLER\", \"agreeAt\": 0.9,"
        + " \"disagreeBelow\": 0.8, \"weight\": 0.6, \"penalty\": 0.1, \"blank\": \"IGNORE\"}]}";
    MatchRules rules = MatchRules.fromJson(old);
    assertThat(rules.rule(MatchField.LAST_NAME).orElseThrow().middleWeight()).isZero();
    assertThat(rules.termAdjustments()).isEmpty();
  }

  @Test
  void handSetAdjustmentsAreChecked() {
    assertThatThrownBy(() -> new TermAdjustment(MatchField.PHONE, Map.of(), 0))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("TermAdjustment phone field");
    assertThatThrownBy(() -> new TermAdjustment(MatchField.LAST_NAME, Map.of("smith", -1.5), 0))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("adjustment of \"smith\"")
        .hasMessageContaining("-1.5");
    assertThatThrownBy(() -> new TermAdjustment(MatchField.LAST_NAME, Map.of(" smith", -0.1), 0))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("plain form");
    assertThatThrownBy(() -> MatchRules.from(shape()).without(MatchField.FIRST_NAME)
        .termAdjustment(new TermAdjustment(MatchField.FIRST_NAME, Map.of("john", -0.1), 0.05)).build())
        .isInstanceOf(InvalidMatchRulesException.class).hasMessageContaining("first name has a term-frequency adjustment");
    assertThatThrownBy(() -> FieldRule.fuzzy(MatchField.LAST_NAME, MatchMethod.JARO_WINKLER, 0.9, 0.3)
        .withMiddleWeight(0.4)).isInstanceOf(InvalidValueException.class).hasMessageContaining("middleWeight 0.4");
    String json = learned.toJson().replaceFirst("\"smith\": -0\\.\\d+", "\"smith\": \"common\"");
    assertThatThrownBy(() -> MatchRules.fromJson(json))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("termAdjustments value \"smith\"");
  }

  @Test
  void aRaisedAdjustmentCanCarryAPairOverTheThresholdOnEveryPath() {
    MatchRules rules = MatchRules.custom(CardType.CONTACT_PERSON)
        .rule(FieldRule.fuzzy(MatchField.LAST_NAME, MatchMethod.JARO_WINKLER, 0.9, 0.3))
        .rule(FieldRule.exact(MatchField.POSTCODE, 0.3))
        .termAdjustment(new TermAdjustment(MatchField.LAST_NAME, Map.of("smith", -0.2), 0.3))
        .threshold(0.55).strongAt(0.7).certainAt(0.9)
        .build();
    Matcher matcher = Matcher.of(rules);
    MatchCard a = card("a", "Linacre", "John", "2001");
    MatchCard b = card("b", "Linacre", "Mary", "9999");
    assertThat(matcher.compare(a, b).score()).isEqualTo(0.6);
    assertThat(matcher.isDuplicate(a, b)).isTrue();
    MatchCard c = card("c", "Smith", "John", "2001");
    MatchCard d = card("d", "Smith", "Mary", "2001");
    assertThat(matcher.compare(c, d).score()).isEqualTo(0.4);
    assertThat(matcher.isDuplicate(c, d)).isFalse();
  }
}
