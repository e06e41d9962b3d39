package org.clientbase.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.StatusId;
import org.clientbase.core.status.StatusAssignment;
import org.clientbase.spi.StaleWriteException;
import org.clientbase.spi.store.ClientStatusHistory;
import org.clientbase.spi.store.PageRequest;
import org.clientbase.spi.store.StatusAppend;
import org.clientbase.spi.store.StatusDueDay;
import org.clientbase.spi.store.StatusHistoryEnd;
import org.clientbase.spi.store.StatusHistoryStore;

/**
 * A {@link StatusHistoryStore} on two tables: {@code status_history}, one row per client with
 * the evaluated date and the version, and {@code status_history_entry}, the status changes
 * numbered from 1 per client.
 *
 * <p>An append locks the client's row with {@code UPDATE ... WHERE version = ?} (or creates it
 * at version 1), checks that the entries continue the stored chain, and adds them, all in one
 * transaction: a stale or broken append writes nothing. Histories are read with one query per
 * batch of clients (a join of both tables), so a reader never sees the row of one version with
 * the entries of another; {@link #historyEnds} joins each row to its latest entry alone. Due
 * days are kept in {@code status_history.due_on}; every append sets the due day it gives, or
 * clears it. On PostgreSQL, {@link #appendAll} writes a page's appends with a few batched
 * statements in one transaction.
 *
 * <p>Thread-safe: each call runs on the unit of work's connection of the calling thread or on a
 * pooled connection of its own.
 */
public final class JdbcStatusHistoryStore implements StatusHistoryStore {
  static final String COLUMNS = "h.client_id, h.version, h.evaluated_through, e.seq, e.previous_status,"
      + " e.status, e.since, e.reason_kind, e.reason_template, e.reason_user, e.reason_comment, e.explanation";
  static final String ENTRY_COLUMNS = "client_id, seq, previous_status, status, since, reason_kind,"
      + " reason_template, reason_user, reason_comment, explanation";
  private static final String INSERT_ENTRY = "INSERT INTO status_history_entry (" + ENTRY_COLUMNS + ")"
      + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  private final JdbcDatabase db;
  private final JdbcDueDays due;

  /**
   * Creates the store.
   *
   * @param db the database, migrated
   */
  public JdbcStatusHistoryStore(JdbcDatabase db) {
    this.db = Objects.requireNonNull(db, "db");
    this.due = new JdbcDueDays(db);
  }

  /**
   * Tells that this store keeps due days, in the column {@code status_history.due_on}.
   *
   * @return {@code true}
   */
  @Override
  public boolean keepsDueDays() {
    return true;
  }

  /**
   * Tells that appends set the due day they give, in the same statement that moves the version.
   *
   * @return {@code true}
   */
  @Override
  public boolean appendSetsDueDay() {
    return true;
  }

  @Override
  public List<ClientId> dueClients(LocalDate through, int limit) {
    return due.due(through, null, limit);
  }

  @Override
  public List<ClientId> dueClients(LocalDate through, ClientId after, int limit) {
    return due.due(through, Objects.requireNonNull(after, "after"), limit);
  }

  @Override
  public void setDueDays(List<StatusDueDay> dueDays) {
    due.set(dueDays);
  }

  @Override
  public void factsChanged(Collection<ClientId> clients) {
    due.factsChanged(Objects.requireNonNull(clients, "clients"));
  }

  @Override
  public ClientStatusHistory history(ClientId client) {
    return histories(List.of(client)).get(client);
  }

  @Override
  public Map<ClientId, ClientStatusHistory> histories(Collection<ClientId> clients) {
    Set<ClientId> asked = new LinkedHashSet<>(clients);
    if (asked.isEmpty()) {
      return Map.of();
    }
    Map<ClientId, ClientStatusHistory> found = db.read("StatusHistoryStore.histories", connection -> {
      try (PreparedStatement statement = connection.prepareStatement("SELECT " + COLUMNS
          + " FROM status_history h LEFT JOIN status_history_entry e ON e.client_id = h.client_id"
          + " WHERE h.client_id = ANY(?) ORDER BY h.client_id, e.seq")) {
        new Sql.Params(statement).texts(connection, asked.stream().map(ClientId::value).toList());
        return readHistories(statement);
      }
    });
    return inOrder(asked, found, ClientStatusHistory::empty);
  }

