package org.clientbase.rules.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.clientbase.core.id.StatusId;
import org.clientbase.core.status.WorkStatus;
import org.junit.jupiter.api.Test;

class StatusLanguageTest {

  @Test
  void theDefaultsAreRussianAndEnglishRenamesEveryOneOfThem() {
    assertThat(StatusScheme.defaults().statuses()).extracting(WorkStatus::name).containsExactly(
        "Новый", "В проработке", "Активный", "Потерянный", "Возвращенный", "Чужой", "Нецелевой", "Ликвидирован");
    assertThat(StatusLanguage.ENGLISH.defaults().statuses()).extracting(WorkStatus::name).containsExactly(
        "New", "In progress", "Active", "Lost", "Returned", "Foreign", "Non-target", "Liquidated");
  }

  @Test
  void onlyNamesChange() {
    StatusScheme english = StatusLanguage.ENGLISH.defaults();

    assertThat(english.statuses()).extracting(WorkStatus::id)
        .isEqualTo(StatusScheme.defaults().statuses().stream().map(WorkStatus::id).toList());
    assertThat(english.rules()).extracting(StatusRule::toString)
        .isEqualTo(StatusScheme.defaults().rules().stream().map(StatusRule::toString).toList());
    assertThat(StatusLanguage.RUSSIAN.names(english).statuses())
        .isEqualTo(StatusScheme.defaults().statuses());
  }

  @Test
  void aSchemeWithStatusesOfItsOwnKeepsTheirNames() {
    StatusScheme own = StatusScheme.defaults().toBuilder()
        .addStatus(StatusId.of("vip"), "VIP-клиент").removeStatus(StatusScheme.FOREIGN).build();

    StatusScheme english = StatusLanguage.ENGLISH.names(own);

    assertThat(english.status(StatusId.of("vip")).orElseThrow().name()).isEqualTo("VIP-клиент");
    assertThat(english.status(StatusScheme.NEW).orElseThrow().name()).isEqualTo("New");
    assertThat(english.status(StatusScheme.FOREIGN)).isEmpty();
  }

  @Test
  void namesOnlyTheDefaultStatuses() {
    assertThat(StatusLanguage.ENGLISH.name(StatusScheme.LOST)).isEqualTo("Lost");
    assertThatThrownBy(() -> StatusLanguage.ENGLISH.name(StatusId.of("vip")))
        .hasMessage("status vip is not a default status: it has no ENGLISH default name");
  }
}
