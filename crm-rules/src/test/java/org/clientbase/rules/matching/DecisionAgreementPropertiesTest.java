package org.clientbase.rules.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.MonthDay;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.clientbase.core.client.ContactPerson;
import org.clientbase.core.contact.PostalAddress;
import org.clientbase.core.field.CardType;
import org.clientbase.core.id.ContactPersonId;
import org.clientbase.core.person.Birthday;
import org.clientbase.core.person.PersonName;
import org.clientbase.rules.matching.internal.BlockingPlan;
import org.clientbase.rules.matching.internal.KeyKind;
import org.clientbase.rules.matching.internal.Profile;
import org.clientbase.spi.ProgressListener;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Every path that decides on a pair decides the same: {@link Matcher#compare}, {@link
 * Matcher#isDuplicate}, a check before save and a scan, for any rules and any pair.
 */
class DecisionAgreementPropertiesTest {
  /** Weights whose floating-point sums are not exact; the first case of the property. */
  private static final double[] AWKWARD = {1.0, 0.75, 0.8, 0.6, 0.5, 0.45};

  private static final List<MatchField> PERSON_FIELDS = List.of(
      MatchField.PERSON_NAME, MatchField.PHONE, MatchField.EMAIL, MatchField.ADDRESS, MatchField.BIRTHDAY,
      MatchField.LAST_NAME);

  @Test
  void aPairScoringExactlyTheThresholdIsADuplicateOnEveryPath() {
    // weights 1.0, 0.75, 0.8, 0.6, 0.5, 0.45 in floating point leave -3.9e-16 after subtracting
    // them all from their sum; a pair agreeing on the last fields reaches the threshold exactly
    MatchRules rules = MatchRules.custom(CardType.CONTACT_PERSON)
        .rule(FieldRule.exact(MatchField.TAX_ID, 1.0))
        .rule(FieldRule.exact(MatchField.PHONE, 0.75))
        .rule(FieldRule.exact(MatchField.EMAIL, 0.8))
        .rule(FieldRule.exact(MatchField.BIRTHDAY, 0.6))
        .rule(FieldRule.fuzzy(MatchField.ADDRESS, MatchMethod.TOKEN_SET, 0.7, 0.5))
        .rule(FieldRule.fuzzy(MatchField.PERSON_NAME, MatchMethod.JARO_WINKLER, 0.92, 0.45))
        .threshold(0.95)
        .strongAt(0.95)
        .certainAt(1)
        .build();
    PostalAddress home = PostalAddress.builder().country("Россия").city("Москва").street("ул. Мясницкая").building("1").build();
    ContactPerson a = Cards.person("p-1", "Иванов", "Сергей").birthday(Birthday.of(MonthDay.of(5, 17)))
        .addPhones(Cards.phone("+7 916 123-45-67")).addAddresses(home).build();
    ContactPerson b = Cards.person("p-2", "Иванов", "Сергей").addPhones(Cards.phone("+7 916 765-43-21"))
        .addEmails(Cards.email("other@example.ru")).addAddresses(home).build();
    assertAgree(rules, a, b, true);
  }

  @Test
  void compareCheckIsDuplicateAndScanDecideAlike() {
    qt().withExamples(120).forAll(rules(), cards(), cards()).checkAssert((rules, a, b) -> assertAgree(rules, a, b, false));
  }

  private static void assertAgree(MatchRules rules, ContactPerson a, ContactPerson b, boolean mustBeDuplicate) {
    Matcher matcher = Matcher.of(rules);
    MatchCard left = MatchCard.of(a);
    MatchCard right = MatchCard.of(b);
    Match compared = matcher.compare(left, right);
    if (mustBeDuplicate) {
      assertThat(compared.isDuplicate()).as(compared.explain()).isTrue();
    }
    assertThat(matcher.isDuplicate(left, right)).as(compared.explain()).isEqualTo(compared.isDuplicate());
    assertThat(compared.level()).isEqualTo(rules.levelOf(compared.score()));

    MatchingFixture fixture = new MatchingFixture(DuplicateControl.builder().rules(rules));
    fixture.base.contactPersonStore().insert(b);
    fixture.reindex(b.id());
    CheckResult check = fixture.control.check(MatchingFixture.USER, MatchCard.of(a), EnumSet.of(CardType.CONTACT_PERSON));
    fixture.base.contactPersonStore().insert(a);
    fixture.reindex(a.id());
    List<Match> scanned = new ArrayList<>();
    fixture.control.scan(MatchingFixture.SYSTEM, CardType.CONTACT_PERSON, ScanPart.all(), scanned::add, ProgressListener.none());
    // the control looks candidates up by the default blocking rules (every kind of key) and
    // the keys the rules' threshold needs
    Set<KeyKind> plan = EnumSet.copyOf(BlockingPlan.kindsFor(rules));
    plan.addAll(KeyKind.of(BlockingRule.defaults()));
    Set<String> shared = new HashSet<>(KeyKind.keys(Profile.of(left), plan));
    shared.retainAll(KeyKind.keys(Profile.of(right), plan));
    boolean candidates = !shared.isEmpty();
    if (candidates) {
      assertThat(check.matches().isEmpty()).as(compared.explain()).isEqualTo(!compared.isDuplicate());
      assertThat(scanned.isEmpty()).as(compared.explain()).isEqualTo(!compared.isDuplicate());
      for (Match m : check.matches()) {
        assertThat(m.score()).isEqualTo(compared.score());
        assertThat(m.level()).isEqualTo(compared.level());
      }
    } else {
      assertThat(check.matches()).isEmpty();
      assertThat(scanned).isEmpty();
    }
  }

  private static Gen<MatchRules> rules() {
    Gen<List<Integer>> picks = lists().of(integers().between(0, 63)).ofSizeBetween(6, 6);
    return picks.zip(integers().between(1, 100), integers().between(0, 1 << 6), (w, t, mask) -> {
      MatchRules.Builder b = MatchRules.custom(CardType.CONTACT_PERSON);
      double total = 0;
      for (int i = 0; i < PERSON_FIELDS.size(); i++) {
        if ((mask & (1 << i)) != 0 && i > 0) {
          continue;
        }
        int pick = w.get(i);
        double weight = pick < 48 ? AWKWARD[pick % AWKWARD.length] : (pick - 47) / 16.0;
        double penalty = pick % 3 == 0 ? AWKWARD[(pick / 3) % AWKWARD.length] / 2 : 0;
        total += weight;
        // a middle band that adds, takes away or does nothing
        double middle = pick % 4 == 1 ? weight / 3 : pick % 4 == 2 ? -AWKWARD[pick % AWKWARD.length] / 4 : 0;
        b.rule(rule(PERSON_FIELDS.get(i), weight, penalty).withMiddleWeight(middle));
        if (PERSON_FIELDS.get(i) == MatchField.LAST_NAME && pick % 2 == 0) {
          // a common, a rare and an unlisted value's adjustment of an exact agreement
          b.termAdjustment(new TermAdjustment(MatchField.LAST_NAME,
              Map.of("ivanov", -AWKWARD[pick % AWKWARD.length] / 3, "petrov", 0.15), 0.05));
          total += 0.15;
        }
      }
      double threshold = Math.min(total, Math.max(0.05, total * t / 100.0));
      // rounded down to a hundredth, so that it never rises above what the weights can reach
      threshold = Math.min(1, Math.floor(threshold * 100) / 100.0);
      return b.threshold(threshold).strongAt(Math.min(1, threshold + 0.1)).certainAt(1).build();
    });
  }

  private static FieldRule rule(MatchField field, double weight, double penalty) {
    return switch (field) {
      case PERSON_NAME -> FieldRule.fuzzy(field, MatchMethod.JARO_WINKLER, 0.9, weight).disagreeingBelow(0.8)
          .withPenalty(penalty);
      case ADDRESS -> FieldRule.fuzzy(field, MatchMethod.TOKEN_SET, 0.5, weight);
      case LAST_NAME -> FieldRule.fuzzy(field, MatchMethod.JARO_WINKLER, 0.95, weight).disagreeingBelow(0.8)
          .withPenalty(penalty);
      default -> FieldRule.exact(field, weight).withPenalty(penalty);
    };
  }

  private static final String[][] NAMES = {{"Иванов", "Сергей"}, {"Ivanov", "Sergei"}, {"Иванова", "Анна"},
      {"Ivanov", "Sergey"}, {"Petrov", "Ivan"}, {"Ivanenko", "Sergey"}, {"Petrov", "Anna"}};
  private static final String[] PHONES = {"+7 916 123-45-67", "+7 916 123-45-68"};
  private static final String[] EMAILS = {"s@romashka.ru", "a@romashka.ru"};
  private static final String[] STREETS = {"ул. Мясницкая", "Myasnitskaya"};

  private static int counter;

  private static Gen<ContactPerson> cards() {
    return lists().of(integers().between(0, 9)).ofSizeBetween(5, 5).map(v -> {
      String[] name = NAMES[v.get(0) % NAMES.length];
      ContactPerson.Builder b = ContactPerson.builder()
          .id(ContactPersonId.of("p-" + (++counter)))
          .name(PersonName.of(name[0], name[1]));
      if (v.get(1) < 6) {
        b.addPhones(Cards.phone(PHONES[v.get(1) % 2]));
      }
      if (v.get(2) < 6) {
        b.addEmails(Cards.email(EMAILS[v.get(2) % 2]));
      }
      if (v.get(3) < 6) {
        b.addAddresses(PostalAddress.builder().country("Россия").city("Москва").street(STREETS[v.get(3) % 2])
            .building(String.valueOf(1 + v.get(3) % 3)).build());
      }
      Optional<Birthday> birthday = v.get(4) < 6 ? Optional.of(Birthday.of(MonthDay.of(5, 17 + v.get(4) % 2)))
          : Optional.empty();
      birthday.ifPresent(b::birthday);
      return b.build();
    });
  }
}
