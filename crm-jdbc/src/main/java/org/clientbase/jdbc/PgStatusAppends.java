package org.clientbase.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.StatusId;
import org.clientbase.core.status.StatusAssignment;
import org.clientbase.spi.store.ClientStatusHistory;
import org.clientbase.spi.store.StatusAppend;
import org.clientbase.spi.store.StatusHistoryEnd;

/**
 * The batched write of a page's status appends on PostgreSQL, for {@link JdbcStatusHistoryStore}:
 * one insert of the new histories, one versioned update of the others (both returning the clients
 * they wrote) and one {@code COPY} of the new entries, in the caller's transaction.
 */
final class PgStatusAppends {
  private PgStatusAppends() {}

  /**
   * Writes a page's appends on PostgreSQL, adding the clients written to {@code written} in the
   * order of the appends. The ends of the histories before them are {@code recorded}; when that
   * is {@code null}, the whole histories are read after the update and those after the appends
   * put into {@code after}.
   */
  static void write(Connection connection, List<StatusAppend> appends,
      Map<ClientId, StatusHistoryEnd> recorded, Set<ClientId> written, Map<ClientId, ClientStatusHistory> after)
      throws SQLException {
    List<StatusAppend> created = new ArrayList<>();
    List<StatusAppend> moved = new ArrayList<>();
    for (StatusAppend one : appends) {
      (one.expectedVersion() == 0 ? created : moved).add(one);
    }
    Set<ClientId> done = new HashSet<>();
    if (!created.isEmpty()) {
      try (PreparedStatement statement = connection.prepareStatement("INSERT INTO status_history"
          + " (client_id, version, evaluated_through, due_on) SELECT c, 1, CAST(d AS DATE), CAST(u AS DATE)"
          + " FROM unnest(CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[])) AS t(c, d, u)"
          + " ON CONFLICT (client_id) DO NOTHING RETURNING client_id")) {
        statement.setArray(1, texts(connection, created, one -> one.client().value()));
        statement.setArray(2, texts(connection, created, StatusAppend::evaluatedThrough));
        statement.setArray(3, texts(connection, created, StatusAppend::dueOn));
        readClients(statement, done);
      }
    }
    Map<ClientId, ClientStatusHistory> before = Map.of();
    if (!moved.isEmpty()) {
      Set<ClientId> updated = new HashSet<>();
      try (PreparedStatement statement = connection.prepareStatement("UPDATE status_history h"
          + " SET version = h.version + 1, due_on = CAST(t.u AS DATE),"
          + " evaluated_through = COALESCE(CAST(t.d AS DATE), h.evaluated_through)"
          + " FROM unnest(CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[])) AS t(c, v, d, u)"
          + " WHERE h.client_id = t.c AND h.version = CAST(t.v AS BIGINT) RETURNING h.client_id")) {
        statement.setArray(1, texts(connection, moved, one -> one.client().value()));
        statement.setArray(2, texts(connection, moved, one -> Long.toString(one.expectedVersion())));
        statement.setArray(3, texts(connection, moved, StatusAppend::evaluatedThrough));
        statement.setArray(4, texts(connection, moved, StatusAppend::dueOn));
        readClients(statement, updated);
      }
      done.addAll(updated);
      if (recorded == null && !updated.isEmpty()) {
        try (PreparedStatement read = connection.prepareStatement("SELECT " + JdbcStatusHistoryStore.COLUMNS
            + " FROM status_history h LEFT JOIN status_history_entry e ON e.client_id = h.client_id"
            + " WHERE h.client_id = ANY(?) ORDER BY h.client_id, e.seq")) {
          new Sql.Params(read).texts(connection, updated.stream().map(ClientId::value).toList());
          before = JdbcStatusHistoryStore.readHistories(read);
        }
      }
    }
    List<String[]> rows = new ArrayList<>();
    for (StatusAppend one : appends) {
      ClientId client = one.client();
      if (!done.contains(client)) {
        continue;
      }
      written.add(client);
      boolean fresh = one.expectedVersion() == 0;
      ClientStatusHistory stored = after == null ? null : fresh ? ClientStatusHistory.empty(client) : before.get(client);
      StatusHistoryEnd end = fresh ? StatusHistoryEnd.empty(client)
          : recorded != null ? recorded.get(client) : StatusHistoryEnd.of(stored);
      end.checkContinuedBy(one.entries()); // throwing here undoes the whole call
      int seq = end.entryCount();
      if (after != null) {
        List<StatusAssignment> all = new ArrayList<>(stored.entries());
        all.addAll(one.entries());
        Optional<LocalDate> evaluated =
            one.evaluatedThrough().isPresent() ? one.evaluatedThrough() : stored.evaluatedThrough();
        after.put(client, new ClientStatusHistory(client, all, evaluated, one.expectedVersion() + 1));
      }
      for (StatusAssignment entry : one.entries()) {
        String[] reason = StatusReasons.columns(entry.reason());
        rows.add(new String[] {client.value(), Integer.toString(++seq),
            entry.previous().map(StatusId::value).orElse(null), entry.status().value(), entry.since().toString(),
            reason[0], reason[1], reason[2], reason[3], entry.explanation()});
      }
    }
    if (!rows.isEmpty() && !PgCopy.copy(connection, "status_history_entry", JdbcStatusHistoryStore.ENTRY_COLUMNS, rows)) {
      try (PreparedStatement insert = connection.prepareStatement("INSERT INTO status_history_entry"
          + " (client_id, seq, previous_status, status, since, reason_kind, reason_template, reason_user,"
          + " reason_comment, explanation) SELECT c, CAST(s AS INTEGER), p, st, CAST(d AS DATE), k, tp, u, cm, e"
          + " FROM unnest(CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]),"
          + " CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]),"
          + " CAST(? AS text[])) AS t(c, s, p, st, d, k, tp, u, cm, e)")) {
        for (int column = 0; column < 10; column++) {
          String[] values = new String[rows.size()];
          for (int r = 0; r < values.length; r++) {
            values[r] = rows.get(r)[column];
          }
          insert.setArray(column + 1, connection.createArrayOf("text", values));
        }
        insert.executeUpdate();
      }
    }
  }

  private static java.sql.Array texts(
      Connection connection, List<StatusAppend> appends, Function<StatusAppend, Object> value) throws SQLException {
    String[] values = new String[appends.size()];
    for (int i = 0; i < values.length; i++) {
      Object one = value.apply(appends.get(i));
      values[i] = one instanceof Optional<?> optional ? optional.map(Object::toString).orElse(null)
          : one.toString();
    }
    return connection.createArrayOf("text", values);
  }

  private static void readClients(PreparedStatement statement, Set<ClientId> clients) throws SQLException {
    try (ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        clients.add(ClientId.of(rows.getString(1)));
      }
    }
  }
}
