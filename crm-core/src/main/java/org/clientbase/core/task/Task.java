package org.clientbase.core.task;

import java.time.Instant;
import java.util.Optional;
import org.clientbase.core.BusinessTime;
import org.clientbase.core.Checks;
import org.clientbase.core.ClientbaseStyle;
import org.clientbase.core.InvalidValueException;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.ContactPersonId;
import org.clientbase.core.id.LeadId;
import org.clientbase.core.id.TaskId;
import org.clientbase.core.id.UserId;
import org.immutables.value.Value;

/**
 * A task given to a responsible person, with a start, a due time, a priority and an optional
 * reminder.
 *
 * <pre>{@code
 * Task call = Task.builder()
 *     .id(TaskId.of("t-1"))
 *     .subject("Call back about the offer")
 *     .responsible(UserId.of("manager-7"))
 *     .client(ClientId.of("c-1"))
 *     .start(Instant.parse("2026-03-02T09:00:00Z"))
 *     .due(Instant.parse("2026-03-02T18:00:00Z"))
 *     .build();
 * boolean late = call.isOverdueAt(clock.instant());
 * }</pre>
 */
@Value.Immutable
@ClientbaseStyle
public abstract class Task {
  Task() {}

  /**
   * Returns the id.
   *
   * @return the id
   */
  public abstract TaskId id();

  /**
   * Returns what is to be done, not blank.
   *
   * @return the subject
   */
  public abstract String subject();

  /**
   * Returns the details.
   *
   * @return the description
   */
  public abstract Optional<String> description();

  /**
   * Returns who has to do it.
   *
   * @return the responsible user
   */
  public abstract UserId responsible();

  /**
   * Returns who gave the task.
   *
   * @return the author
   */
  public abstract Optional<UserId> author();

  /**
   * Returns the client the task is about.
   *
   * @return the client
   */
  public abstract Optional<ClientId> client();

  /**
   * Returns the contact person the task is about.
   *
   * @return the contact person
   */
  public abstract Optional<ContactPersonId> contactPerson();

  /**
   * Returns the lead the task is about.
   *
   * @return the lead
   */
  public abstract Optional<LeadId> lead();

  /**
   * Returns when work on the task may start.
   *
   * @return the start
   */
  public abstract Instant start();

  /**
   * Returns when the task must be done, not before the start.
   *
   * @return the due time
   */
  public abstract Instant due();

  /**
   * Returns the priority.
   *
   * @return the priority, {@link TaskPriority#NORMAL} unless set
   */
  @Value.Default
  public TaskPriority priority() {
    return TaskPriority.NORMAL;
  }

  /**
   * Returns when to remind the responsible person, not after the due time.
   *
   * @return the reminder time
   */
  public abstract Optional<Instant> reminder();

  /**
   * Returns the state.
   *
   * @return the state, {@link TaskState#OPEN} unless set
   */
  @Value.Default
  public TaskState state() {
    return TaskState.OPEN;
  }

  /**
   * Tells whether the task is still pending after its due time.
   *
   * @param now the current instant, from the host's clock
   * @return {@code true} if overdue
   */
  public final boolean isOverdueAt(Instant now) {
    return state().isPending() && now.isAfter(due());
  }

  /**
   * Returns this task moved to another state.
   *
   * @param next the new state
   * @return the task in the new state
   * @throws InvalidValueException if the task is done or cancelled and {@code next} differs
   */
  public final Task inState(TaskState next) {
    if (!state().canMoveTo(next)) {
      throw new InvalidValueException("Task " + id() + " state", next, "cannot follow " + state());
    }
    return builder().from(this).state(next).build();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  final void check() {
    BusinessTime.requireInstant("Task " + id() + " start", start());
    BusinessTime.requireInstant("Task " + id() + " due", due());
    reminder().ifPresent(v -> BusinessTime.requireInstant("Task " + id() + " reminder", v));
    Checks.checkNormalisedText("Task.subject", subject());
    description().ifPresent(v -> Checks.checkMultiline("Task.description", v));
    if (due().isBefore(start())) {
      throw new InvalidValueException("Task " + id() + " due", due(), "is before the start " + start());
    }
    reminder().ifPresent(r -> {
      if (r.isAfter(due())) {
        throw new InvalidValueException(
            "Task " + id() + " reminder", r, "is after the due time " + due());
      }
    });
  }

  /** Builds a {@link Task}; {@code build()} checks every rule of the type. */
  public static final class Builder extends ImmutableTask.Builder {
    Builder() {}
  }
}
