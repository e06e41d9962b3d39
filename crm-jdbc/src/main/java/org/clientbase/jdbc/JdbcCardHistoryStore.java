package org.clientbase.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.clientbase.core.InvalidValueException;
import org.clientbase.core.id.EntityId;
import org.clientbase.core.id.UserId;
import org.clientbase.spi.StaleWriteException;
import org.clientbase.spi.store.CardHistoryStore;
import org.clientbase.spi.store.CardRevision;
import org.clientbase.spi.store.RevisionKind;

/**
 * What the JDBC change history stores share: one row per revision keyed by card id and number,
 * the changed fields as a JSON array, the whole card as a JSON document where the revision has
 * one. The primary key makes appends safe: of two writers appending the same number, the
 * second breaks the key and gets a {@link StaleWriteException}. A store names its table and the
 * {@link CardDocuments.Form} of its cards.
 *
 * @param <I> the card id type
 * @param <C> the card type
 */
abstract class JdbcCardHistoryStore<I extends EntityId, C> implements CardHistoryStore<I, C> {
  private final JdbcDatabase db;
  private final String storeName;
  private final String table;
  private final String idColumn;
  private final CardDocuments.Form<I, C> form;
  private final String select;

  JdbcCardHistoryStore(
      JdbcDatabase db, String storeName, String table, String idColumn, CardDocuments.Form<I, C> form) {
    this.db = Objects.requireNonNull(db, "db");
    this.form = form;
    this.storeName = storeName;
    this.table = table;
    this.idColumn = idColumn;
    this.select = "SELECT " + idColumn + ", number, recorded_at, author, kind, card_version, changes, snapshot FROM "
        + table + " WHERE " + idColumn + " = ? ORDER BY number";
  }

  @Override
  public List<CardRevision<C>> revisions(I card) {
    Objects.requireNonNull(card, "card");
    return db.read(storeName + ".revisions " + card, connection -> query(connection, select, card));
  }

  @Override
  public Optional<CardRevision<C>> latest(I card) {
    Objects.requireNonNull(card, "card");
    return db.read(storeName + ".latest " + card, connection ->
        query(connection, select + " DESC LIMIT 1", card).stream().findFirst());
  }

  @Override
  public void append(I card, CardRevision<C> revision) {
    Objects.requireNonNull(card, "card");
    Objects.requireNonNull(revision, "revision");
    String name = "revision " + revision.number() + " of " + card;
    if (!revision.card().equals(card)) {
      throw new InvalidValueException(storeName + " " + name, revision.card(), "is a revision of another card");
    }
    if (revision.number() == 1 && !revision.hasSnapshot()) {
      throw new InvalidValueException(storeName + " " + name, revision.kind(), "a first revision must hold the card");
    }
    Sql.checkMicros(name + " at", revision.at());
    db.write(storeName + ".append " + card, connection -> {
      long lastNumber = 0;
      Instant lastAt = null;
      try (PreparedStatement statement = connection.prepareStatement("SELECT number, recorded_at FROM " + table
          + " WHERE " + idColumn + " = ? ORDER BY number DESC LIMIT 1")) {
        new Sql.Params(statement).id(card);
        try (ResultSet rows = statement.executeQuery()) {
          if (rows.next()) {
            lastNumber = rows.getLong(1);
            lastAt = new Sql.Row(rows).instant("recorded_at");
          }
        }
      }
      if (revision.number() != lastNumber + 1) {
        throw new StaleWriteException("History of " + card, revision.number() - 1, lastNumber);
      }
      if (lastAt != null && revision.at().isBefore(lastAt)) {
        throw new InvalidValueException(storeName + " " + name + " at", revision.at(),
            "is before the last revision's instant " + lastAt);
      }
      Savepoint beforeInsert = connection.setSavepoint();
      try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table + " (" + idColumn
          + ", number, recorded_at, author, kind, card_version, changes, snapshot) VALUES (?, ?, ?, ?, ?, ?, "
          + db.dialect().json() + ", " + db.dialect().json() + ")")) {
        new Sql.Params(insert).id(card).number(revision.number()).instant(name + " at", revision.at())
            .id(revision.author()).name(revision.kind()).number(revision.cardVersion())
            .json(CardDocuments.changes(revision.diff()))
            .json(revision.snapshot().map(c -> CardJson.write(form.write().apply(c))).orElse(null));
        insert.executeUpdate();
      } catch (SQLException e) {
        if (!JdbcStoreException.isUniqueViolation(e)) {
          throw e;
        }
        connection.rollback(beforeInsert); // another writer appended this number first
        throw new StaleWriteException("History of " + card, revision.number() - 1, lastNumber(connection, card));
      }
      return null;
    });
  }

  private long lastNumber(Connection connection, I card) throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement("SELECT MAX(number) FROM " + table + " WHERE " + idColumn + " = ?")) {
      new Sql.Params(statement).id(card);
      try (ResultSet rows = statement.executeQuery()) {
        return rows.next() ? rows.getLong(1) : 0;
      }
    }
  }

  private List<CardRevision<C>> query(Connection connection, String sql, I card) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      new Sql.Params(statement).id(card);
      List<CardRevision<C>> revisions = new ArrayList<>();
      try (ResultSet rows = statement.executeQuery()) {
        Sql.Row row = new Sql.Row(rows);
        while (rows.next()) {
          revisions.add(new CardRevision<>(
              card, row.number("number"), row.instant("recorded_at"), row.optId("author", UserId::of),
              row.name("kind", RevisionKind.class), row.number("card_version"),
              form.diff().apply(card, row.text("changes")),
              row.optText("snapshot").map(CardJson::read).map(form.read())));
        }
      }
      return revisions;
    }
  }

}
