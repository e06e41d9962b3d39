package org.clientbase.rules.task;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.clientbase.core.InvalidValueException;
import org.clientbase.core.MissingValuesException;
import org.clientbase.core.client.Client;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.LeadId;
import org.clientbase.core.id.UserId;
import org.clientbase.core.lead.Lead;
import org.clientbase.core.status.StatusAssignment;
import org.clientbase.core.task.Task;
import org.clientbase.rules.conversion.LeadCreated;
import org.clientbase.rules.internal.ServiceParts;
import org.clientbase.spi.Clientbase;
import org.clientbase.spi.IdGenerator;
import org.clientbase.spi.Versioned;
import org.clientbase.spi.event.DomainEvent;
import org.clientbase.spi.event.DomainEventListener;
import org.clientbase.spi.event.StatusTransitionListener;
import org.clientbase.spi.store.ClientStore;
import org.clientbase.spi.store.TaskStore;

/**
 * Creates tasks automatically when something happens, by {@link TaskRule rules}: the usual
 * "a new lead gives the task «Contact the client» with a reminder in 2 hours"
 * ({@link TaskRule#contactNewLead()}), or a task when a client moves to a status (e.g. a
 * win-back call when a client becomes Lost).
 *
 * <p>Added as a listener of the {@link org.clientbase.rules.conversion.LeadDirectory
 * LeadDirectory} ({@code LeadDirectory.Builder.addListener(automation)}), the automation hears every new
 * lead (a host that stores leads on its own calls {@link #onNewLead(Lead)}); registered as a
 * {@link StatusTransitionListener} with the status engine, it hears every status change. The task goes to the lead's or client's responsible manager (or the rule's fallback),
 * starts when the automation handles the event (the clock's instant), is due the rule's
 * {@code dueIn} later, and reminds {@code remindBefore} ahead of the due time. Tasks are
 * created on behalf of the system, not of a user, so the access policy is not asked.
 *
 * <p>Handling the same event twice creates no second task: a rule does not create a task while
 * the responsible manager has a pending task with the same subject about the same lead or
 * client.
 *
 * <pre>{@code
 * TaskAutomation automation = TaskAutomation.builder()
 *     .clientbase(base).clock(clock)
 *     .addRule(TaskRule.builder(TaskRule.CONTACT_NEW_LEAD, TaskTrigger.newLead())
 *         .subject("Связаться с клиентом").build())
 *     .build();
 * LeadDirectory directory = LeadDirectory.builder()
 *     .clientbase(base).converter(converter).addListener(automation).build();
 * directory.create(lead);   // [Связаться с клиентом, due in 2 hours, for the lead's manager]
 * }</pre>
 *
 * <p>Thread-safe: one instance may be shared by all threads. It keeps no state of its own between
 * calls; what it reads and writes lives in the stores it was given, so it is as safe as they are.
 */
public final class TaskAutomation implements StatusTransitionListener, DomainEventListener {
  private final TaskStore tasks;
  private final ClientStore clients;
  private final IdGenerator ids;
  private final Clock clock;
  private final List<TaskRule> rules;

