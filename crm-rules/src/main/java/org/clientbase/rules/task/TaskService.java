package org.clientbase.rules.task;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.clientbase.core.InvalidValueException;
import org.clientbase.core.MissingValuesException;
import org.clientbase.core.client.Client;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.ContactPersonId;
import org.clientbase.core.id.TaskId;
import org.clientbase.core.id.UserId;
import org.clientbase.core.task.Task;
import org.clientbase.core.task.TaskState;
import org.clientbase.rules.access.AccessDeniedException;
import org.clientbase.rules.access.ClientAccess;
import org.clientbase.rules.access.Permission;
import org.clientbase.rules.internal.ServiceParts;
import org.clientbase.spi.Clientbase;
import org.clientbase.spi.DuplicateIdException;
import org.clientbase.spi.IdGenerator;
import org.clientbase.spi.StaleWriteException;
import org.clientbase.spi.Versioned;
import org.clientbase.spi.access.AccessPolicy;
import org.clientbase.spi.store.ClientStore;
import org.clientbase.spi.store.TaskStore;

/**
 * Tasks of managers ("Задачи и события"): created with a responsible manager, start,
 * due time, priority and an optional reminder; assigned, rescheduled, started, completed or
 * cancelled; listed by state, dates and responsible manager; reminders due in a period and
 * overdue tasks found.
 *
 * <p>Every operation that takes a {@link UserId} acts on behalf of that user, through the
 * host's policy:
 * <ul>
 *   <li>a user may see a task they are responsible for or gave, or a task whose client and
 *       contact person (those it names) they may all see, a contact person through a client it
 *       is linked to;</li>
 *   <li>a user may change a task they are responsible for or gave, or a task whose client and
 *       contact person they may all edit;</li>
 *   <li>a user may create a task only if they may edit every card it names (its client and its
 *       contact person); a task about no card may be created by anyone.</li>
 * </ul>
 * A refused change throws {@link AccessDeniedException} and writes nothing. A task the user may
 * not see gets the same answer as a task not stored, so refusals never tell which ids exist.
 * {@link #newTaskId()} is the only operation without a user; it reads nothing. Each change is one
 * versioned write: a task changed by someone else in between gives a
 * {@link StaleWriteException} and nothing is written.
 *
 * <pre>{@code
 * TaskService tasks = TaskService.builder()
 *     .clientbase(base).accessPolicy(policy).clock(clock)
 *     .build();
 * Versioned<Task> call = tasks.create(manager, Task.builder().id(tasks.newTaskId())
 *     .subject("Call back about the offer").responsible(manager).client(client)
 *     .start(now).due(now.plus(Duration.ofHours(4))).reminder(now.plus(Duration.ofHours(3)))
 *     .build());
 * tasks.complete(manager, call.value().id());
 * List<Task> late = tasks.list(manager, TaskFilter.all().responsible(manager).overdueAt(clock.instant()));
 * }</pre>
 *
 * <p>Thread-safe: one instance may be shared by all threads. It keeps no state of its own between
 * calls; what it reads and writes lives in the stores it was given, so it is as safe as they are.
 */
public final class TaskService {
  private final TaskStore tasks;
  private final ClientAccess access;
  private final IdGenerator ids;
  private final Clock clock;
  private final int pageSize;

