package org.clientbase.rules.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.clientbase.core.InvalidValueException;
import org.clientbase.core.field.CardType;
import org.junit.jupiter.api.Test;

class MatchRulesTest {

  @Test
  void defaultsFollowTheSeedSameTaxIdCertainSameEmailOrPhoneStrong() {
    MatchRules clients = MatchRules.defaults(CardType.CLIENT);
    assertThat(clients.levelOf(clients.rule(MatchField.TAX_ID).orElseThrow().weight())).contains(MatchLevel.CERTAIN);
    assertThat(clients.levelOf(clients.rule(MatchField.EMAIL).orElseThrow().weight())).contains(MatchLevel.STRONG);
    assertThat(clients.levelOf(clients.rule(MatchField.PHONE).orElseThrow().weight())).contains(MatchLevel.STRONG);
    double nameAndCompany = MatchRules.defaults(CardType.LEAD).rule(MatchField.PERSON_NAME).orElseThrow().weight()
        + MatchRules.defaults(CardType.LEAD).rule(MatchField.ORGANISATION_NAME).orElseThrow().weight();
    assertThat(MatchRules.defaults(CardType.LEAD).levelOf(nameAndCompany)).contains(MatchLevel.PROBABLE);
    MatchRules persons = MatchRules.defaults(CardType.CONTACT_PERSON);
    double nameAndAddress = persons.rule(MatchField.PERSON_NAME).orElseThrow().weight()
        + persons.rule(MatchField.ADDRESS).orElseThrow().weight();
    assertThat(persons.levelOf(nameAndAddress)).contains(MatchLevel.PROBABLE);
    assertThat(persons.levelOf(persons.rule(MatchField.PERSON_NAME).orElseThrow().weight())).isEmpty();
  }

  @Test
  void levelsFollowTheThresholds() {
    MatchRules rules = MatchRules.defaults(CardType.CONTACT_PERSON);
    assertThat(rules.levelOf(0.59)).isEmpty();
    assertThat(rules.levelOf(0.6)).contains(MatchLevel.PROBABLE);
    assertThat(rules.levelOf(0.75)).contains(MatchLevel.STRONG);
    assertThat(rules.levelOf(0.95)).contains(MatchLevel.CERTAIN);
  }

  @Test
  void aBuildListsEveryProblemAtOnce() {
    assertThatThrownBy(() -> MatchRules.custom(CardType.CLIENT).threshold(0).strongAt(0.9).certainAt(0.8).build())
        .isInstanceOfSatisfying(InvalidMatchRulesException.class, e -> assertThat(e.problems()).hasSize(3)
            .anySatisfy(p -> assertThat(p).contains("no field is compared"))
            .anySatisfy(p -> assertThat(p).contains("threshold 0.0"))
            .anySatisfy(p -> assertThat(p).contains("strong threshold 0.9")));
  }

  @Test
  void weightsThatCannotReachTheThresholdAreAProblem() {
    assertThatThrownBy(() -> MatchRules.custom(CardType.CONTACT_PERSON)
        .rule(FieldRule.exact(MatchField.BIRTHDAY, 0.3)).threshold(0.6).build())
        .isInstanceOf(InvalidMatchRulesException.class)
        .hasMessageContaining("the weights add up to 0.30, below the threshold 0.6");
  }

  @Test
  void rulesAreChangedByCopying() {
    MatchRules base = MatchRules.defaults(CardType.CONTACT_PERSON);
    MatchRules changed = MatchRules.from(base)
        .rule(FieldRule.fuzzy(MatchField.EMAIL, MatchMethod.DAMERAU_LEVENSHTEIN, 0.9, 0.7))
        .without(MatchField.ADDRESS).threshold(0.65).build();
    assertThat(changed.rule(MatchField.EMAIL).orElseThrow().method()).isEqualTo(MatchMethod.DAMERAU_LEVENSHTEIN);
    assertThat(changed.rule(MatchField.ADDRESS)).isEmpty();
    assertThat(changed.threshold()).isEqualTo(0.65);
    assertThat(base.rule(MatchField.ADDRESS)).isPresent();
  }

  @Test
  void aFieldRuleOutOfRangeNamesTheFieldAndTheValue() {
    assertThatThrownBy(() -> FieldRule.exact(MatchField.PHONE, 1.5))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("FieldRule phone weight 1.5");
    assertThatThrownBy(() -> FieldRule.fuzzy(MatchField.PERSON_NAME, MatchMethod.JARO_WINKLER, 0.9, 0.4).disagreeingBelow(0.95))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("disagreeBelow 0.95");
    assertThatThrownBy(() -> FieldRule.fuzzy(MatchField.BIRTHDAY, MatchMethod.TOKEN_SET, 0.9, 0.3))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("a birthday is compared exact, normalised exact, or fuzzy");
  }

  @Test
  void onlyLeadsClientsAndContactPersonsHaveRules() {
    assertThatThrownBy(() -> MatchRules.defaults(CardType.COUNTERPARTY)).isInstanceOf(InvalidValueException.class);
  }
}
