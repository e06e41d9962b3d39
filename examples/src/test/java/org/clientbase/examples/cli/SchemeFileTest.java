package org.clientbase.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.clientbase.core.id.StatusId;
import org.clientbase.core.status.CalculationMode;
import org.clientbase.core.status.TemplateKey;
import org.clientbase.core.status.WorkStatus;
import org.clientbase.rules.status.StatusScheme;
import org.junit.jupiter.api.Test;

class SchemeFileTest {
  @Test
  void anEmptyObjectIsTheDefaultScheme() {
    assertThat(SchemeFile.parse("{}", "s.json").statuses()).isEqualTo(StatusScheme.defaults().statuses());
  }

  @Test
  void statusesAreRenamedRecolouredGivenPeriodsAndAdded() {
    StatusScheme scheme = SchemeFile.parse("""
        {"statuses": [
          {"id": "active", "name": "Покупает", "colour": "#2E7D32"},
          {"id": "in-progress", "period": 14},
          {"id": "sleeping", "name": "Спящий"}
        ]}""", "s.json");

    WorkStatus active = scheme.status(StatusScheme.ACTIVE).orElseThrow();
    assertThat(active.name()).isEqualTo("Покупает");
    assertThat(active.colour().orElseThrow().hex()).isEqualTo("#2E7D32");
    assertThat(scheme.rule(TemplateKey.IN_PROGRESS).orElseThrow().periodDays()).isEqualTo(14);
    assertThat(scheme.status(StatusId.of("sleeping")).orElseThrow().mode()).isEqualTo(CalculationMode.manual());
  }

  @Test
  void aTemplateMayBeBoundToANewStatusOnceItsOldStatusIsManual() {
    StatusScheme scheme = SchemeFile.parse("""
        {"statuses": [
          {"id": "lost", "manual": true},
          {"id": "sleeping", "name": "Спящий", "template": "LOST", "period": 120}
        ],
        "preconditions": {"RETURNED": ["sleeping"]}}""", "s.json");

    assertThat(scheme.rule(TemplateKey.LOST).orElseThrow().status()).isEqualTo(StatusId.of("sleeping"));
    assertThat(scheme.rule(TemplateKey.RETURNED).orElseThrow().precondition()).contains(StatusId.of("sleeping"));
  }

  @Test
  void everyProblemIsReportedWithItsPlace() {
    assertThatThrownBy(() -> SchemeFile.parse("""
        {"base": "custom", "statuses": [{"name": "no id"}, {"id": "new-one"}, {"id": "active", "period": "30"}],
         "priorities": {"WON": 3}}""", "s.json"))
        .isInstanceOf(SchemeFile.SchemeFileException.class)
        .hasMessageContaining("s.json: 5 problems")
        .hasMessageContaining("base: \"custom\" is not \"default\" or \"all-manual\"")
        .hasMessageContaining("statuses[0].id: a status id must be text, not null")
        .hasMessageContaining("statuses[1] (new-one): a new status needs a \"name\"")
        .hasMessageContaining("statuses[2] (active).period: must be a whole number, not \"30\"")
        .hasMessageContaining("priorities.WON: \"WON\" is not a template");
  }

  @Test
  void theSchemesOwnValidationIsReportedToo() {
    assertThatThrownBy(() -> SchemeFile.parse("""
        {"statuses": [{"id": "vip", "name": "VIP", "template": "ACTIVE", "period": 30}]}""", "s.json"))
        .isInstanceOf(SchemeFile.SchemeFileException.class)
        .hasMessageContaining("the scheme: ");
  }

  @Test
  void textThatIsNotJsonSaysWhere() {
    assertThatThrownBy(() -> SchemeFile.parse("{\"statuses\": [", "s.json"))
        .hasMessageContaining("s.json: 1 problem")
        .hasMessageContaining("not valid JSON")
        .hasMessageContaining("line 1");
  }
}
