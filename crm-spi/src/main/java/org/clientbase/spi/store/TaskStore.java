package org.clientbase.spi.store;

import java.util.List;
import org.clientbase.core.id.TaskId;
import org.clientbase.core.id.UserId;
import org.clientbase.core.task.Task;

/**
 * Stores tasks. {@link #findByClients} returns the tasks whose
 * {@link org.clientbase.core.task.Task#client() client} is one of the clients, ordered by client
 * id, start and id.
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
