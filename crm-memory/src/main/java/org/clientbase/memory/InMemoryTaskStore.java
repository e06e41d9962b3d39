package org.clientbase.memory;

import java.util.List;
import org.clientbase.core.id.TaskId;
import org.clientbase.core.id.UserId;
import org.clientbase.core.task.Task;
import org.clientbase.spi.store.TaskStore;

/**
 * An in-memory {@link TaskStore}, indexed by client and responsible user; {@link #findByClients}
 * returns the tasks with a client, ordered by client, start and id. Thread-safe.
 */
public final class InMemoryTaskStore extends InMemoryClientFactStore<TaskId, Task>
    implements TaskStore {
  private final Index<UserId> byResponsible;

  /** Creates an empty store with its own unit of work and no fault injection. */
  public InMemoryTaskStore() {
    this(new InMemoryUnitOfWork(), new FaultInjector());
  }

  /**
   * Creates an empty store.
   *
   * @param unitOfWork the unit of work its writes take part in
   * @param faults the fault injector consulted before every call
   */
  public InMemoryTaskStore(InMemoryUnitOfWork unitOfWork, FaultInjector faults) {
    super("Task", "TaskStore",
        Task::id, Task::client, Task::start, unitOfWork, faults);
    byResponsible = index(t -> List.of(t.responsible()));
  }

  @Override
  public List<Task> findByResponsible(UserId responsible) {
    beforeRead("findByResponsible");
    return byResponsible.find(responsible);
  }
}
