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
 *
 * <p>Immutable and thread-safe.
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
    return ImmutableTask.builder();
  }

  @Value.Check
  final void check() {
    BusinessTime.requireInstant("Task " + id() + " start", start());
    BusinessTime.requireInstant("Task " + id() + " due", due());
    BusinessTime.requireInstant("Task " + id() + " reminder", reminder());
    Checks.checkNormalisedText("Task.subject", subject());
    Checks.checkMultiline("Task.description", description());
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

  /**
   * Builds a {@link Task}; {@code build()} checks every rule of the type.
   *
   * <p>Required: {@code id}, {@code subject}, {@code responsible}, {@code start}, {@code due};
   * every other attribute is optional. A builder is not thread-safe: fill it and build from one
   * thread.
   */
  public abstract static class Builder {
    Builder() {}

    /**
     * Copies the attributes of an existing Task into this builder: each single value replaces the
     * one set before, collection elements and map entries are added, and an empty optional value
     * leaves the value set before.
     * @param instance the value to copy
     * @return this builder
     */
    public abstract Builder from(Task instance);
    /**
     * Sets the id ({@link Task#id() id}). Required: {@code build()} fails if it is not set.
     * @param id the value to set
     * @return this builder
     */
    public abstract Builder id(TaskId id);
    /**
     * Sets what is to be done, not blank ({@link Task#subject() subject}). Required:
     * {@code build()} fails if it is not set.
     * @param subject the value to set
     * @return this builder
     */
    public abstract Builder subject(String subject);
    /**
     * Sets the details ({@link Task#description() description}). Optional: empty unless set.
     * @param description the value to set
     * @return this builder
     */
    public abstract Builder description(String description);
    /**
     * Sets the details ({@link Task#description() description}), or clears it when empty.
     * Optional: empty unless set.
     * @param description the value to set, or empty to clear it
     * @return this builder
     */
    public abstract Builder description(Optional<String> description);
    /**
     * Sets who has to do it ({@link Task#responsible() responsible}). Required: {@code build()}
     * fails if it is not set.
     * @param responsible the value to set
     * @return this builder
     */
    public abstract Builder responsible(UserId responsible);
    /**
     * Sets who gave the task ({@link Task#author() author}). Optional: empty unless set.
     * @param author the value to set
     * @return this builder
     */
    public abstract Builder author(UserId author);
    /**
     * Sets who gave the task ({@link Task#author() author}), or clears it when empty. Optional:
     * empty unless set.
     * @param author the value to set, or empty to clear it
     * @return this builder
     */
    public abstract Builder author(Optional<? extends UserId> author);
    /**
     * Sets the client the task is about ({@link Task#client() client}). Optional: empty unless
     * set.
     * @param client the value to set
     * @return this builder
     */
    public abstract Builder client(ClientId client);
    /**
     * Sets the client the task is about ({@link Task#client() client}), or clears it when empty.
     * Optional: empty unless set.
     * @param client the value to set, or empty to clear it
     * @return this builder
     */
    public abstract Builder client(Optional<? extends ClientId> client);
    /**
     * Sets the contact person the task is about ({@link Task#contactPerson() contactPerson}).
     * Optional: empty unless set.
     * @param contactPerson the value to set
     * @return this builder
     */
    public abstract Builder contactPerson(ContactPersonId contactPerson);
    /**
     * Sets the contact person the task is about ({@link Task#contactPerson() contactPerson}), or
     * clears it when empty. Optional: empty unless set.
     * @param contactPerson the value to set, or empty to clear it
     * @return this builder
     */
    public abstract Builder contactPerson(Optional<? extends ContactPersonId> contactPerson);
    /**
     * Sets the lead the task is about ({@link Task#lead() lead}). Optional: empty unless set.
     * @param lead the value to set
     * @return this builder
     */
    public abstract Builder lead(LeadId lead);
    /**
     * Sets the lead the task is about ({@link Task#lead() lead}), or clears it when empty.
     * Optional: empty unless set.
     * @param lead the value to set, or empty to clear it
     * @return this builder
     */
    public abstract Builder lead(Optional<? extends LeadId> lead);
    /**
     * Sets when work on the task may start ({@link Task#start() start}). Required: {@code build()}
     * fails if it is not set.
     * @param start the value to set
     * @return this builder
     */
    public abstract Builder start(Instant start);
    /**
     * Sets when the task must be done, not before the start ({@link Task#due() due}). Required:
     * {@code build()} fails if it is not set.
     * @param due the value to set
     * @return this builder
     */
    public abstract Builder due(Instant due);
    /**
     * Sets the priority ({@link Task#priority() priority}). Optional: {@code TaskPriority.NORMAL}
     * unless set.
     * @param priority the value to set
     * @return this builder
     */
    public abstract Builder priority(TaskPriority priority);
    /**
     * Sets when to remind the responsible person, not after the due time
     * ({@link Task#reminder() reminder}). Optional: empty unless set.
     * @param reminder the value to set
     * @return this builder
     */
    public abstract Builder reminder(Instant reminder);
    /**
     * Sets when to remind the responsible person, not after the due time
     * ({@link Task#reminder() reminder}), or clears it when empty. Optional: empty unless set.
     * @param reminder the value to set, or empty to clear it
     * @return this builder
     */
    public abstract Builder reminder(Optional<? extends Instant> reminder);
    /**
     * Sets the state ({@link Task#state() state}). Optional: {@code TaskState.OPEN} unless set.
     * @param state the value to set
     * @return this builder
     */
    public abstract Builder state(TaskState state);

    /**
     * Builds the Task, checking every rule of the type.
     *
     * @return the new value
     * @throws org.clientbase.core.MissingValuesException naming the required attributes that are not set
     */
    public abstract Task build();
  }
}