  private TaskService(Builder b) {
    Clientbase base = b.parts.clientbase();
    this.tasks = base.taskStore();
    this.access = ClientAccess.of(b.parts.accessPolicy(), base.clientStore());
    this.ids = base.idGenerator();
    this.clock = b.parts.clock();
    this.pageSize = b.parts.pageSizeOr(500);
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
   * Returns a new task id from the host's id generator.
   *
   * @return the id
   */
  public TaskId newTaskId() {
    return ids.newTaskId();
  }

  /**
   * Stores a new task. A task without author gets the user as its author.
   *
   * @param user the user creating the task
   * @param task the task, open or in progress
   * @return the stored task
   * @throws AccessDeniedException if the task names a client or contact person the user may
   *     not edit, or its id is taken by a task the user may not see; nothing is written
   * @throws InvalidValueException if the task is already done or cancelled
   * @throws DuplicateIdException if the id is taken by a task the user may see
   */
  public Versioned<Task> create(UserId user, Task task) {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(task, "task");
    if (!task.state().isPending()) {
      throw new InvalidValueException("Task " + task.id() + " state", task.state(), "a new task must be open or in progress");
    }
    access.requireRecord(user, "task " + task.id(), clients(task), persons(task), Permission.EDIT);
    Optional<Versioned<Task>> taken = tasks.find(task.id());
    if (taken.isPresent() && !allows(user, taken.get().value(), Permission.VIEW)) {
      throw ClientAccess.hidden(user, Permission.EDIT, "task " + task.id());
    }
    Task stored = task.author().isPresent() ? task : Task.builder().from(task).author(user).build();
    return tasks.insert(stored);
  }

  /**
   * Returns a task the user may see.
   *
   * @param user the user asking
   * @param id the task
   * @return the stored task
   * @throws AccessDeniedException if the user may not see it, with the same message as for a
   *     task not stored
   */
  public Versioned<Task> find(UserId user, TaskId id) {
    return visible(user, id, Permission.VIEW);
  }

  /**
   * Gives a task to another responsible user.
   *
   * @param user the user making the change
   * @param id the task
   * @param responsible the new responsible user
   * @return the stored task
   * @throws AccessDeniedException if the user may not change the task; nothing is written
   * @throws InvalidValueException if the task is done or cancelled
   */
  public Versioned<Task> assign(UserId user, TaskId id, UserId responsible) {
    Objects.requireNonNull(responsible, "responsible");
    return change(user, id, "assign", t -> Task.builder().from(t).responsible(responsible).build());
  }

  /**
   * Moves a task in time.
   *
   * @param user the user making the change
   * @param id the task
   * @param start the new start
   * @param due the new due time, not before the start
   * @param reminder the new reminder, not after the due time, or empty for none
   * @return the stored task
   * @throws AccessDeniedException if the user may not change the task; nothing is written
   * @throws InvalidValueException if the task is done or cancelled, or the times do not fit
   */
  public Versioned<Task> reschedule(UserId user, TaskId id, Instant start, Instant due, Optional<Instant> reminder) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(due, "due");
    Objects.requireNonNull(reminder, "reminder");
    return change(user, id, "reschedule",
        t -> Task.builder().from(t).start(start).due(due).reminder(reminder).build());
  }

  /**
   * Marks a task as being worked on.
   *
   * @param user the user making the change
   * @param id the task
   * @return the stored task
   * @throws AccessDeniedException if the user may not change the task; nothing is written
   * @throws InvalidValueException if the task is done or cancelled
   */
  public Versioned<Task> start(UserId user, TaskId id) {
    return change(user, id, "start", t -> t.inState(TaskState.IN_PROGRESS));
  }

  /**
   * Marks a task as done.
   *
   * @param user the user making the change
   * @param id the task
   * @return the stored task
   * @throws AccessDeniedException if the user may not change the task; nothing is written
   * @throws InvalidValueException if the task is cancelled
   */
  public Versioned<Task> complete(UserId user, TaskId id) {
    return change(user, id, "complete", t -> t.inState(TaskState.DONE));
  }

  /**
   * Cancels a task.
   *
   * @param user the user making the change
   * @param id the task
   * @return the stored task
   * @throws AccessDeniedException if the user may not change the task; nothing is written
   * @throws InvalidValueException if the task is done
   */
  public Versioned<Task> cancel(UserId user, TaskId id) {
    return change(user, id, "cancel", t -> t.inState(TaskState.CANCELLED));
  }

  /**
   * Lists the tasks a user may see that pass a filter. With a responsible user or a client in
   * the filter, one query answers; otherwise the task store is walked page by page.
   *
   * @param user the user asking
   * @param filter the filter
   * @return the tasks, by due time, then id
   */
  public List<Task> list(UserId user, TaskFilter filter) {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(filter, "filter");
    List<Task> found = new ArrayList<>();
    if (filter.responsible().isPresent()) {
      keepVisible(user, tasks.findByResponsible(filter.responsible().get()), filter, found);
    } else if (filter.client().isPresent()) {
      keepVisible(user, tasks.findByClients(List.of(filter.client().get())), filter, found);
    } else {
      Optional<TaskId> after = Optional.empty();
      while (true) {
        List<Versioned<Task>> page = tasks.page(after, pageSize);
        keepVisible(user, page.stream().map(Versioned::value).toList(), filter, found);
        if (page.size() < pageSize) {
          break;
        }
        after = Optional.of(page.get(page.size() - 1).value().id());
      }
    }
    found.sort(Comparator.comparing(Task::due).thenComparing(t -> t.id().value()));
    return List.copyOf(found);
  }

  /**
   * Lists the pending tasks a user may see that are past their due time now.
   *
   * @param user the user asking
   * @return the overdue tasks, by due time
   */
  public List<Task> overdue(UserId user) {
    return list(user, TaskFilter.all().overdueAt(clock.instant()));
  }

