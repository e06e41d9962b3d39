package org.clientbase.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.clientbase.spi.Progress;
import org.clientbase.spi.ProgressListener;

/**
 * A {@link ProgressListener} that keeps the latest progress of each task in table
 * {@code batch_progress}, so that another process (an administration page, a monitoring
 * check) can show how far a long batch has come. Each report is committed at once, also while
 * a unit of work runs on the reporting thread.
 */
public final class JdbcProgressLog implements ProgressListener {
  private final JdbcDatabase db;

  /**
   * Creates the log.
   *
   * @param db the database, migrated
   */
  public JdbcProgressLog(JdbcDatabase db) {
    this.db = Objects.requireNonNull(db, "db");
  }

  @Override
  public void onProgress(Progress progress) {
    db.writeAlone("ProgressListener.onProgress " + progress.task(), connection -> {
      try (PreparedStatement upsert = connection.prepareStatement(db.dialect().upsertProgress())) {
        upsert.setString(1, progress.task());
        upsert.setLong(2, progress.done());
        upsert.setLong(3, progress.failed());
        if (progress.total().isPresent()) {
          upsert.setLong(4, progress.total().getAsLong());
        } else {
          upsert.setNull(4, java.sql.Types.BIGINT);
        }
        return upsert.executeUpdate();
      }
    });
  }

  /**
   * Returns the latest progress reported for a task.
   *
   * @param task the task, e.g. {@code "status recalculation"}
   * @return the progress, or empty if none was reported
   */
  public Optional<Progress> latest(String task) {
    return db.read("ProgressLog.latest " + task, connection -> {
      try (PreparedStatement query =
          connection.prepareStatement("SELECT done, failed, total FROM batch_progress WHERE task = ?")) {
        query.setString(1, task);
        try (ResultSet rows = query.executeQuery()) {
          if (!rows.next()) {
            return Optional.empty();
          }
          long total = rows.getLong(3);
          OptionalLong known = rows.wasNull() ? OptionalLong.empty() : OptionalLong.of(total);
          return Optional.of(new Progress(task, rows.getLong(1), rows.getLong(2), known));
        }
      }
    });
  }
}
