package org.clientbase.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.clientbase.core.InvalidValueException;
import org.clientbase.core.field.CardType;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.ContactPersonId;
import org.clientbase.core.id.EntityId;
import org.clientbase.core.id.LeadId;
import org.clientbase.spi.matching.MatchKeyIndex;

/**
 * A {@link MatchKeyIndex} on table {@code match_key (card_type, card_id, blocking_key)}, with
 * an index on {@code (card_type, blocking_key, card_id)}. A look-up of many keys is one query
 * that numbers each key's cards in id order ({@code ROW_NUMBER() OVER (PARTITION BY ...)}) and
 * keeps the first {@code limitPerKey}, so a very common key never floods the result.
 */
public final class JdbcMatchKeyIndex implements MatchKeyIndex {
  private final JdbcDatabase db;

  /**
   * Creates the index.
   *
   * @param db the database, migrated
   */
  public JdbcMatchKeyIndex(JdbcDatabase db) {
    this.db = Objects.requireNonNull(db, "db");
  }

  @Override
  public void put(EntityId card, Set<String> keys) {
    CardType type = typeOf(card);
    Set<String> held = new TreeSet<>(keys);
    db.write("MatchKeyIndex.put " + card, connection -> {
      deleteKeys(connection, type, card);
      if (!held.isEmpty()) {
        try (PreparedStatement insert = connection.prepareStatement(
            "INSERT INTO match_key (card_type, card_id, blocking_key) VALUES (?, ?, ?)")) {
          for (String key : held) {
            new Sql.Params(insert).name(type).id(card).text(key);
            insert.addBatch();
          }
          insert.executeBatch();
        }
      }
      return null;
    });
  }

  @Override
  public void remove(EntityId card) {
    CardType type = typeOf(card);
    db.write("MatchKeyIndex.remove " + card, connection -> {
      deleteKeys(connection, type, card);
      return null;
    });
  }

  @Override
  public Set<String> keys(EntityId card) {
    CardType type = typeOf(card);
    return db.read("MatchKeyIndex.keys " + card, connection -> {
      try (PreparedStatement query = connection.prepareStatement(
          "SELECT blocking_key FROM match_key WHERE card_type = ? AND card_id = ? ORDER BY blocking_key")) {
        new Sql.Params(query).name(type).id(card);
        Set<String> keys = new LinkedHashSet<>();
        try (ResultSet rows = query.executeQuery()) {
          while (rows.next()) {
            keys.add(rows.getString(1));
          }
        }
        return keys;
      }
    });
  }

  @Override
  public Map<String, List<EntityId>> find(CardType type, Collection<String> keys, int limitPerKey) {
    Objects.requireNonNull(type, "type");
    if (limitPerKey < 1) {
      throw new InvalidValueException("MatchKeyIndex.find limitPerKey", limitPerKey, "must be at least 1");
    }
    idOf(type, "check");
    Set<String> asked = new LinkedHashSet<>(keys);
    if (asked.isEmpty()) {
      return Map.of();
    }
    return db.read("MatchKeyIndex.find", connection -> {
      try (PreparedStatement query = connection.prepareStatement("SELECT blocking_key, card_id FROM ("
          + "SELECT blocking_key, card_id, ROW_NUMBER() OVER (PARTITION BY blocking_key ORDER BY card_id) AS n"
          + " FROM match_key WHERE card_type = ? AND blocking_key = ANY(?)) ranked"
          + " WHERE n <= ? ORDER BY blocking_key, card_id")) {
        new Sql.Params(query).name(type).texts(connection, asked).number(limitPerKey);
        Map<String, List<EntityId>> found = new LinkedHashMap<>();
        try (ResultSet rows = query.executeQuery()) {
          while (rows.next()) {
            found.computeIfAbsent(rows.getString(1), k -> new ArrayList<>()).add(idOf(type, rows.getString(2)));
          }
        }
        return found;
      }
    });
  }

  private static void deleteKeys(java.sql.Connection connection, CardType type, EntityId card)
      throws java.sql.SQLException {
    try (PreparedStatement delete =
        connection.prepareStatement("DELETE FROM match_key WHERE card_type = ? AND card_id = ?")) {
      new Sql.Params(delete).name(type).id(card);
      delete.executeUpdate();
    }
  }

  private static CardType typeOf(EntityId card) {
    Objects.requireNonNull(card, "card");
    if (card instanceof LeadId) {
      return CardType.LEAD;
    }
    if (card instanceof ClientId) {
      return CardType.CLIENT;
    }
    if (card instanceof ContactPersonId) {
      return CardType.CONTACT_PERSON;
    }
    throw new InvalidValueException("MatchKeyIndex card", card,
        "must be a lead, client or contact person, is a " + card.getClass().getSimpleName());
  }

  private static EntityId idOf(CardType type, String text) {
    return switch (type) {
      case LEAD -> LeadId.of(text);
      case CLIENT -> ClientId.of(text);
      case CONTACT_PERSON -> ContactPersonId.of(text);
      default -> throw new InvalidValueException("MatchKeyIndex card type", type,
          "must be LEAD, CLIENT or CONTACT_PERSON");
    };
  }
}
