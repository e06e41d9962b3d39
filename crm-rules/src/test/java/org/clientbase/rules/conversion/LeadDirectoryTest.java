package org.clientbase.rules.conversion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.clientbase.rules.conversion.ConversionFixture.USER;
import static org.clientbase.rules.conversion.ConversionFixture.ivanovOfRomashka;
import static org.clientbase.rules.conversion.ConversionFixture.lead;
import static org.clientbase.rules.conversion.ConversionFixture.petrovaAlone;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.LeadId;
import org.clientbase.core.id.UserId;
import org.clientbase.core.lead.Lead;
import org.clientbase.core.task.Task;
import org.clientbase.rules.task.TaskAutomation;
import org.clientbase.rules.task.TaskRule;
import org.clientbase.spi.event.DomainEvent;
import org.clientbase.spi.Progress;
import org.clientbase.spi.ProgressListener;
import org.clientbase.memory.FailurePlan;
import org.junit.jupiter.api.Test;

class LeadDirectoryTest {
  private final ConversionFixture f = new ConversionFixture();
  private final LeadDirectory directory = f.directory();

  private void threeLeadsOneOfThemLinked() {
    directory.create(ivanovOfRomashka());
    directory.create(petrovaAlone());
    directory.create(lead("l-3", "Сидоров Олег Викторович").linkedClient(ClientId.of("c-77")).build());
  }

  @Test
  void leadsAreUsedUntilSwitchedOff() {
    assertThat(directory.leadsEnabled()).isTrue();
  }

  @Test
  void refusingTheConfirmationCancelsTheSwitchOff() {
    threeLeadsOneOfThemLinked();
    var before = f.base.snapshot();

    SwitchOffSummary summary = directory.switchOff(USER, toConvert -> false, ProgressListener.none());

    assertThat(summary.outcome()).isEqualTo(SwitchOffSummary.Outcome.CANCELLED);
    assertThat(f.base.snapshot()).isEqualTo(before);
    assertThat(directory.leadsEnabled()).isTrue();
  }

  @Test
  void theConfirmationIsAskedWithTheNumberOfUnlinkedLeads() {
    threeLeadsOneOfThemLinked();
    List<Long> asked = new ArrayList<>();

    directory.switchOff(USER, toConvert -> asked.add(toConvert) && false, ProgressListener.none());

    assertThat(asked).containsExactly(2L);
  }

  @Test
  void onConfirmationEveryUnlinkedLeadIsConvertedThenTheSettingIsTurnedOff() {
    threeLeadsOneOfThemLinked();

    SwitchOffSummary summary = directory.switchOff(USER, toConvert -> true, ProgressListener.none());

    assertThat(summary.outcome()).isEqualTo(SwitchOffSummary.Outcome.SWITCHED_OFF);
    assertThat(summary.converted()).extracting(ConversionResult::lead)
        .containsExactly(LeadId.of("l-1"), LeadId.of("l-2"));
    assertThat(f.base.clientStore().count()).isEqualTo(2);
    assertThat(directory.leadsEnabled()).isFalse();
  }

  @Test
  void withNothingToConvertTheSettingIsSimplyTurnedOff() {
    directory.create(lead("l-3", "Сидоров Олег Викторович").linkedClient(ClientId.of("c-77")).build());

    SwitchOffSummary summary = directory.switchOff(USER, toConvert -> true, ProgressListener.none());

    assertThat(summary.outcome()).isEqualTo(SwitchOffSummary.Outcome.SWITCHED_OFF);
    assertThat(summary.converted()).isEmpty();
    assertThat(f.base.clientStore().count()).isZero();
    assertThat(directory.leadsEnabled()).isFalse();
  }

  @Test
  void leadsAreNotDeletedBySwitchingOff() {
    threeLeadsOneOfThemLinked();

    directory.switchOff(USER, toConvert -> true, ProgressListener.none());

    assertThat(f.base.leadStore().count()).isEqualTo(3);
    assertThat(f.base.leadStore().find(LeadId.of("l-1")).orElseThrow().value().convertedAt()).isPresent();
  }

  @Test
  void creatingALeadIsRefusedWhileLeadsAreOff() {
    directory.switchOff(USER, toConvert -> true, ProgressListener.none());

    assertThatThrownBy(() -> directory.create(petrovaAlone()))
        .isInstanceOf(LeadsDisabledException.class)
        .hasMessage("lead l-2 cannot be created: the \"Use leads\" setting is off; "
            + "turn it on again to reopen the leads directory");
    assertThat(f.base.leadStore().count()).isZero();
  }

  @Test
  void switchingLeadsOnAgainReopensTheDirectory() {
    threeLeadsOneOfThemLinked();
    directory.switchOff(USER, toConvert -> true, ProgressListener.none());

    directory.switchOn();
    directory.create(lead("l-4", "Кузнецова Мария Павловна").build());

    assertThat(directory.leadsEnabled()).isTrue();
    assertThat(f.base.leadStore().count()).isEqualTo(4);
  }

