package org.clientbase.jdbc;

import static org.clientbase.jdbc.JdbcRecordStore.Column.plain;

import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.ContactPersonId;
import org.clientbase.core.id.LeadId;
import org.clientbase.core.id.TaskId;
import org.clientbase.core.id.UserId;
import org.clientbase.core.task.Task;
import org.clientbase.core.task.TaskPriority;
import org.clientbase.core.task.TaskState;
import org.clientbase.spi.store.TaskStore;

/**
 * A {@link TaskStore} on table {@code task}: {@link #findByClients} on the index
 * {@code (client_id, start_at, id)}, {@link #findByResponsible} on {@code (responsible, id)}.
 */
public final class JdbcTaskStore extends JdbcRecordStore<TaskId, Task> implements TaskStore {

  /**
   * Creates the store.
   *
   * @param db the database, migrated
   */
  public JdbcTaskStore(JdbcDatabase db) {
    super(db, "Task", "task", List.of(
        plain("subject"), plain("description"), plain("responsible"), plain("author"), plain("client_id"),
        plain("contact_person_id"), plain("lead_id"), plain("start_at"), plain("due_at"), plain("priority"),
        plain("reminder_at"), plain("state")),
        List.of());
  }

  @Override
  TaskId idOf(Task task) {
    return task.id();
  }

  @Override
  void bind(Sql.Params params, Task task) throws SQLException {
    String name = "Task " + task.id();
    params.text(task.subject()).text(task.description()).id(task.responsible()).id(task.author())
        .id(task.client()).id(task.contactPerson()).id(task.lead())
        .instant(name + " start", task.start()).instant(name + " due", task.due()).name(task.priority())
        .instant(name + " reminder", task.reminder()).name(task.state());
  }

  @Override
  Task read(Sql.Row row) throws SQLException {
    return Task.builder()
        .id(row.id("id", TaskId::of))
        .subject(row.text("subject"))
        .description(row.optText("description"))
        .responsible(row.id("responsible", UserId::of))
        .author(row.optId("author", UserId::of))
        .client(row.optId("client_id", ClientId::of))
        .contactPerson(row.optId("contact_person_id", ContactPersonId::of))
        .lead(row.optId("lead_id", LeadId::of))
        .start(row.instant("start_at"))
        .due(row.instant("due_at"))
        .priority(row.name("priority", TaskPriority.class))
        .reminder(row.optInstant("reminder_at"))
        .state(row.name("state", TaskState.class))
        .build();
  }

  @Override
  public List<Task> findByClients(Collection<ClientId> clients) {
    return findByClientIds("findByClients", clients, "client_id, start_at, id");
  }

  @Override
  public List<Task> findByResponsible(UserId responsible) {
    return query("findByResponsible", "WHERE responsible = ? ORDER BY id", p -> p.id(responsible));
  }
}
