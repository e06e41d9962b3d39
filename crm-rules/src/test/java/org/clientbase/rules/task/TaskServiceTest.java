package org.clientbase.rules.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.clientbase.rules.access.Fixture.ADMIN;
import static org.clientbase.rules.access.Fixture.MANAGER_1;
import static org.clientbase.rules.access.Fixture.MANAGER_2;
import static org.clientbase.rules.access.Fixture.MANAGER_3;
import static org.clientbase.rules.access.Fixture.STRANGER;
import static org.clientbase.rules.access.Fixture.T0;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.clientbase.core.MissingValuesException;
import org.clientbase.core.InvalidValueException;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.TaskId;
import org.clientbase.core.id.UserId;
import org.clientbase.core.task.Task;
import org.clientbase.core.task.TaskPriority;
import org.clientbase.core.task.TaskState;
import org.clientbase.rules.access.AccessDeniedException;
import org.clientbase.rules.access.Fixture;
import org.clientbase.spi.StaleWriteException;
import org.clientbase.spi.Versioned;
import org.junit.jupiter.api.Test;

class TaskServiceTest {
  private final Fixture f = new Fixture();
  private final TaskService tasks = TaskService.builder()
      .clientbase(f.base).accessPolicy(f.policy)
      .clock(f.clock).pageSize(2)
      .build();

  TaskServiceTest() {
    f.store(List.of(Fixture.client("c-1", MANAGER_1), Fixture.client("c-2", MANAGER_2), Fixture.client("c-3", MANAGER_3)));
  }

  private Task task(String client, UserId responsible, Duration startIn, Duration dueIn) {
    return Task.builder()
        .id(tasks.newTaskId())
        .subject("Call back about the offer")
        .responsible(responsible)
        .client(Optional.ofNullable(client).map(ClientId::of))
        .start(T0.plus(startIn))
        .due(T0.plus(dueIn))
        .build();
  }

  @Test
  void aTaskIsCreatedWithItsAuthorAndAResponsibleManager() {
    Versioned<Task> created = tasks.create(MANAGER_1, Task.builder().from(task("c-1", MANAGER_1, Duration.ZERO, Duration.ofHours(4)))
        .priority(TaskPriority.HIGH).reminder(T0.plus(Duration.ofHours(3))).build());

    assertThat(created.version()).isEqualTo(1);
    assertThat(created.value().author()).contains(MANAGER_1);
    assertThat(created.value().id()).isEqualTo(TaskId.of("task-1"));
    assertThat(tasks.find(MANAGER_1, created.value().id()).value().priority()).isEqualTo(TaskPriority.HIGH);
  }

  @Test
  void aTaskMovesThroughAssignRescheduleStartAndComplete() {
    TaskId id = tasks.create(MANAGER_1, task("c-1", MANAGER_1, Duration.ZERO, Duration.ofHours(4))).value().id();

    tasks.assign(MANAGER_1, id, MANAGER_3);
    tasks.reschedule(MANAGER_3, id, T0.plus(Duration.ofDays(1)), T0.plus(Duration.ofDays(2)),
        T0.plus(Duration.ofDays(2)).minus(Duration.ofHours(1)));
    tasks.start(MANAGER_3, id);
    Versioned<Task> done = tasks.complete(MANAGER_3, id);

    assertThat(done.version()).isEqualTo(5);
    assertThat(done.value().responsible()).isEqualTo(MANAGER_3);
    assertThat(done.value().due()).isEqualTo(T0.plus(Duration.ofDays(2)));
    assertThat(done.value().state()).isEqualTo(TaskState.DONE);
    assertThat(tasks.complete(MANAGER_3, id)).isEqualTo(done);
  }

  @Test
  void aFinishedTaskCannotBeChangedAnyMore() {
    TaskId id = tasks.create(MANAGER_1, task("c-1", MANAGER_1, Duration.ZERO, Duration.ofHours(4))).value().id();
    tasks.cancel(MANAGER_1, id);

    assertThatThrownBy(() -> tasks.complete(MANAGER_1, id))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("DONE: cannot follow CANCELLED");
    assertThatThrownBy(() -> tasks.assign(MANAGER_1, id, MANAGER_2))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("a finished task cannot be changed (assign)");
    assertThatThrownBy(() -> tasks.start(MANAGER_1, id)).isInstanceOf(InvalidValueException.class);
    assertThat(f.base.taskStore().find(id).orElseThrow().version()).isEqualTo(2);
  }