  /**
   * Returns the reminders a user is to receive in a period: their own pending tasks whose
   * reminder time lies after {@code after} and at or before {@code until}. A host that polls
   * passes the end of its previous poll as {@code after}, so each reminder comes once.
   *
   * @param user the responsible user
   * @param after the end of the previous period, excluded
   * @param until the end of this period, included, e.g. the clock's instant
   * @return the tasks, by reminder time
   * @throws InvalidValueException if {@code until} is before {@code after}
   */
  public List<Task> remindersDue(UserId user, Instant after, Instant until) {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(after, "after");
    Objects.requireNonNull(until, "until");
    if (until.isBefore(after)) {
      throw new InvalidValueException("TaskService.remindersDue period", after + ".." + until, "ends before it starts");
    }
    return tasks.findByResponsible(user).stream()
        .filter(t -> t.state().isPending())
        .filter(t -> t.reminder().map(r -> r.isAfter(after) && !r.isAfter(until)).orElse(false))
        .sorted(Comparator.comparing((Task t) -> t.reminder().orElseThrow()).thenComparing(t -> t.id().value()))
        .toList();
  }

  /** The stored task if the user may see it; otherwise the same refusal whether stored or not. */
  private Versioned<Task> visible(UserId user, TaskId id, Permission asked) {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(id, "id");
    Optional<Versioned<Task>> stored = tasks.find(id);
    if (stored.isEmpty() || !allows(user, stored.get().value(), Permission.VIEW)) {
      throw ClientAccess.hidden(user, asked, "task " + id);
    }
    return stored.get();
  }

  private static List<ClientId> clients(Task task) {
    return task.client().map(List::of).orElse(List.of());
  }

  private static List<ContactPersonId> persons(Task task) {
    return task.contactPerson().map(List::of).orElse(List.of());
  }

  private Versioned<Task> change(UserId user, TaskId id, String action, UnaryOperator<Task> how) {
    Versioned<Task> stored = visible(user, id, Permission.EDIT);
    if (!allows(user, stored.value(), Permission.EDIT)) {
      throw new AccessDeniedException(user, Permission.EDIT, "task " + id,
          "only its responsible user, its author, or who may edit its client may " + action + " it");
    }
    Task current = stored.value();
    if (!current.state().isPending() && (action.equals("assign") || action.equals("reschedule"))) {
      throw new InvalidValueException("Task " + id + " state", current.state(), "a finished task cannot be changed (" + action + ")");
    }
    Task changed = how.apply(current);
    return changed.equals(current) ? stored : tasks.update(changed, stored.version());
  }

  private boolean allows(UserId user, Task task, Permission permission) {
    if (task.responsible().equals(user) || task.author().map(user::equals).orElse(false)) {
      return true;
    }
    if (task.client().isEmpty() && task.contactPerson().isEmpty()) {
      return false;
    }
    return access.canRecord(user, clients(task), persons(task), permission);
  }

  private void keepVisible(UserId user, List<Task> candidates, TaskFilter filter, List<Task> into) {
    List<Task> passing = candidates.stream().filter(filter::test).toList();
    Set<ClientId> clientIds = new LinkedHashSet<>();
    for (Task task : passing) {
      task.client().ifPresent(clientIds::add);
    }
    Map<ClientId, Client> visible = access.visible(user, clientIds);
    for (Task task : passing) {
      boolean own = task.responsible().equals(user) || task.author().map(user::equals).orElse(false);
      boolean aboutCards = task.client().isPresent() || task.contactPerson().isPresent();
      boolean allowed = own
          || aboutCards
              && task.client().map(visible::containsKey).orElse(true)
              && access.canRecord(user, List.of(), persons(task), Permission.VIEW);
      if (allowed) {
        into.add(task);
      }
    }
  }

  /** Builds a {@link TaskService}; settings are validated as they are given. */
  public static final class Builder {
    private final ServiceParts parts = new ServiceParts("TaskService");

    private Builder() {}

    /**
     * Sets the host's client base: its task and client stores and its id generator (required).
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
     * Sets the host's access policy (required).
     *
     * @param policy the policy
     * @return this builder
     * @throws InvalidValueException if {@code null} or already set
     */
    public Builder accessPolicy(AccessPolicy policy) {
      parts.accessPolicy(policy);
      return this;
    }

    /**
     * Sets the clock that says what is overdue (required).
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
     * Sets how many tasks one store read asks for when a list walks the store; 500 unless set.
     *
     * @param size the page size, from 1 to 100 000
     * @return this builder
     * @throws InvalidValueException if out of bounds or already set
     */
    public Builder pageSize(int size) {
      parts.pageSize(size);
      return this;
    }

    /**
     * Builds the service.
     *
     * @return the service
     * @throws MissingValuesException naming every required setting not set
     */
    public TaskService build() {
      parts.required(ServiceParts.CLIENTBASE, ServiceParts.ACCESS_POLICY, ServiceParts.CLOCK).check();
      return new TaskService(this);
    }
  }
}
