package org.clientbase.rules.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.clientbase.rules.matching.Cards.birthday;
import static org.clientbase.rules.matching.Cards.company;
import static org.clientbase.rules.matching.Cards.counterparty;
import static org.clientbase.rules.matching.Cards.email;
import static org.clientbase.rules.matching.Cards.lead;
import static org.clientbase.rules.matching.Cards.person;
import static org.clientbase.rules.matching.Cards.phone;

import java.util.List;
import org.clientbase.core.client.ContactPerson;
import org.clientbase.core.contact.PostalAddress;
import org.clientbase.core.field.CardType;
import org.clientbase.core.person.PersonName;
import org.junit.jupiter.api.Test;

class MatcherTest {
  private final Matcher persons = Matcher.of(MatchRules.defaults(CardType.CONTACT_PERSON));
  private final Matcher clients = Matcher.of(MatchRules.defaults(CardType.CLIENT));

  private static FieldEvidence evidence(Match match, MatchField field) {
    return match.evidence().stream().filter(e -> e.field() == field).findFirst().orElseThrow();
  }

  @Test
  void sergeyIvanovInLatinIsCyrillicSergeyIvanovWithTheSameEmail() {
    ContactPerson cyrillic = person("p-1", "Иванов", "Сергей").addEmails(email("s.ivanov@romashka.ru")).build();
    ContactPerson latin = person("p-2", "Sergey", "Ivanov").addEmails(email("S.Ivanov@Romashka.ru")).build();
    Match match = persons.compare(MatchCard.of(cyrillic), MatchCard.of(latin));
    assertThat(match.level()).contains(MatchLevel.CERTAIN);
    assertThat(match.score()).isEqualTo(1.0);
    FieldEvidence name = evidence(match, MatchField.PERSON_NAME);
    assertThat(name.outcome()).isEqualTo(FieldEvidence.Outcome.AGREE);
    assertThat(name.similarity().getAsDouble()).isEqualTo(1.0);
    assertThat(name.detail()).isEqualTo("last and first names swapped");
    assertThat(match.explain()).isEqualTo("""
        p-1 ~ p-2: score 1.00, CERTAIN (the fields add up to 1.25)
          person name: "Иванов Сергей" ~ "Sergey Ivanov" [ivanov sergei ~ sergei ivanov] (Jaro-Winkler 1.00, last and first names swapped) agrees +0.45
          phone: (blank) ~ (blank) (normalised exact) is blank +0.00
          email: "s.ivanov@romashka.ru" ~ "s.ivanov@romashka.ru" (normalised exact 1.00) agrees +0.80
          address: (blank) ~ (blank) (token set) is blank +0.00
          birthday: (blank) ~ (blank) (normalised exact) is blank +0.00""");
  }

  @Test
  void sergeiAndSergeyAreTheSameNameAndTheSameEmailAloneIsStrong() {
    ContactPerson a = person("p-1", "Ivanov", "Sergei").build();
    ContactPerson b = person("p-2", "Ivanov", "Sergey").build();
    assertThat(evidence(persons.compare(MatchCard.of(a), MatchCard.of(b)), MatchField.PERSON_NAME).similarity())
        .hasValue(1.0);
    ContactPerson withEmail = person("p-3", "Петрова", "Анна").addEmails(email("anna@example.ru")).build();
    ContactPerson noName = person("p-4", "Petrova", "A.").addEmails(email("anna@example.ru")).build();
    Match match = persons.compare(MatchCard.of(withEmail), MatchCard.of(noName));
    assertThat(match.level()).contains(MatchLevel.CERTAIN);
    ContactPerson otherName = person("p-5", "Петрова", "Ирина").addEmails(email("anna@example.ru")).build();
    Match emailOnly = persons.compare(MatchCard.of(withEmail), MatchCard.of(otherName));
    assertThat(emailOnly.isDuplicate()).as(emailOnly.explain()).isFalse();
  }

