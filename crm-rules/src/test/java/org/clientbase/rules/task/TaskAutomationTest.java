package org.clientbase.rules.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.clientbase.rules.access.Fixture.MANAGER_1;
import static org.clientbase.rules.access.Fixture.T0;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.clientbase.core.MissingValuesException;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.LeadId;
import org.clientbase.core.id.StatusId;
import org.clientbase.core.id.UserId;
import org.clientbase.core.lead.Lead;
import org.clientbase.core.person.PersonName;
import org.clientbase.core.status.StatusAssignment;
import org.clientbase.core.status.StatusReason;
import org.clientbase.core.status.TemplateKey;
import org.clientbase.core.task.Task;
import org.clientbase.core.task.TaskPriority;
import org.clientbase.core.task.TaskState;
import org.clientbase.rules.access.Fixture;
import org.junit.jupiter.api.Test;

class TaskAutomationTest {
  private final Fixture f = new Fixture();
  private final Lead lead = Lead.builder().id(LeadId.of("l-1")).name(PersonName.parse("Иванов Иван"))
      .responsible(MANAGER_1).build();

  private TaskAutomation automation(TaskRule... rules) {
    TaskAutomation.Builder b = TaskAutomation.builder()
        .clientbase(f.base).clock(f.clock);
    for (TaskRule rule : rules) {
      b.addRule(rule);
    }
    return b.build();
  }

  @Test
  void aNewLeadGivesContactTheClientDueInTwoHours() {
    List<Task> created = automation(TaskRule.contactNewLead()).onNewLead(lead);

    assertThat(created).singleElement().satisfies(t -> {
      assertThat(t.subject()).isEqualTo("Contact the client");
      assertThat(t.responsible()).isEqualTo(MANAGER_1);
      assertThat(t.lead()).contains(lead.id());
      assertThat(t.start()).isEqualTo(T0);
      assertThat(t.due()).isEqualTo(T0.plus(Duration.ofHours(2)));
      assertThat(t.reminder()).contains(T0.plus(Duration.ofHours(2)));
      assertThat(t.state()).isEqualTo(TaskState.OPEN);
    });
    assertThat(f.base.taskStore().all()).hasSize(1);
  }

  @Test
  void theRuleIsConfigurable() {
    TaskRule rule = TaskRule.builder(TaskRule.CONTACT_NEW_LEAD, TaskTrigger.newLead())
        .subject("Связаться с клиентом")
        .dueIn(Duration.ofMinutes(30))
        .remindBefore(Duration.ofMinutes(10))
        .priority(TaskPriority.HIGH)
        .fallbackResponsible(UserId.of("sales-desk"))
        .build();
    Lead unassigned = Lead.builder().from(lead).responsible(Optional.empty()).build();

    Task task = automation(rule).onNewLead(unassigned).get(0);

    assertThat(task.subject()).isEqualTo("Связаться с клиентом");
    assertThat(task.due()).isEqualTo(T0.plus(Duration.ofMinutes(30)));
    assertThat(task.reminder()).contains(T0.plus(Duration.ofMinutes(20)));
    assertThat(task.priority()).isEqualTo(TaskPriority.HIGH);
    assertThat(task.responsible()).isEqualTo(UserId.of("sales-desk"));
  }

  @Test
  void aLeadWithoutAManagerAndNoFallbackGetsNoTask() {
    Lead unassigned = Lead.builder().from(lead).responsible(Optional.empty()).build();
    assertThat(automation(TaskRule.contactNewLead()).onNewLead(unassigned)).isEmpty();
  }

  @Test
  void handlingTheSameLeadTwiceCreatesOneTask() {
    TaskAutomation automation = automation(TaskRule.contactNewLead());
    automation.onNewLead(lead);
    f.clock.advance(Duration.ofMinutes(5));
    assertThat(automation.onNewLead(lead)).isEmpty();
    assertThat(f.base.taskStore().all()).hasSize(1);
  }

  @Test
  void aStatusChangeCanGiveATaskToTheClientsManager() {
    f.store(List.of(Fixture.client("c-1", MANAGER_1)));
    TaskRule winBack = TaskRule.builder("win-back", TaskTrigger.statusChanged(StatusId.of("lost")))
        .subject("Call the lost client back").dueIn(Duration.ofDays(1)).build();
    TaskAutomation automation = automation(TaskRule.contactNewLead(), winBack);
    StatusAssignment lost = StatusAssignment.builder().client(ClientId.of("c-1"))
        .previous(StatusId.of("active")).status(StatusId.of("lost")).since(LocalDate.of(2026, 3, 10))
        .reason(StatusReason.byRule(TemplateKey.LOST)).explanation("no sales for 30 days").build();
    StatusAssignment active = StatusAssignment.builder().from(lost).previous(StatusId.of("lost")).status(StatusId.of("returned")).build();

    automation.onTransition(lost);
    automation.onTransition(active);

    assertThat(f.base.taskStore().all()).singleElement().satisfies(v -> {
      assertThat(v.value().subject()).isEqualTo("Call the lost client back");
      assertThat(v.value().client()).contains(ClientId.of("c-1"));
      assertThat(v.value().responsible()).isEqualTo(MANAGER_1);
      assertThat(v.value().due()).isEqualTo(T0.plus(Duration.ofDays(1)));
    });
  }

  @Test
  void rulesAreValidatedWithClearMessages() {
    assertThatThrownBy(() -> TaskRule.builder("r", TaskTrigger.newLead()).dueIn(Duration.ZERO).build())
        .hasMessage("TaskRule r dueIn PT0S: must be positive");
    assertThatThrownBy(() -> TaskRule.builder("r", TaskTrigger.newLead()).remindBefore(Duration.ofHours(3)).build())
        .hasMessageContaining("TaskRule r remindBefore PT3H: must be from zero to dueIn PT2H");
    assertThatThrownBy(() -> TaskRule.builder("r", TaskTrigger.newLead()).subject(" ").build())
        .hasMessageContaining("TaskRule r subject");
    assertThatThrownBy(() -> automation(TaskRule.contactNewLead(), TaskRule.contactNewLead()))
        .hasMessage("TaskAutomation.rules contact-new-lead: a rule with this id was already added");
    assertThatThrownBy(() -> automation())
        .isInstanceOf(MissingValuesException.class)
        .hasMessage("TaskAutomation: missing rules");
    assertThatThrownBy(() -> TaskAutomation.builder().build())
        .hasMessage("TaskAutomation: missing clientbase, clock, rules");
  }
}
