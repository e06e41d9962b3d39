package org.clientbase.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.clientbase.core.InvalidValueException;
import org.clientbase.spi.event.DomainEvent;
import org.clientbase.spi.event.DomainEventListener;

/**
 * A {@link DomainEventListener} that appends every domain event (a lead converted, two clients
 * merged) to table {@code domain_event_log}: when it happened (to the microsecond), the event's
 * type and its description. Each event is committed at once.
 */
public final class JdbcDomainEventLog implements DomainEventListener {
  private final JdbcDatabase db;

  /**
   * One logged event.
   *
   * @param sequence its position in the log, increasing
   * @param occurredAt when it happened, to the microsecond
   * @param type the simple name of the event's class
   * @param description the event's description
   */
  public record Entry(long sequence, Instant occurredAt, String type, String description) {
    /**
     * Checks the parts.
     *
     * @param sequence the position
     * @param occurredAt when it happened
     * @param type the event's type
     * @param description the description
     */
    public Entry {
      Objects.requireNonNull(occurredAt, "occurredAt");
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(description, "description");
    }
  }

  /**
   * Creates the log.
   *
   * @param db the database, migrated
   */
  public JdbcDomainEventLog(JdbcDatabase db) {
    this.db = Objects.requireNonNull(db, "db");
  }

  @Override
  public void onEvent(DomainEvent event) {
    Instant occurredAt = event.occurredAt().truncatedTo(ChronoUnit.MICROS);
    String type = event.getClass().getSimpleName().isEmpty() ? event.getClass().getName() : event.getClass().getSimpleName();
    db.writeAlone("DomainEventListener.onEvent " + type, connection -> {
      try (PreparedStatement insert = connection.prepareStatement(
          "INSERT INTO domain_event_log (occurred_at, event_type, description) VALUES (?, ?, ?)")) {
        new Sql.Params(insert).instant("DomainEvent.occurredAt", occurredAt).text(type).text(event.describe());
        return insert.executeUpdate();
      }
    });
  }

  /**
   * Returns logged events after a position.
   *
   * @param afterSequence the last sequence already seen, 0 to start at the beginning
   * @param limit the largest number to return, at least 1
   * @return the entries, oldest first
   */
  public List<Entry> entries(long afterSequence, int limit) {
    if (limit < 1) {
      throw new InvalidValueException("DomainEventLog.entries limit", limit, "must be at least 1");
    }
    return db.read("DomainEventLog.entries", connection -> {
      try (PreparedStatement query = connection.prepareStatement("SELECT seq, occurred_at, event_type, description"
          + " FROM domain_event_log WHERE seq > ? ORDER BY seq LIMIT ?")) {
        query.setLong(1, afterSequence);
        query.setInt(2, limit);
        List<Entry> entries = new ArrayList<>();
        try (ResultSet rows = query.executeQuery()) {
          Sql.Row row = new Sql.Row(rows);
          while (rows.next()) {
            entries.add(new Entry(row.number("seq"), row.instant("occurred_at"), row.text("event_type"),
                row.text("description")));
          }
        }
        return entries;
      }
    });
  }
}