  @Test
  void badTimesAreRefusedByTheTaskItself() {
    TaskId id = tasks.create(MANAGER_1, task("c-1", MANAGER_1, Duration.ZERO, Duration.ofHours(4))).value().id();
    assertThatThrownBy(() -> tasks.reschedule(MANAGER_1, id, T0, T0.minusSeconds(1)))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("is before the start");
  }

  @Test
  void listsFilterByStateDatesAndResponsibleManager() {
    TaskId a = tasks.create(MANAGER_1, task("c-1", MANAGER_1, Duration.ZERO, Duration.ofHours(2))).value().id();
    TaskId b = tasks.create(MANAGER_1, task("c-1", MANAGER_1, Duration.ofDays(1), Duration.ofDays(2))).value().id();
    TaskId c = tasks.create(MANAGER_3, task("c-3", MANAGER_3, Duration.ZERO, Duration.ofDays(3))).value().id();
    TaskId d = tasks.create(MANAGER_2, task("c-2", MANAGER_2, Duration.ZERO, Duration.ofDays(1))).value().id();
    tasks.complete(MANAGER_1, a);

    assertThat(ids(tasks.list(ADMIN, TaskFilter.all()))).containsExactly(a, d, b, c);
    assertThat(ids(tasks.list(ADMIN, TaskFilter.all().pending()))).containsExactly(d, b, c);
    assertThat(ids(tasks.list(ADMIN, TaskFilter.all().states(TaskState.DONE)))).containsExactly(a);
    assertThat(ids(tasks.list(ADMIN, TaskFilter.all().responsible(MANAGER_1)))).containsExactly(a, b);
    assertThat(ids(tasks.list(ADMIN, TaskFilter.all().client(ClientId.of("c-3"))))).containsExactly(c);
    assertThat(ids(tasks.list(ADMIN, TaskFilter.all().dueBetween(T0.plus(Duration.ofDays(1)), T0.plus(Duration.ofDays(2))))))
        .containsExactly(d, b);
    assertThat(ids(tasks.list(ADMIN, TaskFilter.all().startBetween(T0.plus(Duration.ofHours(1)), T0.plus(Duration.ofDays(9))))))
        .containsExactly(b);
  }