  @Test
  void romashkaLlcIsOooRomashkaWithTheSamePhone() {
    MatchCard russian = MatchCard.of(company("c-1", "ООО «Ромашка»").addPhones(phone("8 (495) 123-45-67")).build());
    MatchCard english = MatchCard.of(company("c-2", "Romashka LLC").addPhones(phone("+7 495 1234567")).build());
    Match match = clients.compare(russian, english);
    assertThat(match.level()).contains(MatchLevel.CERTAIN);
    FieldEvidence name = evidence(match, MatchField.ORGANISATION_NAME);
    assertThat(name.outcome()).isEqualTo(FieldEvidence.Outcome.AGREE);
    assertThat(name.describe()).isEqualTo(
        "organisation name: \"ООО «Ромашка»\" ~ \"Romashka LLC\" [romashka ~ romashka] (Jaro-Winkler 1.00) agrees +0.45");
    assertThat(evidence(match, MatchField.PHONE).describe()).isEqualTo(
        "phone: \"+74951234567\" ~ \"+74951234567\" (normalised exact 1.00) agrees +0.75");
  }

  @Test
  void theSameTaxIdIsCertainEvenUnderAnotherName() {
    MatchCard a = MatchCard.of(company("c-1", "Ромашка").build(),
        List.of(counterparty("k-1", "c-1", "ООО «Ромашка»", Cards.INN)), List.of());
    MatchCard b = MatchCard.of(company("c-2", "Ромашка").build(),
        List.of(counterparty("k-2", "c-2", "ООО «Ромашка»", Cards.INN)), List.of());
    assertThat(clients.compare(a, b).level()).contains(MatchLevel.CERTAIN);
    MatchCard renamed = MatchCard.of(company("c-3", "Василёк").build(),
        List.of(counterparty("k-3", "c-3", "ООО «Василёк»", Cards.INN)), List.of());
    Match match = clients.compare(a, renamed);
    assertThat(match.level()).contains(MatchLevel.STRONG);
    assertThat(match.reasons()).first().asString().startsWith("tax id: \"7707083893\" ~ \"7707083893\"");
  }

  @Test
  void differentTaxIdsCountAgainst() {
    MatchCard a = MatchCard.of(company("c-1", "Ромашка").addPhones(phone("+7 495 123-45-67")).build(),
        List.of(counterparty("k-1", "c-1", "ООО «Ромашка»", Cards.INN)), List.of());
    MatchCard b = MatchCard.of(company("c-2", "Ромашка").addPhones(phone("+7 495 123-45-67")).build(),
        List.of(counterparty("k-2", "c-2", "ООО «Ромашка»", Cards.OTHER_INN)), List.of());
    Match match = clients.compare(a, b);
    assertThat(evidence(match, MatchField.TAX_ID).contribution()).isEqualTo(-0.6);
    assertThat(match.score()).isCloseTo(0.45 + 0.75 - 0.6, within(1e-9));
  }

  @Test
  void colleaguesBehindOneOfficeNumberAreNotDuplicates() {
    ContactPerson anna = person("p-1", "Петрова", "Анна").addPhones(phone("+7 495 123-45-67 доб. 12")).build();
    ContactPerson boris = person("p-2", "Сидоров", "Борис").addPhones(phone("+7 495 123-45-67 доб. 31")).build();
    Match match = persons.compare(MatchCard.of(anna), MatchCard.of(boris));
    assertThat(match.isDuplicate()).isFalse();
    assertThat(evidence(match, MatchField.PERSON_NAME).outcome()).isEqualTo(FieldEvidence.Outcome.DISAGREE);
    assertThat(match.score()).isCloseTo(0.35, within(1e-9));
    assertThat(match.explain()).startsWith("p-1 ~ p-2: score 0.35, not a duplicate");
  }

