package org.clientbase.rules.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.clientbase.core.field.CardType;
import org.clientbase.core.id.ContactPersonId;
import org.clientbase.core.person.Birthday;
import org.junit.jupiter.api.Test;

/**
 * Names written in Russian, Ukrainian and English, in Cyrillic and Latin letters, are the same
 * name; English words are compared as written.
 */
class NamesAcrossScriptsTest {
  private static final MatchRules NAMES = MatchRules.custom(CardType.CONTACT_PERSON)
      .rule(FieldRule.fuzzy(MatchField.FIRST_NAME, MatchMethod.JARO_WINKLER, 0.92, 0.5))
      .rule(FieldRule.fuzzy(MatchField.LAST_NAME, MatchMethod.JARO_WINKLER, 0.92, 0.5))
      .rule(FieldRule.fuzzy(MatchField.PERSON_NAME, MatchMethod.JARO_WINKLER, 0.92, 0.5))
      .threshold(0.5)
      .build();
  private static final Matcher MATCHER = Matcher.of(NAMES);

  private static int next;

  private static MatchCard card(String last, String first) {
    return MatchCard.builder(ContactPersonId.of("p-" + (++next)), CardType.CONTACT_PERSON).name(last, first).build();
  }

  private static FieldEvidence evidence(Match match, MatchField field) {
    return match.evidence().stream().filter(e -> e.field() == field).findFirst().orElseThrow();
  }

  private static void assertSameFirstName(String a, String b) {
    Match match = MATCHER.compare(card("Petrenko", a), card("Petrenko", b));
    assertThat(evidence(match, MatchField.FIRST_NAME).similarity()).as(match.explain()).hasValue(1.0);
    assertThat(evidence(match, MatchField.PERSON_NAME).similarity()).as(match.explain()).hasValue(1.0);
  }

  @Test
  void vladimirVolodymyrAndWladimirAreOneName() {
    assertSameFirstName("Vladimir", "Volodymyr");
    assertSameFirstName("Volodymyr", "Wladimir");
    assertSameFirstName("Vladimir", "Wladimir");
    assertSameFirstName("Владимир", "Volodymyr");
    assertSameFirstName("Володимир", "Vladimir");
    assertSameFirstName("Vova", "Владимир");
  }

  @Test
  void sergeySerhiyAndСергейAreOneName() {
    assertSameFirstName("Сергей", "Sergey");
    assertSameFirstName("Sergey", "Serhiy");
    assertSameFirstName("Сергей", "Serhiy");
    assertSameFirstName("Сергій", "Sergei");
  }

  @Test
  void aleksandrAlexanderOleksandrAndSashaAreOneName() {
    assertSameFirstName("Aleksandr", "Alexander");
    assertSameFirstName("Oleksandr", "Alexander");
    assertSameFirstName("Sasha", "Александр");
  }

  @Test
  void differentNamesStayDifferent() {
    Match match = MATCHER.compare(card("Petrenko", "Vladimir"), card("Petrenko", "Sergey"));
    assertThat(evidence(match, MatchField.FIRST_NAME).similarity().getAsDouble()).isLessThan(0.8);
  }

  @Test
  void whiteAndHeightsStayThemselves() {
    Match match = MATCHER.compare(card("White", "Heights"), card("Whyte", "Heights"));
    FieldEvidence last = evidence(match, MatchField.LAST_NAME);
    assertThat(last.leftCompared()).contains("white");
    assertThat(last.rightCompared()).contains("whyte");
    assertThat(evidence(match, MatchField.FIRST_NAME).leftCompared()).contains("heights");
    assertThat(evidence(match, MatchField.PERSON_NAME).leftCompared()).contains("white heights");
  }

  @Test
  void aLatinNameMeetsItsCyrillicSpellingThroughFolding() {
    Match match = MATCHER.compare(card("Щербаков", "Юлия"), card("Shcherbakov", "Yulia"));
    assertThat(match.score()).as(match.explain()).isEqualTo(1.0);
    assertThat(evidence(match, MatchField.LAST_NAME).leftCompared()).contains("sherbakov");
  }

  @Test
  void aNameGivingOnlyOnePartStillMatchesOnIt() {
    Match match = MATCHER.compare(card("Petrenko", ""), card("Petrenko", "Vladimir"));
    assertThat(evidence(match, MatchField.LAST_NAME).similarity()).hasValue(1.0);
    assertThat(evidence(match, MatchField.FIRST_NAME).outcome()).isEqualTo(FieldEvidence.Outcome.BLANK);
    assertThat(match.isDuplicate()).as(match.explain()).isTrue();
  }

  @Test
  void aBirthdayWithDayAndMonthSwappedOrOneDigitOffIsAlmostTheSame() {
    MatchRules rules = MatchRules.custom(CardType.CONTACT_PERSON)
        .rule(FieldRule.fuzzy(MatchField.BIRTHDAY, MatchMethod.DAMERAU_LEVENSHTEIN, 0.8, 0.5)).threshold(0.3).build();
    MatchCard born = MatchCard.builder(ContactPersonId.of("p-1"), CardType.CONTACT_PERSON).name("A", "B")
        .birthday(Birthday.of(LocalDate.of(1980, 5, 7))).build();
    MatchCard swapped = MatchCard.builder(ContactPersonId.of("p-2"), CardType.CONTACT_PERSON).name("A", "B")
        .birthday(Birthday.of(LocalDate.of(1980, 7, 5))).build();
    MatchCard typo = MatchCard.builder(ContactPersonId.of("p-3"), CardType.CONTACT_PERSON).name("A", "B")
        .birthday(Birthday.of(LocalDate.of(1986, 5, 7))).build();
    MatchCard other = MatchCard.builder(ContactPersonId.of("p-4"), CardType.CONTACT_PERSON).name("A", "B")
        .birthday(Birthday.of(LocalDate.of(1991, 2, 13))).build();
    Matcher matcher = Matcher.of(rules);
    assertThat(evidence(matcher.compare(born, swapped), MatchField.BIRTHDAY).similarity()).hasValue(MatchMethod.DATE_SWAPPED);
    assertThat(evidence(matcher.compare(born, typo), MatchField.BIRTHDAY).similarity()).hasValue(MatchMethod.DATE_TYPO);
    assertThat(evidence(matcher.compare(born, other), MatchField.BIRTHDAY).similarity()).hasValue(0.0);
  }

  @Test
  void usPhonesAreReadInTheDefaultRegionAndALocalNumberMeetsTheFullOne() {
    MatchRules rules = MatchRules.custom(CardType.CONTACT_PERSON).rule(FieldRule.exact(MatchField.PHONE, 0.8)).build();
    MatchCard full = MatchCard.builder(ContactPersonId.of("p-1"), CardType.CONTACT_PERSON).phoneRegion("US")
        .name("Smith", "John").phone("(555) 234-5678").build();
    MatchCard local = MatchCard.builder(ContactPersonId.of("p-2"), CardType.CONTACT_PERSON).phoneRegion("US")
        .name("Smith", "John").phone("234-5678").build();
    assertThat(full.phoneNumbers()).containsExactly("+15552345678");
    assertThat(Matcher.of(rules).compare(full, local).isDuplicate()).isTrue();
  }
}
