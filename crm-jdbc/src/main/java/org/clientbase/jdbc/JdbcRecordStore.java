package org.clientbase.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.clientbase.core.contact.Phone;
import org.clientbase.core.id.EntityId;
import org.clientbase.spi.DuplicateIdException;
import org.clientbase.spi.StaleWriteException;
import org.clientbase.spi.Versioned;
import org.clientbase.spi.store.PageRequest;
import org.clientbase.spi.store.RecordStore;

/**
 * What every JDBC store of records shares: one row per record with its {@code id} as primary
 * key and a {@code version} column for optimistic locking, read and written with the same
 * statements whatever the record, plus the look-up tables that index a record's lists.
 *
 * <ul>
 *   <li>{@code insert}: {@code INSERT ... version = 1}; the primary key rejects a second insert
 *       of an id ({@link DuplicateIdException}).</li>
 *   <li>{@code update}: {@code UPDATE ... SET version = version + 1 WHERE id = ? AND version = ?};
 *       no row changed means someone else wrote first or the record is absent
 *       ({@link StaleWriteException}). The row stays locked until the transaction ends, so the
 *       look-up rows are rewritten by the winner only.</li>
 *   <li>{@code page}: keyset pagination, {@code WHERE id > ? ORDER BY id LIMIT ?}, on the
 *       primary key's index: each page costs the same, however deep into the table.</li>
 *   <li>{@code findAll}: one query, {@code WHERE id = ANY(?)}.</li>
 * </ul>
 *
 * @param <I> the id type
 * @param <T> the record type
 */
abstract class JdbcRecordStore<I extends EntityId, T> implements RecordStore<I, T> {
  /** A data column of the record's table, other than {@code id} and {@code version}. */
  record Column(String name, boolean json) {
    static Column plain(String name) {
      return new Column(name, false);
    }

    static Column json(String name) {
      return new Column(name, true);
    }
  }

  /**
   * A look-up table that indexes a list of the record: one row per key, e.g. per phone.
   *
   * @param table the table
   * @param ownerColumn the column that holds the record's id
   * @param keyColumn the column that holds the key
   * @param keys the keys of a record
   */
  record Lookup<T>(String table, String ownerColumn, String keyColumn, Function<T, Collection<String>> keys) {}

  final JdbcDatabase db;
  private final String recordName;
  private final String storeName;
  private final String table;
  private final List<Lookup<T>> lookups;
  private final String select;
  private final String insert;
  private final String update;

  JdbcRecordStore(
      JdbcDatabase db, String recordName, String table, List<Column> columns, List<Lookup<T>> lookups) {
    this.db = Objects.requireNonNull(db, "db");
    this.recordName = recordName;
    this.storeName = recordName + "Store";
    this.table = table;
    this.lookups = List.copyOf(lookups);
    String names = columns.stream().map(Column::name).collect(Collectors.joining(", "));
    this.select = "SELECT id, version, " + names + " FROM " + table + " ";
    this.insert = "INSERT INTO " + table + " (id, version, " + names + ") VALUES (?, 1, "
        + columns.stream().map(c -> c.json() ? db.dialect().json() : "?").collect(Collectors.joining(", ")) + ")";
    this.update = "UPDATE " + table + " SET "
        + columns.stream().map(c -> c.name() + " = " + (c.json() ? db.dialect().json() : "?"))
            .collect(Collectors.joining(", "))
        + ", version = version + 1 WHERE id = ? AND version = ?";
  }

  /** Returns a record's id. */
  abstract I idOf(T value);

  /** Binds the data columns of a record, in the order of the column list. */
  abstract void bind(Sql.Params params, T value) throws SQLException;

  /** Reads a record from a row holding its columns. */
  abstract T read(Sql.Row row) throws SQLException;

  @Override
  public Optional<Versioned<T>> find(I id) {
    Objects.requireNonNull(id, "id");
    return db.read(storeName + ".find " + id, connection -> {
      List<Versioned<T>> found = queryVersioned(connection, select + "WHERE id = ?", p -> p.id(id));
      return found.stream().findFirst();
    });
  }

