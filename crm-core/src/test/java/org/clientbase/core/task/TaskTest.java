package org.clientbase.core.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.clientbase.core.InvalidValueException;
import org.clientbase.core.id.TaskId;
import org.clientbase.core.id.UserId;
import org.junit.jupiter.api.Test;

class TaskTest {
  private Task.Builder task() {
    return Task.builder()
        .id(TaskId.of("t-1"))
        .subject("Call back")
        .responsible(UserId.of("manager-7"))
        .start(Instant.parse("2026-03-02T09:00:00Z"))
        .due(Instant.parse("2026-03-02T18:00:00Z"));
  }

  @Test
  void aPendingTaskPastItsDueTimeIsOverdue() {
    Task t = task().build();
    assertThat(t.isOverdueAt(Instant.parse("2026-03-02T18:00:01Z"))).isTrue();
    assertThat(t.isOverdueAt(Instant.parse("2026-03-02T17:59:59Z"))).isFalse();
    assertThat(t.inState(TaskState.DONE).isOverdueAt(Instant.parse("2026-03-03T00:00:00Z"))).isFalse();
  }

  @Test
  void aTaskDueBeforeItStartsIsRejected() {
    assertThatThrownBy(() -> task().due(Instant.parse("2026-03-01T09:00:00Z")).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("Task t-1 due");
  }

  @Test
  void aReminderAfterTheDueTimeIsRejected() {
    assertThatThrownBy(() -> task().reminder(Instant.parse("2026-03-03T09:00:00Z")).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("Task t-1 reminder");
  }

  @Test
  void aDoneTaskCannotBeReopened() {
    assertThatThrownBy(() -> task().build().inState(TaskState.DONE).inState(TaskState.OPEN))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Task t-1 state OPEN: cannot follow DONE");
  }
}