  @Test
  void aSimilarNameWithTheSameBirthdayIsADuplicateAndAnotherBirthdayCountsAgainst() {
    ContactPerson a = person("p-1", PersonName.parse("Кузнецов Денис Егорович")).birthday(birthday(5, 17)).build();
    ContactPerson typo = person("p-2", PersonName.parse("Кузнецов Денис Егоровчи")).birthday(birthday(5, 17)).build();
    Match same = persons.compare(MatchCard.of(a), MatchCard.of(typo));
    assertThat(same.level()).contains(MatchLevel.PROBABLE);
    ContactPerson other = person("p-3", PersonName.parse("Кузнецов Денис Егорович")).birthday(birthday(9, 1)).build();
    Match different = persons.compare(MatchCard.of(a), MatchCard.of(other));
    assertThat(different.isDuplicate()).isFalse();
    assertThat(evidence(different, MatchField.BIRTHDAY).contribution()).isEqualTo(-0.5);
  }

  @Test
  void aSimilarNameAtTheSameAddressIsProbable() {
    PostalAddress office = PostalAddress.builder().country("Россия").city("Москва").street("ул. Мясницкая")
        .building("д. 1").build();
    PostalAddress same = PostalAddress.builder().country("RU").city("г. Москва").street("Мясницкая")
        .building("1").apartment("оф. 5").build();
    ContactPerson a = person("p-1", "Орлов", "Игорь").addAddresses(office).build();
    ContactPerson b = person("p-2", "Orlov", "Igor").addAddresses(same).build();
    Match match = persons.compare(MatchCard.of(a), MatchCard.of(b));
    assertThat(match.level()).contains(MatchLevel.PROBABLE);
    assertThat(evidence(match, MatchField.ADDRESS).similarity().getAsDouble()).isCloseTo(0.75, within(1e-9));
  }

  @Test
  void initialsMatchTheNamesTheyStartAndNothingElse() {
    ContactPerson full = person("p-1", PersonName.parse("Иванов Сергей Петрович")).build();
    ContactPerson initials = person("p-2", PersonName.parse("Иванов С. П.")).build();
    ContactPerson otherInitials = person("p-3", PersonName.parse("Иванов А. П.")).build();
    assertThat(evidence(persons.compare(MatchCard.of(full), MatchCard.of(initials)), MatchField.PERSON_NAME)
        .similarity()).hasValue(MatchMethod.INITIAL_SIMILARITY);
    assertThat(evidence(persons.compare(MatchCard.of(full), MatchCard.of(otherInitials)), MatchField.PERSON_NAME)
        .outcome()).isEqualTo(FieldEvidence.Outcome.DISAGREE);
  }

  @Test
  void aNameWrittenFirstNamePatronymicLastNameIsRecognised() {
    ContactPerson russian = person("p-1", PersonName.parse("Фёдоров Александр Петрович")).build();
    ContactPerson western = person("p-2", PersonName.parse("Aleksandr Petrovich Fyodorov")).build();
    FieldEvidence name = evidence(persons.compare(MatchCard.of(russian), MatchCard.of(western)), MatchField.PERSON_NAME);
    assertThat(name.similarity()).hasValue(1.0);
    assertThat(name.detail()).isEqualTo("first name written first");
  }

  @Test
  void eachMethodComparesAsDocumented() {
    MatchCard a = MatchCard.of(person("p-1", "Иванов", "Сергей").build());
    MatchCard b = MatchCard.of(person("p-2", "Ivanov", "Sergey").build());
    MatchCard typo = MatchCard.of(person("p-3", "Ivnaov", "Sergey").build());
    assertThat(nameSimilarity(MatchMethod.EXACT, a, b)).isZero();
    assertThat(nameSimilarity(MatchMethod.NORMALISED_EXACT, a, b)).isEqualTo(1.0);
    assertThat(nameSimilarity(MatchMethod.NORMALISED_EXACT, a, typo)).isZero();
    assertThat(nameSimilarity(MatchMethod.JARO_WINKLER, a, typo)).isGreaterThan(0.92);
    assertThat(nameSimilarity(MatchMethod.DAMERAU_LEVENSHTEIN, a, typo)).isCloseTo(5.0 / 6, within(1e-9));
    assertThat(nameSimilarity(MatchMethod.TOKEN_SET, a, typo)).isCloseTo(1.0 / 3, within(1e-9));
  }

