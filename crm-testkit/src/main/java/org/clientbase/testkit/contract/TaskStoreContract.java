package org.clientbase.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.TaskId;
import org.clientbase.core.id.UserId;
import org.clientbase.core.task.Task;
import org.clientbase.spi.store.TaskStore;
import org.junit.jupiter.api.Test;

/**
 * The contract of a {@link TaskStore}: everything {@link ClientFactStoreContract} checks, with
 * tasks ordered by their start and tasks about no client left out of {@code findByClients};
 * and {@link TaskStore#findByResponsible} returns a user's tasks in id order and follows a
 * task handed to someone else. Extend it and implement {@link #newStore()}.
 */
public abstract class TaskStoreContract extends ClientFactStoreContract<TaskId, Task, TaskStore> {

  /** Creates the contract; called by the host's test class. */
  protected TaskStoreContract() {}

  @Override
  protected final Task fact(String id, ClientId client, int day) {
    return ContractFixtures.task(id, client, day);
  }

  @Override
  protected final Optional<Task> factWithoutClient(String id) {
    return Optional.of(ContractFixtures.task(id, ContractFixtures.MANAGER, 0));
  }

  @Override
  protected final TaskId idOf(Task record) {
    return record.id();
  }

  @Override
  protected final TaskId id(String text) {
    return TaskId.of(text);
  }

  @Test
  void findByResponsibleReturnsTheUsersTasksInIdOrder() {
    UserId anna = UserId.of("anna");
    UserId boris = UserId.of("boris");
    store().insert(ContractFixtures.task("t-2", ClientId.of("c-1"), anna, 4));
    store().insert(ContractFixtures.task("t-10", anna, 1));
    store().insert(ContractFixtures.task("t-3", ClientId.of("c-1"), boris, 1));
    assertThat(store().findByResponsible(anna)).extracting(Task::id)
        .containsExactly(TaskId.of("t-10"), TaskId.of("t-2"));
    assertThat(store().findByResponsible(UserId.of("nobody"))).isEmpty();
  }

  @Test
  void findByResponsibleFollowsATaskHandedToSomeoneElse() {
    UserId anna = UserId.of("anna");
    UserId boris = UserId.of("boris");
    Task task = ContractFixtures.task("t-1", ClientId.of("c-1"), anna, 1);
    store().insert(task);
    Task handed = Task.builder().from(task).responsible(boris).build();
    store().update(handed, 1);
    assertThat(store().findByResponsible(anna)).isEmpty();
    assertThat(store().findByResponsible(boris)).containsExactly(handed);
  }
}
