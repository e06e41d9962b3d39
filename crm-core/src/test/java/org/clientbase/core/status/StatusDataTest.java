package org.clientbase.core.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.clientbase.core.InvalidValueException;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.StatusId;
import org.junit.jupiter.api.Test;

class StatusDataTest {
  @Test
  void anAutomaticModeNeedsAPositivePeriod() {
    assertThatThrownBy(() -> CalculationMode.automatic(TemplateKey.ACTIVE, 0))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("CalculationMode.periodDays 0: must be at least 1 day (template ACTIVE)");
  }

  @Test
  void predefinedTemplateNamesGiveTheConstants() {
    assertThat(TemplateKey.of("LOST")).isSameAs(TemplateKey.LOST);
    assertThat(TemplateKey.of("WIN_BACK").isPredefined()).isFalse();
    assertThatThrownBy(() -> TemplateKey.of("win back")).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void aWorkStatusKnowsItsTemplate() {
    WorkStatus active = WorkStatus.builder()
        .id(StatusId.of("active")).name("Активный").colour(Colour.of("#2e7d32")).order(3)
        .mode(CalculationMode.automatic(TemplateKey.ACTIVE, 30)).build();

    assertThat(active.template()).contains(TemplateKey.ACTIVE);
    assertThat(active.colour().orElseThrow().hex()).isEqualTo("#2E7D32");
  }

  @Test
  void aColourIsSixHexDigits() {
    assertThatThrownBy(() -> Colour.of("green")).isInstanceOf(InvalidValueException.class);
    assertThat(Colour.ofRgb(255, 0, 0)).isEqualTo(Colour.of("FF0000"));
  }

  @Test
  void anAssignmentChangesTheStatus() {
    assertThatThrownBy(() -> StatusAssignment.builder()
            .client(ClientId.of("c-1"))
            .previous(StatusId.of("active"))
            .status(StatusId.of("active"))
            .since(LocalDate.of(2026, 3, 1))
            .reason(StatusReason.byRule(TemplateKey.ACTIVE))
            .build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("equals the previous status");
  }
}