  private static double nameSimilarity(MatchMethod method, MatchCard a, MatchCard b) {
    MatchRules rules = MatchRules.custom(CardType.CONTACT_PERSON)
        .rule(FieldRule.fuzzy(MatchField.PERSON_NAME, method, 0.9, 1.0)).build();
    return evidence(Matcher.of(rules).compare(a, b), MatchField.PERSON_NAME).similarity().getAsDouble();
  }

  @Test
  void blankPoliciesGiveBlankFieldsTheirMeaning() {
    MatchCard withBirthday = MatchCard.of(person("p-1", "Орлов", "Игорь").birthday(birthday(1, 2)).build());
    MatchCard without = MatchCard.of(person("p-2", "Орлов", "Игорь").build());
    MatchCard alsoWithout = MatchCard.of(person("p-3", "Орлов", "Игорь").build());
    MatchRules ignore = MatchRules.custom(CardType.CONTACT_PERSON)
        .rule(FieldRule.fuzzy(MatchField.PERSON_NAME, MatchMethod.JARO_WINKLER, 0.9, 0.5))
        .rule(FieldRule.exact(MatchField.BIRTHDAY, 0.3).withPenalty(0.4)).threshold(0.5).build();
    assertThat(Matcher.of(ignore).compare(withBirthday, without).score()).isEqualTo(0.5);
    MatchRules oneBlank = MatchRules.from(ignore)
        .rule(ignore.rule(MatchField.BIRTHDAY).orElseThrow().withBlank(BlankPolicy.ONE_BLANK_DISAGREES)).build();
    assertThat(Matcher.of(oneBlank).compare(withBirthday, without).score()).isCloseTo(0.1, within(1e-9));
    MatchRules bothBlank = MatchRules.from(ignore)
        .rule(ignore.rule(MatchField.BIRTHDAY).orElseThrow().withBlank(BlankPolicy.BOTH_BLANK_AGREE)).build();
    assertThat(Matcher.of(bothBlank).compare(without, alsoWithout).score()).isEqualTo(0.8);
    assertThat(Matcher.of(bothBlank).compare(withBirthday, without).score()).isEqualTo(0.5);
  }

  @Test
  void aLeadWithACompanyFindsTheClientByItsNameAndItsContactPerson() {
    MatchCard lead = MatchCard.of(lead("l-1", "Sergey", "Ivanov").company("Romashka LLC").build());
    ContactPerson ivanov = person("p-1", "Иванов", "Сергей").build();
    MatchCard client = MatchCard.of(company("c-1", "ООО «Ромашка»").build(), List.of(), List.of(ivanov));
    Match match = clients.compare(lead, client);
    assertThat(match.level()).contains(MatchLevel.STRONG);
    assertThat(match.reasons()).hasSize(2)
        .anySatisfy(r -> assertThat(r).startsWith("person name: \"Sergey Ivanov\" ~ \"Иванов Сергей\""))
        .anySatisfy(r -> assertThat(r).startsWith("organisation name: \"Romashka LLC\" ~ \"ООО «Ромашка»\""));
  }

  @Test
  void isDuplicateAgreesWithCompare() {
    ContactPerson a = person("p-1", "Петрова", "Анна").addPhones(phone("+7 916 000-00-01")).build();
    ContactPerson b = person("p-2", "Petrova", "Anna").addPhones(phone("8 916 000 00 01")).build();
    ContactPerson c = person("p-3", "Сидоров", "Борис").build();
    assertThat(persons.isDuplicate(MatchCard.of(a), MatchCard.of(b))).isTrue();
    assertThat(persons.isDuplicate(MatchCard.of(a), MatchCard.of(c))).isFalse();
  }
}