  @Override
  public Map<I, Versioned<T>> findAll(Collection<I> ids) {
    Set<String> texts = ids.stream().map(EntityId::value).collect(Collectors.toCollection(LinkedHashSet::new));
    if (texts.isEmpty()) {
      return Map.of();
    }
    return db.read(storeName + ".findAll", connection -> {
      Map<I, Versioned<T>> found = new LinkedHashMap<>();
      for (Versioned<T> record : queryVersioned(connection, select + "WHERE id = ANY(?) ORDER BY id",
          p -> p.texts(connection, texts))) {
        found.put(idOf(record.value()), record);
      }
      return found;
    });
  }

  @Override
  public Versioned<T> insert(T value) {
    I id = idOf(Objects.requireNonNull(value, "value"));
    return db.write(storeName + ".insert " + id, connection -> {
      try (PreparedStatement statement = connection.prepareStatement(insert)) {
        Sql.Params params = new Sql.Params(statement).id(id);
        bind(params, value);
        statement.executeUpdate();
      } catch (SQLException e) {
        if (JdbcStoreException.isUniqueViolation(e)) {
          throw new DuplicateIdException(recordName + " " + id);
        }
        throw e;
      }
      writeLookups(connection, id, value);
      return Versioned.first(value);
    });
  }

  @Override
  public Versioned<T> update(T value, long expectedVersion) {
    I id = idOf(Objects.requireNonNull(value, "value"));
    return db.write(storeName + ".update " + id, connection -> {
      int changed;
      try (PreparedStatement statement = connection.prepareStatement(update)) {
        Sql.Params params = new Sql.Params(statement);
        bind(params, value);
        params.id(id).number(expectedVersion);
        changed = statement.executeUpdate();
      }
      if (changed == 0) {
        throw new StaleWriteException(recordName + " " + id, expectedVersion, storedVersion(connection, id));
      }
      for (Lookup<T> lookup : lookups) {
        try (PreparedStatement delete = connection.prepareStatement(
            "DELETE FROM " + lookup.table() + " WHERE " + lookup.ownerColumn() + " = ?")) {
          new Sql.Params(delete).id(id);
          delete.executeUpdate();
        }
      }
      writeLookups(connection, id, value);
      return new Versioned<>(value, expectedVersion + 1);
    });
  }

  @Override
  public List<Versioned<T>> page(PageRequest<I> request) {
    Optional<I> after = request.after();
    int limit = request.limit();
    return db.read(storeName + ".page", connection -> after.isPresent()
        ? queryVersioned(connection, select + "WHERE id > ? ORDER BY id LIMIT ?", p -> p.id(after.get()).number(limit))
        : queryVersioned(connection, select + "ORDER BY id LIMIT ?", p -> p.number(limit)));
  }

