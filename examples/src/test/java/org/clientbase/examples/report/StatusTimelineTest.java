package org.clientbase.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.StatusId;
import org.clientbase.core.status.StatusAssignment;
import org.clientbase.core.status.StatusReason;
import org.clientbase.core.status.TemplateKey;
import org.clientbase.rules.status.StatusScheme;
import org.junit.jupiter.api.Test;

class StatusTimelineTest {
  private static StatusAssignment entry(String client, StatusId from, StatusId to, LocalDate since) {
    return StatusAssignment.builder().client(ClientId.of(client)).previous(Optional.ofNullable(from))
        .status(to).since(since).reason(StatusReason.byRule(TemplateKey.ACTIVE)).build();
  }

  @Test
  void eachDateCountsTheStatusEveryClientHadAtItsEnd() {
    LocalDate end = LocalDate.of(2026, 3, 29);
    StatusTimeline timeline = StatusTimeline.weekly(end, 2)
        .add(List.of(entry("c-1", null, StatusScheme.NEW, LocalDate.of(2026, 3, 1)),
            entry("c-1", StatusScheme.NEW, StatusScheme.ACTIVE, LocalDate.of(2026, 3, 22))))
        .add(List.of(entry("c-2", null, StatusScheme.NEW, LocalDate.of(2026, 3, 23))))
        .add(List.of())
        .build();

    assertThat(timeline.dates()).containsExactly(
        LocalDate.of(2026, 3, 15), LocalDate.of(2026, 3, 22), LocalDate.of(2026, 3, 29));
    assertThat(List.of(timeline.count(0, StatusScheme.NEW), timeline.count(1, StatusScheme.NEW),
        timeline.count(2, StatusScheme.NEW))).containsExactly(1, 0, 1);
    assertThat(List.of(timeline.count(0, StatusScheme.ACTIVE), timeline.count(1, StatusScheme.ACTIVE),
        timeline.count(2, StatusScheme.ACTIVE))).containsExactly(0, 1, 1);
    assertThat(timeline.total(2)).isEqualTo(2);
    assertThat(timeline.statuses()).containsExactly(StatusScheme.NEW, StatusScheme.ACTIVE);
  }
}