  /** Reads the ends with one query: see {@link #endsQuery}. */
  @Override
  public Map<ClientId, StatusHistoryEnd> historyEnds(Collection<ClientId> clients) {
    Set<ClientId> asked = new LinkedHashSet<>(clients);
    if (asked.isEmpty()) {
      return Map.of();
    }
    Map<ClientId, StatusHistoryEnd> found = db.read("StatusHistoryStore.historyEnds", connection -> {
      try (PreparedStatement statement = connection.prepareStatement(endsQuery(db.dialect()))) {
        new Sql.Params(statement).texts(connection, asked.stream().map(ClientId::value).toList());
        Map<ClientId, StatusHistoryEnd> ends = new HashMap<>();
        try (ResultSet rows = statement.executeQuery()) {
          Sql.Row row = new Sql.Row(rows);
          while (rows.next()) {
            ClientId client = row.id("client_id", ClientId::of);
            Optional<Long> seq = row.optNumber("seq");
            ends.put(client, new StatusHistoryEnd(client,
                seq.isPresent() ? Optional.of(entry(row, client)) : Optional.empty(),
                seq.isPresent() ? Math.toIntExact(seq.get()) : 0,
                row.optDate("evaluated_through"), row.number("version")));
          }
        }
        return ends;
      }
    });
    return inOrder(asked, found, StatusHistoryEnd::empty);
  }

  /** What was found of every client asked for, in the order asked; the others get {@code none}'s. */
  private static <T> Map<ClientId, T> inOrder(Set<ClientId> asked, Map<ClientId, T> found, Function<ClientId, T> none) {
    Map<ClientId, T> all = new LinkedHashMap<>();
    for (ClientId client : asked) {
      T one = found.get(client);
      all.put(client, one != null ? one : none.apply(client));
    }
    return all;
  }

  /**
   * The query of {@link #historyEnds}: each history's row joined to its latest entry alone (on
   * PostgreSQL a lateral join that reads the entry index backwards), of the clients in an array.
   */
  static String endsQuery(Dialect dialect) {
    String latest = dialect == Dialect.POSTGRESQL
        ? " LEFT JOIN LATERAL (SELECT * FROM status_history_entry x WHERE x.client_id = h.client_id"
            + " ORDER BY x.seq DESC LIMIT 1) e ON TRUE"
        : " LEFT JOIN status_history_entry e ON e.client_id = h.client_id"
            + " AND e.seq = (SELECT MAX(x.seq) FROM status_history_entry x WHERE x.client_id = h.client_id)";
    return "SELECT " + COLUMNS + " FROM status_history h" + latest + " WHERE h.client_id = ANY(?)";
  }

  @Override
  public List<ClientStatusHistory> page(PageRequest<ClientId> request) {
    Optional<ClientId> after = request.after();
    int limit = request.limit();
    return db.read("StatusHistoryStore.page", connection -> {
      String headers = "SELECT client_id, version, evaluated_through FROM status_history"
          + (after.isPresent() ? " WHERE client_id > ?" : "") + " ORDER BY client_id LIMIT ?";
      try (PreparedStatement statement = connection.prepareStatement("SELECT " + COLUMNS + " FROM (" + headers
          + ") h LEFT JOIN status_history_entry e ON e.client_id = h.client_id ORDER BY h.client_id, e.seq")) {
        Sql.Params params = new Sql.Params(statement);
        if (after.isPresent()) {
          params.id(after.get());
        }
        params.number(limit);
        return new ArrayList<>(readHistories(statement).values());
      }
    });
  }