  @Test
  void progressIsReportedForEveryLead() {
    threeLeadsOneOfThemLinked();
    List<Progress> reports = new ArrayList<>();

    directory.switchOff(USER, toConvert -> true, reports::add);

    assertThat(reports).extracting(Progress::done).containsExactly(1L, 2L);
    assertThat(reports.get(1).total()).hasValue(2);
  }

  @Test
  void aFailedLeadIsReportedAndTheSwitchOffFinishesOnTheNextRun() {
    threeLeadsOneOfThemLinked();
    f.base.faults().arm(FailurePlan.atCall(2).writesOnly());

    SwitchOffSummary first = directory.switchOff(USER, toConvert -> true, ProgressListener.none());
    f.base.faults().disarm();

    assertThat(first.outcome()).isEqualTo(SwitchOffSummary.Outcome.INCOMPLETE);
    assertThat(first.failed()).hasSize(1);
    assertThat(directory.leadsEnabled()).isFalse();
    assertThatThrownBy(() -> directory.create(lead("l-4", "Кузнецова Мария Павловна").build()))
        .isInstanceOf(LeadsDisabledException.class)
        .hasMessageContaining("being switched off");

    SwitchOffSummary second = directory.switchOff(USER, toConvert -> true, ProgressListener.none());

    assertThat(second.outcome()).isEqualTo(SwitchOffSummary.Outcome.SWITCHED_OFF);
    assertThat(first.converted().size() + second.converted().size()).isEqualTo(2);
    assertThat(f.base.clientStore().count()).isEqualTo(2);
  }

  @Test
  void leadsStoppedAtTheDuplicateGateAreSkippedWithTheReason() {
    directory.create(ivanovOfRomashka());
    directory.create(Lead.builder().from(ivanovOfRomashka()).id(LeadId.of("l-5")).build());
    LeadDirectory strict = LeadDirectory.builder().clientbase(f.base)
        .converter(f.converterBuilder().duplicatePolicy(DuplicatePolicy.STOP_AND_REPORT).build()).build();

    SwitchOffSummary summary = strict.switchOff(USER, toConvert -> true, ProgressListener.none());

    assertThat(summary.outcome()).isEqualTo(SwitchOffSummary.Outcome.INCOMPLETE);
    assertThat(summary.converted()).extracting(ConversionResult::lead).containsExactly(LeadId.of("l-1"));
    assertThat(summary.skipped()).singleElement()
        .satisfies(s -> assertThat(s.reason()).contains("looks like existing clients"));
  }

  @Test
  void listenersHearEachNewLeadAtTheClocksInstant() {
    List<DomainEvent> heard = new ArrayList<>();
    LeadDirectory listened = f.directoryBuilder().addListener(heard::add).build();

    listened.create(ivanovOfRomashka());

    assertThat(heard).singleElement().isInstanceOfSatisfying(LeadCreated.class, created -> {
      assertThat(created.occurredAt()).isEqualTo(ConversionFixture.NOW);
      assertThat(created.lead().id()).isEqualTo(LeadId.of("l-1"));
    });
  }

  @Test
  void aThrowingListenerDoesNotUndoTheLeadNorSilenceTheOthers() {
    List<DomainEvent> heard = new ArrayList<>();
    LeadDirectory listened = f.directoryBuilder()
        .addListener(event -> {
          throw new IllegalStateException("host listener down");
        })
        .addListener(heard::add)
        .build();

    listened.create(petrovaAlone());

    assertThat(f.base.leadStore().find(LeadId.of("l-2"))).isPresent();
    assertThat(heard).hasSize(1);
  }

  @Test
  void aRefusedLeadIsHeardByNoListener() {
    directory.switchOff(USER, toConvert -> true, ProgressListener.none());
    List<DomainEvent> heard = new ArrayList<>();

    assertThatThrownBy(() -> f.directoryBuilder().addListener(heard::add).build().create(petrovaAlone()))
        .isInstanceOf(LeadsDisabledException.class);
    assertThat(heard).isEmpty();
  }

  @Test
  void aNewLeadGivesItsManagerTheTaskToContactTheClient() {
    TaskAutomation automation = TaskAutomation.builder()
        .clientbase(f.base)
        .clock(f.clock).addRule(TaskRule.contactNewLead()).build();
    LeadDirectory withTasks = f.directoryBuilder().addListener(automation).build();
    UserId manager = UserId.of("manager-1");

    withTasks.create(lead("l-9", "Кузнецов Пётр").responsible(manager).build());

    assertThat(f.base.taskStore().all()).singleElement().satisfies(stored -> {
      Task task = stored.value();
      assertThat(task.lead()).contains(LeadId.of("l-9"));
      assertThat(task.responsible()).isEqualTo(manager);
      assertThat(task.due()).isEqualTo(ConversionFixture.NOW.plus(Duration.ofHours(2)));
    });
  }
}
