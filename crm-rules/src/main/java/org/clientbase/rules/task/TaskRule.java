package org.clientbase.rules.task;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.clientbase.core.Checks;
import org.clientbase.core.InvalidValueException;
import org.clientbase.core.id.UserId;
import org.clientbase.core.task.TaskPriority;

/**
 * A rule that creates a task when something happens: an immutable definition, validated when
 * built. Seed 002: "при поступлении нового лида автоматически формируется задача «Связаться с
 * клиентом» с напоминанием через 2 часа" is {@link #contactNewLead()}.
 *
 * <pre>{@code
 * TaskRule rule = TaskRule.builder("contact-new-lead", TaskTrigger.newLead())
 *     .subject("Связаться с клиентом")
 *     .dueIn(Duration.ofHours(2))
 *     .remindBefore(Duration.ofMinutes(15))
 *     .fallbackResponsible(UserId.of("sales-desk"))
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the rule's id, unique among the rules of one {@link TaskAutomation}
 * @param trigger what makes the rule create a task
 * @param subject the task's subject
 * @param dueIn how long after the event the task is due
 * @param remindBefore how long before the due time the responsible user is reminded; zero
 *     reminds at the due time
 * @param priority the task's priority
 * @param fallbackResponsible who gets the task when the lead or client has no responsible
 *     manager; without one, no task is created then
 */
public record TaskRule(
    String id, TaskTrigger trigger, String subject, Duration dueIn, Duration remindBefore, TaskPriority priority,
    Optional<UserId> fallbackResponsible) {

  /** The longest time from an event to a task's due time: ten years of days. */
  public static final Duration MAX_DUE_IN = Duration.ofDays(3660);

  /** The id of {@link #contactNewLead()}. */
  public static final String CONTACT_NEW_LEAD = "contact-new-lead";

  /**
   * Checks the parts.
   *
   * @param id the rule's id
   * @param trigger the trigger
   * @param subject the subject
   * @param dueIn the time to the due time, positive and at most {@link #MAX_DUE_IN}
   * @param remindBefore the time from the reminder to the due time
   * @param priority the priority
   * @param fallbackResponsible the fallback responsible user
   * @throws InvalidValueException naming the rule and the part that is wrong
   */
  public TaskRule {
    id = Checks.requireText("TaskRule.id", id);
    Objects.requireNonNull(trigger, "trigger");
    subject = Checks.requireText("TaskRule " + id + " subject", subject);
    Objects.requireNonNull(dueIn, "dueIn");
    Objects.requireNonNull(remindBefore, "remindBefore");
    Objects.requireNonNull(priority, "priority");
    Objects.requireNonNull(fallbackResponsible, "fallbackResponsible");
    if (dueIn.isNegative() || dueIn.isZero() || dueIn.compareTo(MAX_DUE_IN) > 0) {
      throw new InvalidValueException("TaskRule " + id + " dueIn", dueIn,
          "must be positive and at most " + MAX_DUE_IN.toDays() + " days");
    }
    if (remindBefore.isNegative() || remindBefore.compareTo(dueIn) > 0) {
      throw new InvalidValueException("TaskRule " + id + " remindBefore", remindBefore,
          "must be from zero to dueIn " + dueIn + ", so the reminder falls between the event and the due time");
    }
  }

  /**
   * Returns the default rule: a new lead gives the task "Contact the client", due in 2 hours,
   * with a reminder at the due time.
   *
   * @return the rule
   */
  public static TaskRule contactNewLead() {
    return builder(CONTACT_NEW_LEAD, TaskTrigger.newLead()).build();
  }

  /**
   * Returns a builder with the defaults: subject "Contact the client", due in 2 hours,
   * reminder at the due time, normal priority, no fallback.
   *
   * @param id the rule's id
   * @param trigger the trigger
   * @return the builder
   */
  public static Builder builder(String id, TaskTrigger trigger) {
    return new Builder(id, trigger);
  }

  /** Builds a {@link TaskRule}. */
  public static final class Builder {
    private final String id;
    private final TaskTrigger trigger;
    private String subject = "Contact the client";
    private Duration dueIn = Duration.ofHours(2);
    private Duration remindBefore = Duration.ZERO;
    private TaskPriority priority = TaskPriority.NORMAL;
    private Optional<UserId> fallbackResponsible = Optional.empty();

    private Builder(String id, TaskTrigger trigger) {
      this.id = id;
      this.trigger = trigger;
    }

    /**
     * Sets the task's subject.
     *
     * @param value the subject
     * @return this builder
     */
    public Builder subject(String value) {
      subject = value;
      return this;
    }

    /**
     * Sets how long after the event the task is due.
     *
     * @param value the duration, positive
     * @return this builder
     */
    public Builder dueIn(Duration value) {
      dueIn = value;
      return this;
    }

    /**
     * Sets how long before the due time the reminder comes.
     *
     * @param value the duration, from zero to the due time
     * @return this builder
     */
    public Builder remindBefore(Duration value) {
      remindBefore = value;
      return this;
    }

    /**
     * Sets the task's priority.
     *
     * @param value the priority
     * @return this builder
     */
    public Builder priority(TaskPriority value) {
      priority = value;
      return this;
    }

    /**
     * Sets who gets the task when there is no responsible manager.
     *
     * @param user the user
     * @return this builder
     */
    public Builder fallbackResponsible(UserId user) {
      fallbackResponsible = Optional.of(Objects.requireNonNull(user, "user"));
      return this;
    }

    /**
     * Builds the rule.
     *
     * @return the rule
     * @throws InvalidValueException naming the rule and the part that is wrong
     */
    public TaskRule build() {
      return new TaskRule(id, trigger, subject, dueIn, remindBefore, priority, fallbackResponsible);
    }
  }
}
