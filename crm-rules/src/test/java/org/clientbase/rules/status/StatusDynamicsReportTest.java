package org.clientbase.rules.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clientbase.rules.status.StatusScheme.ACTIVE;
import static org.clientbase.rules.status.StatusScheme.IN_PROGRESS;
import static org.clientbase.rules.status.StatusScheme.LOST;
import static org.clientbase.rules.status.StatusScheme.NEW;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.StatusId;
import org.clientbase.core.id.UserId;
import org.clientbase.core.status.StatusAssignment;
import org.clientbase.core.status.StatusReason;
import org.clientbase.core.status.TemplateKey;
import org.clientbase.rules.status.StatusDynamicsReport.Transition;
import org.junit.jupiter.api.Test;

class StatusDynamicsReportTest {
  static final LocalDate END = LocalDate.of(2026, 3, 20);
  static final LocalDate START = END.minusDays(7);
  static final UserId ANNA = UserId.of("anna");
  static final UserId BORIS = UserId.of("boris");

  final List<StatusAssignment> history = new ArrayList<>();

  void record(String client, StatusId from, StatusId to, LocalDate since) {
    history.add(StatusAssignment.builder()
        .client(ClientId.of(client))
        .previous(Optional.ofNullable(from))
        .status(to)
        .since(since)
        .reason(StatusReason.byRule(TemplateKey.ACTIVE))
        .build());
  }

  StatusDynamicsReport weekReport() {
    record("c-1", null, NEW, START.minusDays(30));
    record("c-1", NEW, IN_PROGRESS, START.minusDays(3));
    record("c-1", IN_PROGRESS, ACTIVE, START.plusDays(2));   // moves inside the week
    record("c-2", null, NEW, START.minusDays(10));            // stays New
    record("c-3", null, NEW, START.plusDays(1));              // new inside the week
    record("c-3", NEW, IN_PROGRESS, END);                     // on the last day: counts
    record("c-4", null, ACTIVE, START);                       // on the first day: at the start
    record("c-4", ACTIVE, LOST, END.plusDays(1));             // after the end: ignored
    return StatusDynamicsReport.of(history, END, 7,
        client -> client.value().equals("c-2") ? Optional.empty()
            : Optional.of(client.value().equals("c-1") ? ANNA : BORIS));
  }

  @Test
  void countsPerStatusAtBothEndsOfTheWeek() {
    StatusDynamicsReport report = weekReport();

    assertThat(report.start()).isEqualTo(START);
    assertThat(report.total().atStart())
        .isEqualTo(Map.of(IN_PROGRESS, 1, NEW, 1, ACTIVE, 1));
    assertThat(report.total().atEnd())
        .isEqualTo(Map.of(ACTIVE, 2, NEW, 1, IN_PROGRESS, 1));
    assertThat(report.total().clientsAtEnd()).isEqualTo(4);
  }

  @Test
  void transitionMatrixComparesEachClientsStatusAtTheStartAndTheEnd() {
    assertThat(weekReport().total().transitions()).containsExactly(
        new Transition(Optional.empty(), IN_PROGRESS, 1),
        new Transition(Optional.of(ACTIVE), ACTIVE, 1),
        new Transition(Optional.of(IN_PROGRESS), ACTIVE, 1),
        new Transition(Optional.of(NEW), NEW, 1));
  }

  @Test
  void clientsThatKeptTheirStatusDoNotCountAsMoved() {
    StatusDynamicsReport.Section total = weekReport().total();

    assertThat(total.clientsMoved()).isEqualTo(2);
    assertThat(total).hasToString("start {active=1, in-progress=1, new=1}, end {active=2, in-progress=1, new=1},"
        + " 2 of 4 clients moved, 3 changes recorded");
  }

  @Test
  void aWeekInWhichNobodyChangedStatusMovedNobody() {
    record("c-1", null, NEW, START.minusDays(30));
    record("c-2", null, ACTIVE, START.minusDays(20));
    StatusDynamicsReport.Section total = StatusDynamicsReport.of(history, END, 7, client -> Optional.empty()).total();

    assertThat(total.transitions()).hasSize(2);
    assertThat(total.clientsMoved()).isZero();
    assertThat(total.toString()).endsWith(", 0 of 2 clients moved, 0 changes recorded");
  }

  @Test
  void changesCountEveryEntryRecordedInsideThePeriod() {
    assertThat(weekReport().total().changes()).containsExactly(
        new Transition(Optional.empty(), NEW, 1),
        new Transition(Optional.of(IN_PROGRESS), ACTIVE, 1),
        new Transition(Optional.of(NEW), IN_PROGRESS, 1));
  }

  @Test
  void sectionsPerResponsibleManagerWithUnassignedClientsLast() {
    List<StatusDynamicsReport.Section> sections = weekReport().byManager();

    assertThat(sections).extracting(StatusDynamicsReport.Section::manager)
        .containsExactly(Optional.of(ANNA), Optional.of(BORIS), Optional.empty());
    assertThat(sections.get(0).atEnd()).isEqualTo(Map.of(ACTIVE, 1));
    assertThat(sections.get(1).atEnd()).isEqualTo(Map.of(ACTIVE, 1, IN_PROGRESS, 1));
    assertThat(sections.get(2).atStart()).isEqualTo(Map.of(NEW, 1));
  }

  @Test
  void defaultPeriodIsAWeek() {
    record("c-1", null, NEW, END.minusDays(7));

    StatusDynamicsReport report = StatusDynamicsReport.of(history, END);

    assertThat(report.periodDays()).isEqualTo(7);
    assertThat(report.total().atStart()).isEqualTo(Map.of(NEW, 1));
    assertThat(report.byManager()).isEmpty();
  }
}
