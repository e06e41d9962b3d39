package org.clientbase.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.clientbase.core.InvalidValueException;
import org.clientbase.core.id.ClientId;
import org.clientbase.spi.store.StatusDueDay;

/**
 * The due days of {@link JdbcStatusHistoryStore}, in the column {@code status_history.due_on}
 * (NULL: due on every day) with an index on it: the clients due by a date, setting due days
 * on histories still at the version they name, and recording fact changes.
 */
final class JdbcDueDays {
  private final JdbcDatabase db;

  JdbcDueDays(JdbcDatabase db) {
    this.db = db;
  }

  List<ClientId> due(LocalDate through, ClientId after, int limit) {
    Objects.requireNonNull(through, "through");
    if (limit < 1) {
      throw new InvalidValueException("StatusHistoryStore.dueClients limit", limit, "must be at least 1");
    }
    return db.read("StatusHistoryStore.dueClients", connection -> {
      try (PreparedStatement statement = connection.prepareStatement("SELECT client_id FROM status_history"
          + " WHERE (due_on IS NULL OR due_on <= ?)" + (after != null ? " AND client_id > ?" : "")
          + " ORDER BY client_id LIMIT ?")) {
        Sql.Params params = new Sql.Params(statement).date(through);
        if (after != null) {
          params.id(after);
        }
        params.number(limit);
        List<ClientId> due = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery()) {
          while (rows.next()) {
            due.add(ClientId.of(rows.getString(1)));
          }
        }
        return due;
      }
    });
  }

  void set(List<StatusDueDay> dueDays) {
    List<StatusDueDay> all = new ArrayList<>(dueDays);
    if (all.isEmpty()) {
      return;
    }
    // in id order, so that two writers lock their rows in the same order
    all.sort(Comparator.comparing(day -> day.client().value()));
    db.write("StatusHistoryStore.setDueDays of " + all.size() + " clients", connection -> {
      if (db.dialect() == Dialect.POSTGRESQL) {
        setAtOnce(connection, all);
        return null;
      }
      try (PreparedStatement statement = connection.prepareStatement(
          "UPDATE status_history SET due_on = ? WHERE client_id = ? AND version = ?")) {
        for (StatusDueDay day : all) {
          new Sql.Params(statement).date(day.dueOn()).id(day.client()).number(day.expectedVersion());
          statement.addBatch();
        }
        statement.executeBatch();
      }
      return null;
    });
  }

  /**
   * Sets every due day with one statement over three bound arrays: one round trip and one
   * statement for a page of clients, where a JDBC batch runs one update per client.
   */
  private static void setAtOnce(Connection connection, List<StatusDueDay> all) throws SQLException {
    String[] clients = new String[all.size()];
    Long[] versions = new Long[all.size()];
    String[] days = new String[all.size()];
    for (int i = 0; i < all.size(); i++) {
      StatusDueDay day = all.get(i);
      clients[i] = day.client().value();
      versions[i] = day.expectedVersion();
      days[i] = day.dueOn().toString();
    }
    try (PreparedStatement statement = connection.prepareStatement("UPDATE status_history h SET due_on = d.due_on"
        + " FROM (SELECT * FROM unnest(?::varchar[], ?::bigint[], ?::date[]) AS u (client_id, version, due_on)"
        + " ORDER BY client_id) d WHERE h.client_id = d.client_id AND h.version = d.version")) {
      statement.setArray(1, connection.createArrayOf("varchar", clients));
      statement.setArray(2, connection.createArrayOf("bigint", versions));
      statement.setArray(3, connection.createArrayOf("varchar", days));
      statement.executeUpdate();
    }
  }

  void factsChanged(Collection<ClientId> clients) {
    // in id order, so that two calls at once lock their rows in the same order
    TreeSet<String> ids = new TreeSet<>();
    for (ClientId client : clients) {
      ids.add(Objects.requireNonNull(client, "client").value());
    }
    if (ids.isEmpty()) {
      return;
    }
    db.write("StatusHistoryStore.factsChanged of " + ids.size() + " clients", connection -> {
      List<String> missing = new ArrayList<>();
      try (PreparedStatement statement = connection.prepareStatement(
          "UPDATE status_history SET version = version + 1, due_on = NULL WHERE client_id = ?")) {
        List<String> order = new ArrayList<>(ids);
        for (String id : order) {
          statement.setString(1, id);
          statement.addBatch();
        }
        int[] counts = statement.executeBatch();
        for (int i = 0; i < counts.length; i++) {
          if (counts[i] == 0) {
            missing.add(order.get(i));
          }
        }
      }
      for (String id : missing) {
        create(connection, id);
      }
      return null;
    });
  }

  /** Creates an empty history at version 1, or moves it on if another writer just created it. */
  private static void create(Connection connection, String id) throws SQLException {
    Savepoint beforeInsert = connection.getAutoCommit() ? null : connection.setSavepoint();
    try (PreparedStatement insert = connection.prepareStatement(
        "INSERT INTO status_history (client_id, version, evaluated_through) VALUES (?, 1, NULL)")) {
      insert.setString(1, id);
      insert.executeUpdate();
    } catch (SQLException e) {
      if (!JdbcStoreException.isUniqueViolation(e)) {
        throw e;
      }
      if (beforeInsert != null) {
        connection.rollback(beforeInsert);
      }
      try (PreparedStatement update = connection.prepareStatement(
          "UPDATE status_history SET version = version + 1, due_on = NULL WHERE client_id = ?")) {
        update.setString(1, id);
        update.executeUpdate();
      }
    }
  }
}
