package org.clientbase.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.clientbase.core.InvalidValueException;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.StatusId;
import org.clientbase.core.status.StatusAssignment;
import org.clientbase.spi.event.StatusTransitionListener;

/**
 * A {@link StatusTransitionListener} that writes every status change into an outbox table,
 * {@code status_transition_outbox}, for host scenarios to pick up (a change to Lost starts a
 * win-back campaign). The host's worker reads {@link #pending}, acts, and
 * {@link #acknowledge acknowledges} what it handled; a crash in between hands the same entries
 * out again, so scenarios should be idempotent.
 *
 * <p>Each transition is written in its own transaction: the library calls listeners after the
 * change is stored, possibly from several threads at once.
 */
public final class JdbcStatusTransitionOutbox implements StatusTransitionListener {
  private final JdbcDatabase db;

  /**
   * One transition waiting in the outbox.
   *
   * @param sequence its position in the outbox, increasing
   * @param transition the status change
   */
  public record Entry(long sequence, StatusAssignment transition) {
    /**
     * Checks the parts.
     *
     * @param sequence the position
     * @param transition the status change
     */
    public Entry {
      Objects.requireNonNull(transition, "transition");
    }
  }

  /**
   * Creates the outbox.
   *
   * @param db the database, migrated
   */
  public JdbcStatusTransitionOutbox(JdbcDatabase db) {
    this.db = Objects.requireNonNull(db, "db");
  }

  @Override
  public void onTransition(StatusAssignment transition) {
    db.writeAlone("StatusTransitionListener.onTransition " + transition.client(), connection -> {
      try (PreparedStatement insert = connection.prepareStatement("INSERT INTO status_transition_outbox"
          + " (client_id, previous_status, status, since, reason_kind, reason_template, reason_user, reason_comment,"
          + " explanation) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        Sql.Params params = new Sql.Params(insert).id(transition.client()).id(transition.previous())
            .id(transition.status()).date(transition.since());
        StatusReasons.bind(params, transition.reason());
        params.text(transition.explanation());
        return insert.executeUpdate();
      }
    });
  }

  /**
   * Returns the oldest transitions not acknowledged yet.
   *
   * @param limit the largest number to return, at least 1
   * @return the entries, oldest first
   */
  public List<Entry> pending(int limit) {
    if (limit < 1) {
      throw new InvalidValueException("StatusTransitionOutbox.pending limit", limit, "must be at least 1");
    }
    return db.read("StatusTransitionOutbox.pending", connection -> {
      try (PreparedStatement query = connection.prepareStatement("SELECT seq, client_id, previous_status, status,"
          + " since, reason_kind, reason_template, reason_user, reason_comment, explanation"
          + " FROM status_transition_outbox ORDER BY seq LIMIT ?")) {
        query.setInt(1, limit);
        List<Entry> entries = new ArrayList<>();
        try (ResultSet rows = query.executeQuery()) {
          Sql.Row row = new Sql.Row(rows);
          while (rows.next()) {
            entries.add(new Entry(row.number("seq"), StatusAssignment.builder()
                .client(row.id("client_id", ClientId::of))
                .previous(row.optId("previous_status", StatusId::of))
                .status(row.id("status", StatusId::of))
                .since(row.date("since"))
                .reason(StatusReasons.read(row))
                .explanation(row.text("explanation"))
                .build()));
          }
        }
        return entries;
      }
    });
  }

  /**
   * Removes the transitions handled, up to and including a sequence number.
   *
   * @param throughSequence the sequence of the last entry handled
   * @return how many entries were removed
   */
  public int acknowledge(long throughSequence) {
    return db.write("StatusTransitionOutbox.acknowledge", connection -> {
      try (PreparedStatement delete =
          connection.prepareStatement("DELETE FROM status_transition_outbox WHERE seq <= ?")) {
        delete.setLong(1, throughSequence);
        return delete.executeUpdate();
      }
    });
  }
}