  private TaskAutomation(Builder b) {
    Clientbase base = b.parts.clientbase();
    this.tasks = base.taskStore();
    this.clients = base.clientStore();
    this.ids = base.idGenerator();
    this.clock = b.parts.clock();
    this.rules = List.copyOf(b.rules.values());
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the rules.
   *
   * @return the rules, in the order they were added
   */
  public List<TaskRule> rules() {
    return rules;
  }

  /**
   * Creates the tasks the rules give for a new lead.
   *
   * @param lead the new lead, as stored
   * @return the tasks created; empty if no rule applies, a task already exists, or there is no
   *     one to give it to
   */
  public List<Task> onNewLead(Lead lead) {
    Objects.requireNonNull(lead, "lead");
    List<Task> created = new ArrayList<>();
    for (TaskRule rule : rules) {
      if (rule.trigger() instanceof TaskTrigger.NewLead) {
        Optional<UserId> responsible = lead.responsible().or(rule::fallbackResponsible);
        responsible.flatMap(r -> create(rule, r, Optional.empty(), Optional.of(lead.id()))).ifPresent(created::add);
      }
    }
    return List.copyOf(created);
  }

  /**
   * Creates the tasks the rules give for a client's status change.
   *
   * @param change the recorded status change
   * @return the tasks created; empty if no rule applies, a task already exists, or there is no
   *     one to give it to
   */
  public List<Task> onStatusChange(StatusAssignment change) {
    Objects.requireNonNull(change, "change");
    List<Task> created = new ArrayList<>();
    Optional<Client> client = Optional.empty();
    for (TaskRule rule : rules) {
      if (rule.trigger() instanceof TaskTrigger.StatusChanged s && s.status().equals(change.status())) {
        if (client.isEmpty()) {
          client = clients.find(change.client()).map(Versioned::value);
        }
        Optional<UserId> responsible = client.flatMap(Client::responsible).or(rule::fallbackResponsible);
        responsible.flatMap(r -> create(rule, r, Optional.of(change.client()), Optional.empty()))
            .ifPresent(created::add);
      }
    }
    return List.copyOf(created);
  }

  /**
   * Creates the tasks the rules give for a status change; the status engine calls this for
   * every change it records.
   *
   * @param transition the recorded status change
   */
  @Override
  public void onTransition(StatusAssignment transition) {
    onStatusChange(transition);
  }

  /**
   * Creates the tasks the rules give for a {@link LeadCreated} event; other events are
   * ignored.
   *
   * @param event the event
   */
  @Override
  public void onEvent(DomainEvent event) {
    if (event instanceof LeadCreated created) {
      onNewLead(created.lead());
    }
  }

  private Optional<Task> create(TaskRule rule, UserId responsible, Optional<ClientId> client, Optional<LeadId> lead) {
    boolean exists = tasks.findByResponsible(responsible).stream()
        .anyMatch(t -> t.state().isPending() && t.subject().equals(rule.subject())
            && t.client().equals(client) && t.lead().equals(lead));
    if (exists) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    Instant due = now.plus(rule.dueIn());
    Task task = Task.builder()
        .id(ids.newTaskId())
        .subject(rule.subject())
        .responsible(responsible)
        .client(client)
        .lead(lead)
        .start(now)
        .due(due)
        .reminder(due.minus(rule.remindBefore()))
        .priority(rule.priority())
        .build();
    tasks.insert(task);
    return Optional.of(task);
  }

  /** Builds a {@link TaskAutomation}; rejects a rule whose id was used before. */
  public static final class Builder {
    private final ServiceParts parts = new ServiceParts("TaskAutomation");
    private final Map<String, TaskRule> rules = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets the host's client base: its task store, its client store (read for the responsible manager of a client) and its id generator (required).
     *
     * @param base the client base
     * @return this builder
     * @throws InvalidValueException if {@code null} or already set
     */
    public Builder clientbase(Clientbase base) {
      parts.clientbase(base);
      return this;
    }

    /**
     * Sets the clock that dates the tasks (required).
     *
     * @param value the clock
     * @return this builder
     * @throws InvalidValueException if {@code null} or already set
     */
    public Builder clock(Clock value) {
      parts.clock(value);
      return this;
    }

    /**
     * Adds a rule (at least one is required).
     *
     * @param rule the rule
     * @return this builder
     * @throws InvalidValueException if {@code null} or a rule with the same id was added before
     */
    public Builder addRule(TaskRule rule) {
      if (rule == null) {
        throw parts.checks().invalid("rules", null, "must be given");
      }
      if (rules.containsKey(rule.id())) {
        throw parts.checks().invalid("rules", rule.id(), "a rule with this id was already added");
      }
      rules.put(rule.id(), rule);
      return this;
    }

    /**
     * Builds the automation.
     *
     * @return the automation
     * @throws MissingValuesException naming every required setting not set
     */
    public TaskAutomation build() {
      parts.required(ServiceParts.CLIENTBASE, ServiceParts.CLOCK)
          .part("rules", !rules.isEmpty()).check();
      return new TaskAutomation(this);
    }
  }
}