  @Override
  public ClientStatusHistory append(StatusAppend append) {
    ClientId client = append.client();
    long expectedVersion = append.expectedVersion();
    List<StatusAssignment> added = append.entries();
    Optional<LocalDate> evaluatedThrough = append.evaluatedThrough();
    String record = "Status history of client " + client;
    return db.write("StatusHistoryStore.append " + client, connection -> {
      List<StatusAssignment> stored;
      Optional<LocalDate> evaluated;
      if (expectedVersion == 0) {
        createHistory(connection, record, client, evaluatedThrough, append.dueOn());
        stored = List.of();
        evaluated = evaluatedThrough;
      } else {
        int changed;
        String sql = "UPDATE status_history SET version = version + 1, due_on = ?"
            + (evaluatedThrough.isPresent() ? ", evaluated_through = ?" : "") + " WHERE client_id = ? AND version = ?";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
          Sql.Params params = new Sql.Params(statement).date(append.dueOn());
          if (evaluatedThrough.isPresent()) {
            params.date(evaluatedThrough.get());
          }
          params.id(client).number(expectedVersion);
          changed = statement.executeUpdate();
        }
        if (changed == 0) {
          throw new StaleWriteException(record, expectedVersion, storedVersion(connection, client));
        }
        ClientStatusHistory before = readOne(connection, client);
        stored = before.entries();
        evaluated = evaluatedThrough.isPresent() ? evaluatedThrough : before.evaluatedThrough();
      }
      List<StatusAssignment> all = new ArrayList<>(stored);
      all.addAll(added);
      // checks that the entries continue the chain; throwing here rolls the update back
      ClientStatusHistory after = new ClientStatusHistory(client, all, evaluated, expectedVersion + 1);
      insertEntries(connection, client, stored.size(), added);
      return after;
    });
  }

  /**
   * Makes a page's appends in at most four statements on PostgreSQL, each binding arrays: one
   * insert creating the new histories ({@code ON CONFLICT DO NOTHING}: a history created
   * meanwhile is stale), one versioned update of the others, one read of the updated
   * histories' entries, one {@code COPY} of every new entry (an insert binding arrays if the
   * driver's copy API cannot be reached). On H2, each append alone. Stale appends are skipped; entries that break a chain
   * undo the whole call.
   */
  @Override
  public Map<ClientId, ClientStatusHistory> appendAll(List<StatusAppend> appends) {
    StatusHistoryStore.checkOnePerClient(appends);
    if (appends.isEmpty()) {
      return Map.of();
    }
    if (db.dialect() != Dialect.POSTGRESQL) {
      return StatusHistoryStore.super.appendAll(appends);
    }
    return db.write("StatusHistoryStore.appendAll of " + appends.size() + " clients", connection -> {
      Map<ClientId, ClientStatusHistory> after = new LinkedHashMap<>();
      PgStatusAppends.write(connection, appends, null, new LinkedHashSet<>(), after);
      return after;
    });
  }

  /**
   * Makes a page's appends as {@link #appendAll(List)} does, but on PostgreSQL takes the
   * entries' numbers and the end of each chain from the given ends instead of reading the
   * histories: the versioned update writes only a history still at the version the given end
   * has, so at most three statements. On H2, the default.
   */
  @Override
  public Set<ClientId> appendAll(List<StatusAppend> appends, Map<ClientId, StatusHistoryEnd> recorded) {
    StatusHistoryStore.checkRecorded(appends, recorded);
    if (appends.isEmpty()) {
      return Set.of();
    }
    if (db.dialect() != Dialect.POSTGRESQL) {
      return StatusHistoryStore.super.appendAll(appends, recorded);
    }
    return db.write("StatusHistoryStore.appendAll of " + appends.size() + " clients", connection -> {
      Set<ClientId> written = new LinkedHashSet<>();
      PgStatusAppends.write(connection, appends, recorded, written, null);
      return written;
    });
  }


  private void createHistory(Connection connection, String record, ClientId client,
      Optional<LocalDate> evaluatedThrough, Optional<LocalDate> dueOn) throws SQLException {
    Savepoint beforeInsert = connection.getAutoCommit() ? null : connection.setSavepoint();
    try (PreparedStatement statement = connection.prepareStatement(
        "INSERT INTO status_history (client_id, version, evaluated_through, due_on) VALUES (?, 1, ?, ?)")) {
      new Sql.Params(statement).id(client).date(evaluatedThrough).date(dueOn);
      statement.executeUpdate();
    } catch (SQLException e) {
      if (!JdbcStoreException.isUniqueViolation(e)) {
        throw e;
      }
      // PostgreSQL refuses further statements in a failed transaction: go back to before the insert
      if (beforeInsert != null) {
        connection.rollback(beforeInsert);
      }
      throw new StaleWriteException(record, 0, storedVersion(connection, client));
    }
  }

  private void insertEntries(Connection connection, ClientId client, int stored, List<StatusAssignment> entries)
      throws SQLException {
    if (entries.isEmpty()) {
      return;
    }
    try (PreparedStatement statement = connection.prepareStatement(INSERT_ENTRY)) {
      addEntries(statement, client, stored, entries);
      statement.executeBatch();
    }
  }

  /** Adds a client's new entries to a batch of {@link #INSERT_ENTRY}; tells whether it added any. */
  private static boolean addEntries(
      PreparedStatement statement, ClientId client, int stored, List<StatusAssignment> entries) throws SQLException {
    int seq = stored;
    for (StatusAssignment entry : entries) {
      Sql.Params params = new Sql.Params(statement).id(client).number(++seq).id(entry.previous())
          .id(entry.status()).date(entry.since());
      StatusReasons.bind(params, entry.reason());
      params.text(entry.explanation());
      statement.addBatch();
    }
    return !entries.isEmpty();
  }

  private long storedVersion(Connection connection, ClientId client) throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement("SELECT version FROM status_history WHERE client_id = ?")) {
      new Sql.Params(statement).id(client);
      try (ResultSet rows = statement.executeQuery()) {
        return rows.next() ? rows.getLong(1) : 0;
      }
    }
  }

  private ClientStatusHistory readOne(Connection connection, ClientId client) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement("SELECT " + COLUMNS
        + " FROM status_history h LEFT JOIN status_history_entry e ON e.client_id = h.client_id"
        + " WHERE h.client_id = ? ORDER BY e.seq")) {
      new Sql.Params(statement).id(client);
      return readHistories(statement).getOrDefault(client, ClientStatusHistory.empty(client));
    }
  }

  /** Reads the rows of the join, ordered by client and entry number, into histories. */
  static Map<ClientId, ClientStatusHistory> readHistories(PreparedStatement statement) throws SQLException {
    Map<ClientId, ClientStatusHistory> histories = new LinkedHashMap<>();
    try (ResultSet rows = statement.executeQuery()) {
      Sql.Row row = new Sql.Row(rows);
      ClientId client = null;
      long version = 0;
      Optional<LocalDate> evaluated = Optional.empty();
      List<StatusAssignment> entries = new ArrayList<>();
      while (rows.next()) {
        ClientId next = row.id("client_id", ClientId::of);
        if (!next.equals(client)) {
          if (client != null) {
            histories.put(client, new ClientStatusHistory(client, entries, evaluated, version));
          }
          client = next;
          version = row.number("version");
          evaluated = row.optDate("evaluated_through");
          entries = new ArrayList<>();
        }
        if (row.optNumber("seq").isPresent()) {
          entries.add(entry(row, client));
        }
      }
      if (client != null) {
        histories.put(client, new ClientStatusHistory(client, entries, evaluated, version));
      }
    }
    return histories;
  }

  private static StatusAssignment entry(Sql.Row row, ClientId client) throws SQLException {
    return StatusAssignment.builder()
        .client(client)
        .previous(row.optId("previous_status", StatusId::of))
        .status(row.id("status", StatusId::of))
        .since(row.date("since"))
        .reason(StatusReasons.read(row))
        .explanation(row.text("explanation"))
        .build();
  }
}