  @Override
  public long count() {
    return db.read(storeName + ".count", connection -> {
      try (PreparedStatement statement = connection.prepareStatement("SELECT COUNT(*) FROM " + table);
          ResultSet rows = statement.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    });
  }

  /** Binds the parameters of a query. */
  @FunctionalInterface
  interface Binder {
    void bind(Sql.Params params) throws SQLException;
  }

  /**
   * Returns the records that satisfy a condition, e.g. {@code "WHERE inn = ? ORDER BY id"}.
   */
  final List<T> query(String what, String condition, Binder binder) {
    return db.read(storeName + "." + what, connection ->
        queryVersioned(connection, select + condition, binder).stream().map(Versioned::value).toList());
  }

  /** Returns the records that satisfy a condition, with their versions. */
  final List<Versioned<T>> queryVersioned(String what, String condition, Binder binder) {
    return db.read(storeName + "." + what, connection -> queryVersioned(connection, select + condition, binder));
  }

  /** Returns the records whose look-up table holds a key, in id order. */
  final List<T> findByLookup(String what, Lookup<T> lookup, String key) {
    return query(what, "WHERE id IN (SELECT " + lookup.ownerColumn() + " FROM " + lookup.table()
        + " WHERE " + lookup.keyColumn() + " = ?) ORDER BY id", p -> p.text(key));
  }

  /** Returns the records of a batch of clients, in the order of the given columns. */
  final List<T> findByClientIds(String what, Collection<? extends EntityId> clients, String orderBy) {
    Set<String> texts = clients.stream().map(EntityId::value).collect(Collectors.toCollection(LinkedHashSet::new));
    if (texts.isEmpty()) {
      return List.of();
    }
    return db.read(storeName + "." + what, connection ->
        queryVersioned(connection, select + "WHERE client_id = ANY(?) ORDER BY " + orderBy,
            p -> p.texts(connection, texts)).stream().map(Versioned::value).toList());
  }

  /**
   * Returns the records of one page of clients, in the order of the given columns: on
   * PostgreSQL bounded by the page's first and last id (in the {@code C} collation's order, the
   * order of code points), so that the index on {@code client_id} is read as one range; on H2
   * as {@link #findByClientIds}.
   */
  final List<T> findByClientPage(String what, List<? extends EntityId> page, String orderBy) {
    if (db.dialect() != Dialect.POSTGRESQL || page.isEmpty()) {
      return findByClientIds(what, page, orderBy);
    }
    Set<String> texts = page.stream().map(EntityId::value).collect(Collectors.toCollection(LinkedHashSet::new));
    String low = null;
    String high = null;
    for (String text : texts) {
      if (low == null || compareCodePoints(text, low) < 0) {
        low = text;
      }
      if (high == null || compareCodePoints(text, high) > 0) {
        high = text;
      }
    }
    String first = low;
    String last = high;
    return db.read(storeName + "." + what, connection ->
        queryVersioned(connection, select + "WHERE client_id BETWEEN ? AND ? AND client_id = ANY(?) ORDER BY " + orderBy,
            p -> p.text(first).text(last).texts(connection, texts)).stream().map(Versioned::value).toList());
  }

  /** Compares texts by code point, the order of PostgreSQL's {@code C} collation. */
  static int compareCodePoints(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int x = a.codePointAt(i);
      int y = b.codePointAt(j);
      if (x != y) {
        return Integer.compare(x, y);
      }
      i += Character.charCount(x);
      j += Character.charCount(y);
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }

  private List<Versioned<T>> queryVersioned(Connection connection, String sql, Binder binder) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      binder.bind(new Sql.Params(statement));
      try (ResultSet rows = statement.executeQuery()) {
        List<Versioned<T>> records = new ArrayList<>();
        Sql.Row row = new Sql.Row(rows);
        while (rows.next()) {
          records.add(new Versioned<>(read(row), rows.getLong("version")));
        }
        return records;
      }
    }
  }

  private long storedVersion(Connection connection, I id) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement("SELECT version FROM " + table + " WHERE id = ?")) {
      new Sql.Params(statement).id(id);
      try (ResultSet rows = statement.executeQuery()) {
        return rows.next() ? rows.getLong(1) : 0;
      }
    }
  }

  private void writeLookups(Connection connection, I id, T value) throws SQLException {
    for (Lookup<T> lookup : lookups) {
      Set<String> keys = new LinkedHashSet<>(lookup.keys().apply(value));
      if (keys.isEmpty()) {
        continue;
      }
      try (PreparedStatement statement = connection.prepareStatement("INSERT INTO " + lookup.table()
          + " (" + lookup.ownerColumn() + ", " + lookup.keyColumn() + ") VALUES (?, ?)")) {
        for (String key : keys) {
          new Sql.Params(statement).id(id).text(key);
          statement.addBatch();
        }
        statement.executeBatch();
      }
    }
  }

  /** Returns the look-up key of a phone: its E.164 form and extension. */
  static String phoneKey(Phone phone) {
    return phone.e164() + phone.extension().map(ext -> ";ext=" + ext).orElse("");
  }

  /** Returns the look-up keys of phones. */
  static List<String> phoneKeys(List<Phone> phones) {
    return phones.stream().map(JdbcRecordStore::phoneKey).toList();
  }
}
