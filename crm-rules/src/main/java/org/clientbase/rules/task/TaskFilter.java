package org.clientbase.rules.task;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.clientbase.core.InvalidValueException;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.UserId;
import org.clientbase.core.task.Task;
import org.clientbase.core.task.TaskState;

/**
 * Which tasks a list shows: by state, responsible manager, client, due and start dates, and
 * whether they are overdue. Immutable; each {@code with} method returns a new filter.
 *
 * <pre>{@code
 * TaskFilter mine = TaskFilter.all()
 *     .states(TaskState.OPEN, TaskState.IN_PROGRESS)
 *     .responsible(UserId.of("manager-7"))
 *     .dueBetween(monday, friday);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class TaskFilter {
  private static final TaskFilter ALL = new TaskFilter(
      EnumSet.allOf(TaskState.class), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
      Optional.empty(), Optional.empty(), Optional.empty());

  private final Set<TaskState> states;
  private final Optional<UserId> responsible;
  private final Optional<ClientId> client;
  private final Optional<Instant> dueFrom;
  private final Optional<Instant> dueTo;
  private final Optional<Instant> startFrom;
  private final Optional<Instant> startTo;
  private final Optional<Instant> overdueAt;

  private TaskFilter(Set<TaskState> states, Optional<UserId> responsible, Optional<ClientId> client,
      Optional<Instant> dueFrom, Optional<Instant> dueTo, Optional<Instant> startFrom, Optional<Instant> startTo,
      Optional<Instant> overdueAt) {
    this.states = Set.copyOf(states);
    this.responsible = responsible;
    this.client = client;
    this.dueFrom = dueFrom;
    this.dueTo = dueTo;
    this.startFrom = startFrom;
    this.startTo = startTo;
    this.overdueAt = overdueAt;
  }

  /**
   * Returns the filter that lets every task through.
   *
   * @return the filter
   */
  public static TaskFilter all() {
    return ALL;
  }

  /**
   * Returns this filter keeping only tasks in the given states.
   *
   * @param first a state
   * @param more more states
   * @return the new filter
   */
  public TaskFilter states(TaskState first, TaskState... more) {
    return new TaskFilter(EnumSet.of(first, more), responsible, client, dueFrom, dueTo, startFrom, startTo, overdueAt);
  }

  /**
   * Returns this filter keeping only pending tasks (open or in progress).
   *
   * @return the new filter
   */
  public TaskFilter pending() {
    return states(TaskState.OPEN, TaskState.IN_PROGRESS);
  }

  /**
   * Returns this filter keeping only the tasks of a responsible user.
   *
   * @param user the responsible user
   * @return the new filter
   */
  public TaskFilter responsible(UserId user) {
    return new TaskFilter(states, Optional.of(Objects.requireNonNull(user, "user")), client, dueFrom, dueTo,
        startFrom, startTo, overdueAt);
  }

  /**
   * Returns this filter keeping only the tasks about a client.
   *
   * @param about the client
   * @return the new filter
   */
  public TaskFilter client(ClientId about) {
    return new TaskFilter(states, responsible, Optional.of(Objects.requireNonNull(about, "about")), dueFrom, dueTo,
        startFrom, startTo, overdueAt);
  }

  /**
   * Returns this filter keeping only tasks due in a period.
   *
   * @param from the first instant, included
   * @param to the last instant, included
   * @return the new filter
   * @throws InvalidValueException if {@code to} is before {@code from}
   */
  public TaskFilter dueBetween(Instant from, Instant to) {
    checkPeriod("due", from, to);
    return new TaskFilter(states, responsible, client, Optional.of(from), Optional.of(to), startFrom, startTo, overdueAt);
  }

  /**
   * Returns this filter keeping only tasks that start in a period.
   *
   * @param from the first instant, included
   * @param to the last instant, included
   * @return the new filter
   * @throws InvalidValueException if {@code to} is before {@code from}
   */
  public TaskFilter startBetween(Instant from, Instant to) {
    checkPeriod("start", from, to);
    return new TaskFilter(states, responsible, client, dueFrom, dueTo, Optional.of(from), Optional.of(to), overdueAt);
  }

  /**
   * Returns this filter keeping only tasks overdue at an instant: pending after their due time.
   *
   * @param now the instant, from the host's clock
   * @return the new filter
   */
  public TaskFilter overdueAt(Instant now) {
    return new TaskFilter(states, responsible, client, dueFrom, dueTo, startFrom, startTo,
        Optional.of(Objects.requireNonNull(now, "now")));
  }

  /**
   * Returns the responsible user the filter asks for.
   *
   * @return the user, if any
   */
  public Optional<UserId> responsible() {
    return responsible;
  }

  /**
   * Returns the client the filter asks for.
   *
   * @return the client, if any
   */
  public Optional<ClientId> client() {
    return client;
  }

  /**
   * Tells whether a task passes the filter.
   *
   * @param task the task
   * @return {@code true} if it passes
   */
  public boolean test(Task task) {
    return states.contains(task.state())
        && responsible.map(task.responsible()::equals).orElse(true)
        && client.map(c -> task.client().map(c::equals).orElse(false)).orElse(true)
        && dueFrom.map(f -> !task.due().isBefore(f)).orElse(true)
        && dueTo.map(t -> !task.due().isAfter(t)).orElse(true)
        && startFrom.map(f -> !task.start().isBefore(f)).orElse(true)
        && startTo.map(t -> !task.start().isAfter(t)).orElse(true)
        && overdueAt.map(task::isOverdueAt).orElse(true);
  }

  private static void checkPeriod(String what, Instant from, Instant to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new InvalidValueException("TaskFilter " + what + " period", from + ".." + to, "ends before it starts");
    }
  }

  @Override
  public String toString() {
    return "TaskFilter[states=" + states + ", responsible=" + responsible + ", client=" + client + ", due="
        + dueFrom + ".." + dueTo + ", start=" + startFrom + ".." + startTo + ", overdueAt=" + overdueAt + "]";
  }
}
