package org.clientbase.examples.demo;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.clientbase.jdbc.JdbcClientbase;
import org.clientbase.jdbc.JdbcDatabase;
import org.clientbase.rules.status.BatchResult;
import org.clientbase.rules.status.StatusService;
import org.clientbase.spi.ProgressListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Measures the status batch on a real database: creates a schema of its own, generates the
 * demo's base into it, recalculates every client's status from its creation date to today and
 * prints the clients per second. With {@code --rounds} above 1 it then clears the history and
 * recalculates again, in the same JVM, as a server that has run for a while does: the first
 * round also pays for compiling the library's code. Last it runs the batch again the same day
 * (nothing to do) and checks that no history entry was written twice.
 *
 * <pre>
 * java -jar clientbase-demo.jar status-speed --url jdbc:postgresql://127.0.0.1:5432/crm \
 *     --user crm --password secret --clients 30000 --threads 2
 * </pre>
 */
@Command(
    name = "status-speed",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = "Generates the demo's base in a schema of its own and measures the status batch on it.")
public final class StatusSpeedCommand implements Callable<Integer> {
  private static final String SCHEMA = "clientbase_status_speed";

  @Option(names = "--url", required = true, paramLabel = "JDBC-URL",
      description = "A PostgreSQL JDBC URL; the command drops and creates the schema " + SCHEMA + " in it.")
  String url;

  @Option(names = "--user", required = true, paramLabel = "USER", description = "The database user.")
  String user;

  @Option(names = "--password", defaultValue = "", paramLabel = "PASSWORD", description = "The password.")
  String password;

  @Option(names = "--clients", defaultValue = "30000", paramLabel = "N",
      description = "Clients to generate (default: ${DEFAULT-VALUE}).")
  int clients;

  @Option(names = "--threads", defaultValue = "2", paramLabel = "N",
      description = "Batch workers (default: ${DEFAULT-VALUE}).")
  int threads;

  @Option(names = "--batch", defaultValue = "1000", paramLabel = "N",
      description = "Clients per page of the batch (default: ${DEFAULT-VALUE}).")
  int batch;

  @Option(names = "--rounds", defaultValue = "3", paramLabel = "N",
      description = "Times the history is cleared and every client recalculated, in one JVM (default:"
          + " ${DEFAULT-VALUE}); the first round includes compiling the code.")
  int rounds;

  @Option(names = "--seed", defaultValue = "20261130", paramLabel = "SEED", description = "The seed.")
  long seed;

  @Option(names = "--today", defaultValue = "2026-11-30", paramLabel = "DATE",
      description = "Today: the base covers the two years up to it (default: ${DEFAULT-VALUE}).")
  LocalDate today;

  @Option(names = "--keep-base",
      description = "Keep the base an earlier run generated in the schema; only its status history is cleared.")
  boolean keepBase;

  PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);

  @Override
  public Integer call() throws SQLException {
    if (clients < 1 || threads < 1 || batch < 1 || rounds < 1) {
      System.err.println("status-speed: --clients, --threads, --batch and --rounds must be at least 1, not "
          + clients + ", " + threads + ", " + batch + " and " + rounds);
      return 2;
    }
    String schemaUrl = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA;
    if (!keepBase) {
      try (Connection admin = DriverManager.getConnection(url, user, password);
          Statement statement = admin.createStatement()) {
        statement.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
        statement.execute("CREATE SCHEMA " + SCHEMA);
      }
    }
    Clock clock = Clock.fixed(today.atTime(LocalTime.of(18, 0)).atZone(DemoCommand.ZONE).toInstant(),
        DemoCommand.ZONE);
    try (JdbcDatabase db = JdbcDatabase.open(schemaUrl, user, password, threads + 2).migrate()) {
      JdbcClientbase crm = JdbcClientbase.on(db);
      long phase = System.nanoTime();
      if (keepBase) {
        clearHistory(db);
      } else {
        BaseGenerator generator = new BaseGenerator(seed, today.minusYears(2).plusDays(1), today, 0);
        new BaseLoader(crm, generator, threads, false).load(clients, 0, ProgressListener.none());
      }
      out.printf(Locale.ROOT, "base: %,d clients, %,d interests, %,d payments, %,d shipments (%.1f s to %s)%n",
          count(db, "SELECT count(*) FROM client"), count(db, "SELECT count(*) FROM interest"),
          count(db, "SELECT count(*) FROM payment"), count(db, "SELECT count(*) FROM shipment"), seconds(phase),
          keepBase ? "clear the history" : "load");
      StatusService statuses = StatusService.builder()
          .clients(crm.clientStore()).interests(crm.interestStore()).payments(crm.paymentStore())
          .shipments(crm.shipmentStore()).history(crm.statusHistoryStore()).unitOfWork(crm.unitOfWork())
          .clock(clock).parallelism(threads).batchSize(batch)
          .accessPolicy(org.clientbase.spi.access.AccessPolicy.allowAll())
          .build();
      out.printf(Locale.ROOT, "batch: %d workers, pages of %d clients, %s%n", threads, batch, url);
      out.println("server: " + ServerSettings.describe(db));
      out.println("jvm: " + ServerSettings.jvm());

      BatchResult first = null;
      long failed = 0;
      for (int round = 1; round <= rounds; round++) {
        if (round > 1) {
          clearHistory(db);
        }
        phase = System.nanoTime();
        BatchResult result = statuses.recalculateAll();
        double took = seconds(phase);
        out.printf(Locale.ROOT, "round %d%s: %,d clients, %,d changed, %,d transitions, %,d failed in %.2f s:"
                + " %,.0f clients/s%n", round, round == 1 ? " (first in this JVM)" : "", result.clients(),
            result.changedClients(), result.transitions(), result.failedClients(), took, result.clients() / took);
        if (first != null && (result.changedClients() != first.changedClients()
            || result.transitions() != first.transitions())) {
          out.println("unexpected result: round " + round + " gave " + result + ", round 1 gave " + first);
          return 1;
        }
        failed += result.failedClients();
        if (first == null) {
          first = result;
        }
      }

      phase = System.nanoTime();
      BatchResult second = statuses.recalculateAll();
      double secondSeconds = seconds(phase);
      out.printf(Locale.ROOT, "same day again: %,d clients, %,d changed in %.2f s: %,.0f clients/s%n",
          second.clients(), second.changedClients(), secondSeconds, second.clients() / secondSeconds);

      long entries = count(db, "SELECT count(*) FROM status_history_entry");
      long distinct = count(db, "SELECT count(*) FROM (SELECT DISTINCT client_id, since, status, previous_status"
          + " FROM status_history_entry) d");
      out.printf(Locale.ROOT, "history: %,d entries, %,d distinct, %,d duplicates%n", entries, distinct,
          entries - distinct);
      boolean right = failed == 0 && second.changedClients() == 0 && entries == distinct
          && entries == first.transitions();
      if (!right) {
        out.println("unexpected result: " + first + " / " + second);
      }
      return right ? 0 : 1;
    }
  }

  /** Empties the status history: the next recalculation writes every client's history again. */
  private static void clearHistory(JdbcDatabase db) throws SQLException {
    try (Connection connection = db.dataSource().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("TRUNCATE status_history CASCADE");
    }
  }

  private static long count(JdbcDatabase db, String sql) throws SQLException {
    try (Connection connection = db.dataSource().getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }
}
