package org.clientbase.spi.store;

import java.util.List;
import org.clientbase.core.id.TaskId;
import org.clientbase.core.id.UserId;
import org.clientbase.core.task.Task;

/**
 * Stores tasks. {@link #findByClients} returns the tasks whose
 * {@link org.clientbase.core.task.Task#client() client} is one of the clients, ordered by client
 * id, start and id.
 *
 * <p><b>Threads.</b> The library calls it from several threads at once (batch workers beside
 * the host's own requests); an implementation must be safe for that, and a read sees every
 * write that returned before it.
 */
public interface TaskStore extends ClientFactStore<TaskId, Task> {

  /**
   * Finds the tasks of a responsible user.
   *
   * @param responsible the user
   * @return the tasks, in id order
   */
  List<Task> findByResponsible(UserId responsible);
}
