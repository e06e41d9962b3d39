package org.clientbase.examples.demo;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.clientbase.core.activity.Payment;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.PaymentId;
import org.clientbase.core.money.Money;
import org.clientbase.jdbc.JdbcClientbase;
import org.clientbase.jdbc.JdbcDatabase;
import org.clientbase.rules.status.BatchResult;
import org.clientbase.rules.status.StatusService;
import org.clientbase.spi.ProgressListener;
import org.clientbase.spi.access.AccessPolicy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Measures the nightly status run on a real database against a full recalculation: generates
 * the demo's base in a schema of its own and recalculates it once (which sets every client's
 * due day), copies it into two more schemas, then runs the same nights on both copies: on each
 * night a share of the clients gets a new payment, stored with
 * {@link StatusService#factsChanged} in one unit of work as a host does, and then one copy runs
 * {@link StatusService#recalculateDue()} and the other {@link StatusService#recalculateAll()}.
 * Prints the milliseconds of each night on each copy and their ratio, and checks at the end
 * that both copies hold the same status histories, entry by entry.
 *
 * <p>The first nights are a warm-up and are not counted: the nightly run reads a different two
 * percent of the base each night, so it takes several nights before the JVM and the database's
 * connections have met most of what it reads, where a full run meets all of it on its first night.
 * The counted nights are those of a run whose connections have met most of the base; a nightly
 * run on new connections pays more, as the warm-up nights show.
 *
 * <pre>
 * java -jar clientbase-demo.jar nightly-speed --url jdbc:postgresql://127.0.0.1:5432/crm \
 *     --user crm --password secret --clients 100000 --nights 5 --warm-up 5
 * </pre>
 */
@Command(
    name = "nightly-speed",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = "Generates the demo's base and measures the nightly status run against a full recalculation.")
public final class NightlySpeedCommand implements Callable<Integer> {
  private static final String BASE = "clientbase_nightly_base";
  private static final String DUE = "clientbase_nightly_due";
  private static final String FULL = "clientbase_nightly_full";
  private static final String ENTRY_COLUMNS = "client_id, seq, previous_status, status, since, reason_kind,"
      + " reason_template, reason_user, reason_comment, explanation";

  @Option(names = "--url", required = true, paramLabel = "JDBC-URL",
      description = "A PostgreSQL JDBC URL; the command drops and creates the schemas " + BASE + ", " + DUE
          + " and " + FULL + " in it.")
  String url;

  @Option(names = "--user", required = true, paramLabel = "USER", description = "The database user.")
  String user;

  @Option(names = "--password", defaultValue = "", paramLabel = "PASSWORD", description = "The password.")
  String password;

  @Option(names = "--clients", defaultValue = "100000", paramLabel = "N",
      description = "Clients to generate (default: ${DEFAULT-VALUE}).")
  int clients;

  @Option(names = "--nights", defaultValue = "5", paramLabel = "N",
      description = "Nights to run on each copy (default: ${DEFAULT-VALUE}).")
  int nights;

  @Option(names = "--warm-up", defaultValue = "5", paramLabel = "N",
      description = "Nights run first on both copies and not counted, to warm up the JVM and the database"
          + " (default: ${DEFAULT-VALUE}).")
  int warmUp;

  @Option(names = "--changed", defaultValue = "1", paramLabel = "PERCENT",
      description = "Percent of the clients given a new payment each day, 1 to 100 (default: ${DEFAULT-VALUE}).")
  int changedPercent;

  @Option(names = "--threads", defaultValue = "2", paramLabel = "N",
      description = "Batch workers (default: ${DEFAULT-VALUE}).")
  int threads;

  @Option(names = "--batch", defaultValue = "1000", paramLabel = "N",
      description = "Clients per page of the batch (default: ${DEFAULT-VALUE}).")
  int batch;

  @Option(names = "--seed", defaultValue = "20261130", paramLabel = "SEED", description = "The seed.")
  long seed;

  @Option(names = "--today", defaultValue = "2026-11-30", paramLabel = "DATE",
      description = "The day of the first full recalculation; the base covers the two years up to it"
          + " (default: ${DEFAULT-VALUE}).")
  LocalDate today;

  @Option(names = "--keep-base",
      description = "Keep the base (and its first recalculation) that an earlier run left in " + BASE + ".")
  boolean keepBase;

  PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);

  @Override
  public Integer call() throws SQLException {
    if (clients < 1 || nights < 1 || threads < 1 || batch < 1 || warmUp < 0 || changedPercent < 1
        || changedPercent > 100) {
      System.err.println("nightly-speed: --clients, --nights, --threads and --batch must be at least 1,"
          + " --warm-up at least 0 and --changed between 1 and 100; got " + clients + ", " + nights + ", "
          + threads + ", " + batch + ", " + warmUp + " and " + changedPercent);
      return 2;
    }
    long phase = System.nanoTime();
    if (!keepBase) {
      createSchemas(BASE);
      try (JdbcDatabase db = open(BASE)) {
        JdbcClientbase crm = JdbcClientbase.on(db);
        BaseGenerator generator = new BaseGenerator(seed, today.minusYears(2).plusDays(1), today, 0);
        new BaseLoader(crm, generator, threads, false).load(clients, 0, ProgressListener.none());
        out.printf(Locale.ROOT, "base: %,d clients loaded in %.1f s%n", count(db, "SELECT count(*) FROM client"),
            seconds(phase));
        phase = System.nanoTime();
        BatchResult first = service(crm, today).recalculateAll();
        out.printf(Locale.ROOT, "first full recalculation on %s: %s in %.1f s%n", today, first, seconds(phase));
        if (first.failedClients() > 0) {
          out.println("the first recalculation failed for some clients");
          return 1;
        }
      }
    }
    phase = System.nanoTime();
    createSchemas(DUE, FULL);
    copy(BASE, DUE);
    copy(BASE, FULL);
    out.printf(Locale.ROOT, "copied %s into %s and %s in %.1f s%n", BASE, DUE, FULL, seconds(phase));

    try (JdbcDatabase dueDb = open(DUE); JdbcDatabase fullDb = open(FULL)) {
      JdbcClientbase due = JdbcClientbase.on(dueDb);
      JdbcClientbase full = JdbcClientbase.on(fullDb);
      List<ClientId> ids = clientIds(dueDb);
      out.printf(Locale.ROOT, "%,d clients, %d%% with a new payment each day, %d workers, pages of %d, %s%n",
          ids.size(), changedPercent, threads, batch, url);
      out.println("server: " + ServerSettings.describe(dueDb));
      out.println("jvm: " + ServerSettings.jvm());
      long[] nightlyMs = new long[nights];
      long[] fullMs = new long[nights];
      boolean failed = false;
      for (int n = -warmUp; n < nights; n++) {
        LocalDate night = today.plusDays(warmUp + n + 1L);
        List<ClientId> changed = changedOn(ids, night);
        newPayments(due, night, changed);
        newPayments(full, night, changed);
        double load = loadAverage();
        long start = System.nanoTime();
        BatchResult nightly = service(due, night).recalculateDue();
        long nightlyTook = (System.nanoTime() - start) / 1_000_000;
        start = System.nanoTime();
        BatchResult all = service(full, night).recalculateAll();
        long fullTook = (System.nanoTime() - start) / 1_000_000;
        if (n >= 0) {
          nightlyMs[n] = nightlyTook;
          fullMs[n] = fullTook;
        }
        out.printf(Locale.ROOT, "%s%s: %,d new payments; nightly %,d ms (%,d clients read, %,d changed, %,d"
                + " transitions); full %,d ms (%,d clients read, %,d changed, %,d transitions); %.1fx;"
                + " load average %.2f before, %.2f after%n",
            night, n < 0 ? " (warm-up)" : "", changed.size(), nightlyTook, nightly.clients(), nightly.changedClients(),
            nightly.transitions(), fullTook, all.clients(), all.changedClients(), all.transitions(),
            (double) fullTook / Math.max(1, nightlyTook), load, loadAverage());
        failed |= nightly.failedClients() > 0 || all.failedClients() > 0
            || nightly.changedClients() != all.changedClients() || nightly.transitions() != all.transitions();
      }
      double nightlyMean = Arrays.stream(nightlyMs).average().orElseThrow();
      double fullMean = Arrays.stream(fullMs).average().orElseThrow();
      out.printf(Locale.ROOT, "mean of %d nights after %d of warm-up: nightly %,.0f ms, full %,.0f ms: the nightly"
          + " run is %.1fx faster%n", nights, warmUp, nightlyMean, fullMean, fullMean / nightlyMean);
      out.printf(Locale.ROOT, "median: nightly %,d ms, full %,d ms: %.1fx%n", median(nightlyMs), median(fullMs),
          (double) median(fullMs) / Math.max(1, median(nightlyMs)));
      boolean same = compareHistories(dueDb);
      if (failed) {
        out.println("unexpected result: a run failed for some clients, or the two runs changed different clients");
      }
      return same && !failed ? 0 : 1;
    }
  }

  private StatusService service(JdbcClientbase crm, LocalDate day) {
    Clock clock = Clock.fixed(day.atTime(LocalTime.of(18, 0)).atZone(DemoCommand.ZONE).toInstant(), DemoCommand.ZONE);
    return StatusService.builder()
        .clients(crm.clientStore()).interests(crm.interestStore()).payments(crm.paymentStore())
        .shipments(crm.shipmentStore()).history(crm.statusHistoryStore()).unitOfWork(crm.unitOfWork())
        .clock(clock).parallelism(threads).batchSize(batch)
        .accessPolicy(AccessPolicy.allowAll())
        .build();
  }

  /** The clients that get a payment on a day: a fixed share, spread by a hash of the client's place and the day. */
  private List<ClientId> changedOn(List<ClientId> ids, LocalDate day) {
    List<ClientId> changed = new ArrayList<>();
    long epochDay = day.toEpochDay();
    for (int i = 0; i < ids.size(); i++) {
      if (Math.floorMod(i * 0x9E3779B1L + epochDay * 0x85EBCA77L, 100) < changedPercent) {
        changed.add(ids.get(i));
      }
    }
    return changed;
  }

  /** Stores the day's payments and tells the status history, in one unit of work, as a host does. */
  private void newPayments(JdbcClientbase crm, LocalDate day, List<ClientId> changed) {
    StatusService statuses = service(crm, day);
    crm.unitOfWork().execute(() -> {
      for (ClientId client : changed) {
        crm.paymentStore().insert(Payment.of(PaymentId.of("night-" + day + "-" + client.value()), client, day,
            Money.of("15000.00", "RUB")));
      }
      statuses.factsChanged(changed);
      return null;
    });
  }

  /** Compares the two copies' histories entry by entry and looks for duplicate entries. */
  private boolean compareHistories(JdbcDatabase db) throws SQLException {
    long nightlyEntries = count(db, "SELECT count(*) FROM " + DUE + ".status_history_entry");
    long fullEntries = count(db, "SELECT count(*) FROM " + FULL + ".status_history_entry");
    long onlyNightly = count(db, "SELECT count(*) FROM (SELECT " + ENTRY_COLUMNS + " FROM " + DUE
        + ".status_history_entry EXCEPT SELECT " + ENTRY_COLUMNS + " FROM " + FULL + ".status_history_entry) d");
    long onlyFull = count(db, "SELECT count(*) FROM (SELECT " + ENTRY_COLUMNS + " FROM " + FULL
        + ".status_history_entry EXCEPT SELECT " + ENTRY_COLUMNS + " FROM " + DUE + ".status_history_entry) d");
    long duplicates = count(db, "SELECT count(*) - (SELECT count(*) FROM (SELECT DISTINCT client_id, since, status,"
        + " previous_status FROM " + DUE + ".status_history_entry) d) FROM " + DUE + ".status_history_entry");
    out.printf(Locale.ROOT, "histories: nightly copy %,d entries, full copy %,d entries; %,d only in the nightly"
        + " copy, %,d only in the full copy; %,d duplicates%n", nightlyEntries, fullEntries, onlyNightly, onlyFull,
        duplicates);
    boolean same = nightlyEntries == fullEntries && onlyNightly == 0 && onlyFull == 0 && duplicates == 0;
    out.println(same ? "the nightly runs ended in the state of the full recalculations"
        : "unexpected result: the nightly runs and the full recalculations ended in different states");
    return same;
  }

  private JdbcDatabase open(String schema) {
    return JdbcDatabase.open(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema, user, password,
        threads + 2).migrate();
  }

  private void createSchemas(String... schemas) throws SQLException {
    try (Connection admin = DriverManager.getConnection(url, user, password);
        Statement statement = admin.createStatement()) {
      for (String schema : schemas) {
        statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        statement.execute("CREATE SCHEMA " + schema);
      }
    }
  }

  /**
   * Copies every table of one schema into another migrated to the same version, referenced
   * tables first, and analyses the copy so that its plans are those of a loaded base.
   */
  private void copy(String from, String to) throws SQLException {
    open(to).close();
    try (Connection admin = DriverManager.getConnection(url, user, password)) {
      List<String> tables = new ArrayList<>();
      Map<String, Set<String>> references = new LinkedHashMap<>();
      try (PreparedStatement query = admin.prepareStatement("SELECT c.relname FROM pg_class c JOIN pg_namespace n"
          + " ON n.oid = c.relnamespace WHERE n.nspname = ? AND c.relkind = 'r' AND c.relname <> "
          + "'clientbase_schema_history' ORDER BY c.relname")) {
        query.setString(1, from);
        try (ResultSet rows = query.executeQuery()) {
          while (rows.next()) {
            references.put(rows.getString(1), new LinkedHashSet<>());
          }
        }
      }
      try (PreparedStatement query = admin.prepareStatement("SELECT c.relname, r.relname FROM pg_constraint k"
          + " JOIN pg_class c ON c.oid = k.conrelid JOIN pg_class r ON r.oid = k.confrelid"
          + " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE k.contype = 'f' AND n.nspname = ?")) {
        query.setString(1, from);
        try (ResultSet rows = query.executeQuery()) {
          while (rows.next()) {
            if (!rows.getString(1).equals(rows.getString(2))) {
              references.get(rows.getString(1)).add(rows.getString(2));
            }
          }
        }
      }
      while (tables.size() < references.size()) {
        int before = tables.size();
        references.forEach((table, referenced) -> {
          if (!tables.contains(table) && tables.containsAll(referenced)) {
            tables.add(table);
          }
        });
        if (tables.size() == before) {
          throw new IllegalStateException("the tables of " + from + " reference each other in a cycle: " + references);
        }
      }
      admin.setAutoCommit(false);
      try (Statement statement = admin.createStatement()) {
        for (String table : tables) {
          statement.execute("INSERT INTO " + to + "." + table + " SELECT * FROM " + from + "." + table);
        }
      }
      admin.commit();
      admin.setAutoCommit(true);
      try (Statement statement = admin.createStatement()) {
        for (String table : tables) {
          statement.execute("VACUUM ANALYZE " + to + "." + table);
        }
      }
    }
  }

  private static List<ClientId> clientIds(JdbcDatabase db) throws SQLException {
    List<ClientId> ids = new ArrayList<>();
    try (Connection connection = db.dataSource().getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT id FROM client ORDER BY id")) {
      while (rows.next()) {
        ids.add(ClientId.of(rows.getString(1)));
      }
    }
    return ids;
  }

  private static long median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private static double loadAverage() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
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
