package org.clientbase.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.clientbase.core.Checks;
import org.clientbase.core.InvalidValueException;
import org.clientbase.spi.IdGenerator;

/**
 * An {@link IdGenerator} on table {@code id_sequence}: one counter per entity type, handed out
 * in blocks (hi/lo), so most ids cost no database call. Ids read {@code client-1017},
 * {@code contact-person-52}: the entity type in lower case without {@code Id}, and a number.
 *
 * <p>A block is taken in a transaction of its own, never in the caller's unit of work: a unit
 * of work that rolls back does not give its block back to another process, so ids never repeat,
 * also across restarts and between processes sharing the database. Ids of a block left unused
 * when the process ends are skipped. Thread-safe.
 */
public final class JdbcIdGenerator implements IdGenerator {
  /** How many ids a block holds unless told otherwise. */
  public static final int DEFAULT_BLOCK_SIZE = 100;
  private static final int MAX_TYPE_LENGTH = 64;

  private final JdbcDatabase db;
  private final int blockSize;
  private final Map<String, long[]> blocks = new HashMap<>();

  /**
   * Creates a generator with blocks of {@value #DEFAULT_BLOCK_SIZE} ids.
   *
   * @param db the database, migrated
   */
  public JdbcIdGenerator(JdbcDatabase db) {
    this(db, DEFAULT_BLOCK_SIZE);
  }

  /**
   * Creates a generator.
   *
   * @param db the database, migrated
   * @param blockSize how many ids to take from the database at once, at least 1
   */
  public JdbcIdGenerator(JdbcDatabase db, int blockSize) {
    this.db = Objects.requireNonNull(db, "db");
    if (blockSize < 1) {
      throw new InvalidValueException("JdbcIdGenerator block size", blockSize, "must be at least 1");
    }
    this.blockSize = blockSize;
  }

  @Override
  public synchronized String next(String entityType) {
    Checks.requireText("IdGenerator entity type", entityType);
    if (entityType.length() > MAX_TYPE_LENGTH) {
      throw new InvalidValueException("IdGenerator entity type", entityType,
          "must have at most " + MAX_TYPE_LENGTH + " characters");
    }
    long[] block = blocks.get(entityType);
    if (block == null || block[0] >= block[1]) {
      block = takeBlock(entityType);
      blocks.put(entityType, block);
    }
    return prefix(entityType) + block[0]++;
  }

  /** Takes the next block of numbers for a type: {@code [first, end)}. */
  private long[] takeBlock(String entityType) {
    return db.writeAlone("IdGenerator.next " + entityType, connection -> {
      long end = advance(connection, entityType);
      if (end < 0) {
        Savepoint beforeInsert = connection.setSavepoint();
        try (PreparedStatement insert = connection.prepareStatement(
            "INSERT INTO id_sequence (entity_type, next_value) VALUES (?, ?)")) {
          insert.setString(1, entityType);
          insert.setLong(2, 1 + (long) blockSize);
          insert.executeUpdate();
          return new long[] {1, 1 + (long) blockSize};
        } catch (SQLException e) {
          if (!JdbcStoreException.isUniqueViolation(e)) {
            throw e;
          }
          connection.rollback(beforeInsert); // another process created the counter first
          end = advance(connection, entityType);
        }
      }
      return new long[] {end - blockSize, end};
    });
  }

  /** Moves a counter on by a block and returns its new value, or -1 if it does not exist. */
  private long advance(Connection connection, String entityType) throws SQLException {
    try (PreparedStatement update = connection.prepareStatement(
        "UPDATE id_sequence SET next_value = next_value + ? WHERE entity_type = ?")) {
      update.setLong(1, blockSize);
      update.setString(2, entityType);
      if (update.executeUpdate() == 0) {
        return -1;
      }
    }
    try (PreparedStatement query = connection.prepareStatement(
        "SELECT next_value FROM id_sequence WHERE entity_type = ?")) {
      query.setString(1, entityType);
      try (ResultSet rows = query.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }

  /** {@code ContactPersonId} gives {@code contact-person-}. */
  static String prefix(String entityType) {
    String type = entityType.endsWith("Id") && entityType.length() > 2
        ? entityType.substring(0, entityType.length() - 2) : entityType;
    StringBuilder prefix = new StringBuilder();
    for (int i = 0; i < type.length(); i++) {
      char c = type.charAt(i);
      if (Character.isUpperCase(c) && i > 0) {
        prefix.append('-');
      }
      prefix.append(Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : '-');
    }
    return prefix.toString().toLowerCase(Locale.ROOT) + "-";
  }
}
