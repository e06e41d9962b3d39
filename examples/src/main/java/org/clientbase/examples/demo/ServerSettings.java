package org.clientbase.examples.demo;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.clientbase.jdbc.JdbcDatabase;

/** The PostgreSQL and JVM settings that the speed commands' figures depend on, to print with them. */
final class ServerSettings {
  private ServerSettings() {}

  /**
   * Describes the server: its version and the settings that decide how a batch's reads and
   * writes perform.
   *
   * @param db the database
   * @return e.g. {@code "PostgreSQL 15.18: shared_buffers 2GB, huge_pages on, random_page_cost 4, fsync off"}
   * @throws SQLException if the server cannot be asked
   */
  static String describe(JdbcDatabase db) throws SQLException {
    try (Connection connection = db.dataSource().getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT current_setting('server_version'),"
            + " current_setting('shared_buffers'), current_setting('huge_pages'),"
            + " current_setting('random_page_cost'), current_setting('fsync')")) {
      rows.next();
      return "PostgreSQL " + rows.getString(1) + ": shared_buffers " + rows.getString(2) + ", huge_pages "
          + rows.getString(3) + ", random_page_cost " + rows.getString(4) + ", fsync " + rows.getString(5);
    }
  }

  /**
   * Describes this JVM: its version and the heap settings that decide how much a first batch
   * pays for memory it touches for the first time.
   *
   * @return e.g. {@code "Java 17.0.15: heap 384 MB at start, 6,026 MB at most, not touched at start"}
   */
  static String jvm() {
    var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
    boolean touched = ManagementFactory.getRuntimeMXBean().getInputArguments().contains("-XX:+AlwaysPreTouch");
    return String.format(java.util.Locale.ROOT, "Java %s: heap %,d MB at start, %,d MB at most, %s at start",
        Runtime.version(), heap.getInit() >> 20, heap.getMax() >> 20, touched ? "touched" : "not touched");
  }
}