  @Test
  void listsShowOnlyTheTasksTheUserMaySee() {
    TaskId own = tasks.create(MANAGER_1, task("c-1", MANAGER_1, Duration.ZERO, Duration.ofHours(2))).value().id();
    TaskId team = tasks.create(MANAGER_3, task("c-3", MANAGER_3, Duration.ZERO, Duration.ofHours(3))).value().id();
    TaskId other = tasks.create(MANAGER_2, task("c-2", MANAGER_2, Duration.ZERO, Duration.ofHours(4))).value().id();
    TaskId assignedToMe = tasks.create(MANAGER_2, task("c-2", MANAGER_1, Duration.ZERO, Duration.ofHours(5))).value().id();
    TaskId noClient = tasks.create(MANAGER_2, task(null, MANAGER_2, Duration.ZERO, Duration.ofHours(6))).value().id();

    assertThat(ids(tasks.list(MANAGER_1, TaskFilter.all()))).containsExactly(own, team, assignedToMe);
    assertThat(ids(tasks.list(MANAGER_2, TaskFilter.all()))).containsExactly(other, assignedToMe, noClient);
    assertThat(ids(tasks.list(STRANGER, TaskFilter.all()))).isEmpty();
    assertThat(ids(tasks.list(MANAGER_1, TaskFilter.all().responsible(MANAGER_2)))).isEmpty();
    assertThatThrownBy(() -> tasks.find(MANAGER_1, other)).isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void overdueTasksArePendingTasksPastTheirDueTime() {
    TaskId late = tasks.create(MANAGER_1, task("c-1", MANAGER_1, Duration.ZERO, Duration.ofHours(1))).value().id();
    TaskId doneLate = tasks.create(MANAGER_1, task("c-1", MANAGER_1, Duration.ZERO, Duration.ofHours(1))).value().id();
    tasks.create(MANAGER_1, task("c-1", MANAGER_1, Duration.ZERO, Duration.ofHours(5)));
    tasks.complete(MANAGER_1, doneLate);
    f.clock.advance(Duration.ofHours(2));

    assertThat(ids(tasks.overdue(MANAGER_1))).containsExactly(late);
    assertThat(ids(tasks.overdue(MANAGER_2))).isEmpty();
  }

  @Test
  void remindersDueInAPeriodComeOnceToTheResponsibleUser() {
    Task withReminder = Task.builder().from(task("c-1", MANAGER_1, Duration.ZERO, Duration.ofHours(4)))
        .reminder(T0.plus(Duration.ofHours(3))).build();
    tasks.create(MANAGER_1, withReminder);
    tasks.create(MANAGER_1, Task.builder().from(task("c-1", MANAGER_1, Duration.ZERO, Duration.ofHours(4)))
        .reminder(T0.plus(Duration.ofHours(4))).build());

    Instant lastPoll = T0;
    Instant now = T0.plus(Duration.ofHours(3));
    assertThat(tasks.remindersDue(MANAGER_1, lastPoll, now)).containsExactly(Task.builder().from(withReminder).author(MANAGER_1).build());
    assertThat(tasks.remindersDue(MANAGER_1, now, now.plus(Duration.ofMinutes(30)))).isEmpty();
    assertThat(tasks.remindersDue(MANAGER_2, lastPoll, now)).isEmpty();
    assertThatThrownBy(() -> tasks.remindersDue(MANAGER_1, now, lastPoll))
        .hasMessageContaining("ends before it starts");
  }

  @Test
  void forbiddenChangesAreRefusedAndWriteNothing() {
    TaskId id = tasks.create(MANAGER_1, task("c-1", MANAGER_1, Duration.ZERO, Duration.ofHours(4))).value().id();

    assertThatThrownBy(() -> tasks.create(MANAGER_2, task("c-1", MANAGER_2, Duration.ZERO, Duration.ofHours(1))))
        .isInstanceOf(AccessDeniedException.class).hasMessage("manager-2 may not edit task task-2: not stored, or the access policy forbids it");
    assertThatThrownBy(() -> tasks.complete(MANAGER_3, id))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("manager-3 may not edit task task-1");
    assertThat(f.base.taskStore().all()).hasSize(1);
    assertThat(f.base.taskStore().find(id).orElseThrow().version()).isEqualTo(1);
    assertThat(tasks.complete(ADMIN, id).value().state()).isEqualTo(TaskState.DONE);
  }

  @Test
  void aChangeFromAStaleReadIsRefused() {
    TaskId id = tasks.create(MANAGER_1, task("c-1", MANAGER_1, Duration.ZERO, Duration.ofHours(4))).value().id();
    Task stored = f.base.taskStore().find(id).orElseThrow().value();
    f.base.taskStore().update(Task.builder().from(stored).subject("Changed elsewhere").build(), 1);
    assertThat(tasks.complete(MANAGER_1, id).version()).isEqualTo(3);
    assertThatThrownBy(() -> f.base.taskStore().update(stored, 1)).isInstanceOf(StaleWriteException.class);
  }

  @Test
  void aNewTaskMustBePending() {
    Task done = Task.builder().from(task("c-1", MANAGER_1, Duration.ZERO, Duration.ofHours(1))).state(TaskState.DONE).build();
    assertThatThrownBy(() -> tasks.create(MANAGER_1, done)).hasMessageContaining("a new task must be open or in progress");
  }

  @Test
  void theBuilderNamesWhatIsMissing() {
    assertThatThrownBy(() -> TaskService.builder().clientbase(f.base).build())
        .isInstanceOf(MissingValuesException.class)
        .hasMessage("TaskService: missing accessPolicy, clock");
    assertThatThrownBy(() -> TaskService.builder().pageSize(0)).hasMessage("TaskService.pageSize 0: must be from 1 to 100000");
  }

  private static List<TaskId> ids(List<Task> list) {
    return list.stream().map(Task::id).toList();
  }
}
