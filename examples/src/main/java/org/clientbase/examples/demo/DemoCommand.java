package org.clientbase.examples.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.clientbase.core.InvalidValueException;
import org.clientbase.core.client.Client;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.StatusId;
import org.clientbase.core.id.UserId;
import org.clientbase.core.status.StatusAssignment;
import org.clientbase.core.status.WorkStatus;
import org.clientbase.jdbc.JdbcClientbase;
import org.clientbase.jdbc.JdbcDatabase;
import org.clientbase.examples.report.HtmlReport;
import org.clientbase.examples.report.StatusTimeline;
import org.clientbase.examples.report.TextReport;
import org.clientbase.rules.conversion.LeadConverter;
import org.clientbase.rules.conversion.LeadDirectory;
import org.clientbase.rules.conversion.LeadsDisabledException;
import org.clientbase.rules.conversion.SwitchOffSummary;
import org.clientbase.rules.status.BatchResult;
import org.clientbase.rules.status.ClientRecalculation;
import org.clientbase.rules.status.StatusDynamicsReport;
import org.clientbase.rules.status.StatusScheme;
import org.clientbase.rules.status.StatusService;
import org.clientbase.spi.ProgressListener;
import org.clientbase.spi.access.AccessPolicy;
import org.clientbase.spi.access.SystemActor;
import org.clientbase.spi.store.ClientStatusHistory;
import org.clientbase.spi.store.PageRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The demo: the library's main job on a realistic client base in an embedded H2 database file.
 * It generates the base, recalculates every client's status over two years, switches leads off,
 * prints the status table, last week's dynamics and why one client has its status, and writes
 * the HTML report.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = "Generates a client base in an embedded H2 database, recalculates the work statuses"
        + " over two years, switches leads off, prints the status table, last week's dynamics and"
        + " one client's explanation, and writes an HTML report.",
    footer = {"",
        "Other commands, each with its own --help:",
        "  statuses      every client's work status on a date, from CSV exports of clients and facts",
        "  generate-csv  CSV exports of a generated client base, to try the statuses command on",
        "  status-speed  the speed of the status batch on PostgreSQL",
        "  nightly-speed the nightly status run against a full recalculation on PostgreSQL"})
public final class DemoCommand implements Callable<Integer> {
  static final ZoneId ZONE = ZoneId.of("Europe/Moscow");
  /** The demo reports on the whole base as the system, not as one manager. */
  private static final SystemActor SYSTEM = SystemActor.recordedAs(UserId.of("system:demo"));

  @Option(names = "--clients", defaultValue = "20000", paramLabel = "N",
      description = "Clients to generate (default: ${DEFAULT-VALUE}).")
  int clients;

  @Option(names = "--leads", defaultValue = "3000", paramLabel = "N",
      description = "Leads to generate (default: ${DEFAULT-VALUE}).")
  int leads;

  @Option(names = "--duplicates", defaultValue = "2", paramLabel = "PERCENT",
      description = "Share of clients entered a second time (default: ${DEFAULT-VALUE}).")
  double duplicates;

  @Option(names = "--seed", defaultValue = "20261130", paramLabel = "SEED",
      description = "The seed: the same seed makes the same base (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--today", defaultValue = "2026-11-30", paramLabel = "DATE",
      description = "The demo's today: the base covers the two years up to it (default: ${DEFAULT-VALUE}).")
  LocalDate today;

  @Option(names = "--years", defaultValue = "2", paramLabel = "N",
      description = "How many years of history to generate (default: ${DEFAULT-VALUE}).")
  int years;

  @Option(names = "--db", defaultValue = "clientbase-demo", paramLabel = "PATH",
      description = "The H2 database file, without .mv.db; replaced on every run (default: ${DEFAULT-VALUE}).")
  Path database;

  @Option(names = "--report", defaultValue = "clientbase-report.html", paramLabel = "FILE",
      description = "Where to write the HTML report (default: ${DEFAULT-VALUE}).")
  Path report;

  @Option(names = "--threads", paramLabel = "N",
      description = "Threads for generating and recalculating (default: the number of processors).")
  Integer threads;

  @Option(names = "--with-interactions",
      description = "Also store the clients' interactions and tasks (the status rules do not read them).")
  boolean withInteractions;

  @Option(names = "--ask", description = "Ask before switching leads off instead of answering yes.")
  boolean ask;

  PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
  PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
  boolean terminal = System.console() != null;

  /** The exit code for wrong options. */
  static final int WRONG_OPTIONS = 2;
  /** The most clients or leads the demo generates. */
  static final int MAX_COUNT = 10_000_000;
  /** The most years of history the demo generates. */
  static final int MAX_YEARS = 50;
  /** The most threads the demo uses. */
  static final int MAX_THREADS = 256;

  /**
   * Checks every option before anything is written, and says what is wrong with the first bad
   * one in a line.
   *
   * @return the problem, or {@code null} when every option is fine
   */
  String problem() {
    if (clients < 0 || clients > MAX_COUNT) {
      return "--clients " + clients + ": must be between 0 and " + MAX_COUNT;
    }
    if (leads < 0 || leads > MAX_COUNT) {
      return "--leads " + leads + ": must be between 0 and " + MAX_COUNT;
    }
    if (!(duplicates >= 0 && duplicates <= 100)) {
      return "--duplicates " + duplicates + ": a percentage must be between 0 and 100";
    }
    if (years < 1 || years > MAX_YEARS) {
      return "--years " + years + ": must be between 1 and " + MAX_YEARS;
    }
    if (threads != null && (threads < 1 || threads > MAX_THREADS)) {
      return "--threads " + threads + ": must be between 1 and " + MAX_THREADS;
    }
    if (today.getYear() < 1900 || today.getYear() > 2999) {
      return "--today " + today + ": must lie between 1900-01-01 and 2999-12-31";
    }
    try {
      JdbcDatabase.checkH2File(database);
    } catch (InvalidValueException e) {
      return "--db: " + e.getMessage();
    }
    String db = writableFile("--db", database, ".mv.db");
    return db != null ? db : writableFile("--report", report, "");
  }

  /** Says why a file cannot be written, or returns {@code null} when it can. */
  private static String writableFile(String option, Path file, String suffix) {
    Path absolute = file.toAbsolutePath().normalize();
    Path target = absolute.resolveSibling(absolute.getFileName() + suffix);
    Path parent = target.getParent();
    if (Files.isDirectory(target) || Files.isDirectory(absolute) && suffix.isEmpty()) {
      return option + " " + file + ": is a directory, not a file";
    }
    if (parent == null || !Files.isDirectory(parent)) {
      return option + " " + file + ": the directory " + parent + " does not exist";
    }
    if (!Files.isWritable(parent)) {
      return option + " " + file + ": the directory " + parent + " is not writable";
    }
    if (Files.exists(target) && !Files.isWritable(target)) {
      return option + " " + file + ": the file " + target + " is not writable";
    }
    return null;
  }

  @Override
  public Integer call() throws IOException {
    long started = System.nanoTime();
    String problem = problem();
    if (problem != null) {
      err.println("demo: " + problem);
      return WRONG_OPTIONS;
    }
    int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
    Clock clock = Clock.fixed(today.atTime(LocalTime.of(18, 0)).atZone(ZONE).toInstant(), ZONE);
    LocalDate start = today.minusYears(years).plusDays(1);
    Path file = database.toAbsolutePath();
    Files.deleteIfExists(Path.of(file + ".mv.db"));
    Files.deleteIfExists(Path.of(file + ".trace.db"));
    out.println("clientbase demo: a client base of a CRM in an embedded H2 database");
    out.println("  database " + file + ".mv.db, today " + today + " (" + ZONE + "), seed " + seed);

    try (JdbcDatabase db = JdbcDatabase.h2File(
        file, workers + 2, Map.of("CACHE_SIZE", "131072", "QUERY_CACHE_SIZE", "100")).migrate()) {
      JdbcClientbase crm = JdbcClientbase.on(db);

      // 1. the base
      out.printf(Locale.ROOT, "%n1. Generating the base: %,d clients with %s of history (%s to %s), %,d leads%n",
          clients, years == 1 ? "a year" : years + " years", start, today, leads);
      long phase = System.nanoTime();
      ProgressBar bar = new ProgressBar(out, "   clients and leads", terminal, phase);
      BaseGenerator generator = new BaseGenerator(seed, start, today, duplicates);
      BaseLoader.Loaded base = new BaseLoader(crm, generator, workers, withInteractions).load(clients, leads,
          p -> bar.onProgress(new org.clientbase.spi.Progress(p.task(),
              p.task().equals("clients") ? p.done() : clients + p.done(), p.failed(),
              java.util.OptionalLong.of((long) clients + leads))));
      bar.finish();
      long facts = base.interests() + base.payments() + base.shipments();
      out.printf(Locale.ROOT, "   %,d clients (%,d of them near-duplicates entered a second time), %,d contact"
              + " persons, %,d counterparties%n   %,d interests, %,d payments, %,d shipments, %s%,d leads  (%s)%n",
          base.clients() + base.duplicates(), base.duplicates(), base.contactPersons(), base.counterparties(),
          base.interests(), base.payments(), base.shipments(), withInteractions
              ? String.format(Locale.ROOT, "%,d interactions, %,d tasks, ", base.interactions(), base.tasks()) : "",
          base.leads(), seconds(phase));

      // 2. the statuses, replayed over the whole period
      StatusScheme scheme = StatusScheme.defaults();
      out.printf(Locale.ROOT, "%n2. Recalculating the work statuses: every client replayed from the day its card"
          + " was created to %s, as if the status job had run every day%n", today);
      phase = System.nanoTime();
      ProgressBar recalculation = new ProgressBar(out, "   status recalculation", terminal, phase);
      List<BaseGenerator.ManualStatus> manual = new ArrayList<>(base.manualStatuses());
      manual.sort(Comparator.comparing(BaseGenerator.ManualStatus::on));
      for (BaseGenerator.ManualStatus mark : manual) {
        // on that day a manager sets the status by hand; the days before it are replayed first
        Clock then = Clock.fixed(mark.on().atTime(LocalTime.NOON).atZone(ZONE).toInstant(), ZONE);
        service(crm, then, scheme, 1, ProgressListener.none())
            .setStatus(mark.client(), mark.status(), mark.by(), mark.comment());
      }
      out.printf(Locale.ROOT, "   first, managers set %,d statuses by hand on their days (liquidated, foreign,"
          + " non-target)%n", manual.size());
      StatusService statuses = service(crm, clock, scheme, workers, recalculation);
      BatchResult batch = statuses.recalculateAll();
      recalculation.finish();
      out.printf(Locale.ROOT, "   %,d clients, %,d got a status history with %,d changes of status, %,d failed  (%s)%n",
          batch.clients(), batch.changedClients(), batch.transitions(), batch.failedClients(), seconds(phase));
      batch.failures().stream().limit(5).forEach(f -> out.println("   failed: " + f));

      // 3. switching leads off
      out.printf(Locale.ROOT, "%n3. Switching leads off (the \"Use leads\" setting)%n");
      phase = System.nanoTime();
      LeadConverter converter = LeadConverter.builder()
          .clientbase(crm).accessPolicy(AccessPolicy.allowAll())
          .clock(clock).scheme(scheme)
          .build();
      LeadDirectory directory = LeadDirectory.builder().clientbase(crm).converter(converter).build();
      ProgressBar conversion = new ProgressBar(out, "   lead conversion", terminal, phase);
      SwitchOffSummary summary = directory.switchOff(UserId.of("administrator"), this::confirm, conversion);
      conversion.finish();
      out.printf(Locale.ROOT, "   %s: %,d leads converted into clients, %,d skipped, %,d failed  (%s)%n",
          summary.outcome(), summary.converted().size(), summary.skipped().size(), summary.failed().size(),
          seconds(phase));
      summary.failed().stream().limit(5).forEach(f -> out.println("   failed: " + f));
      if (summary.outcome() == SwitchOffSummary.Outcome.SWITCHED_OFF) {
        try {
          directory.create(generator.lead(leads * 10));
          out.println("   the leads directory still takes new leads: unexpected");
        } catch (LeadsDisabledException closed) {
          out.println("   the leads directory is closed now: " + closed.getMessage());
        }
      }

      // 4. the tables
      phase = System.nanoTime();
      int weeks = (int) (ChronoUnit.DAYS.between(start, today) / 7);
      StatusTimeline.Builder timeline = StatusTimeline.weekly(today, weeks);
      Optional<ClientStatusHistory> explained = Optional.empty();
      long entries = 0;
      PageRequest<ClientId> request = PageRequest.first(1000);
      while (true) {
        List<ClientStatusHistory> page = crm.statusHistoryStore().page(request);
        for (ClientStatusHistory history : page) {
          timeline.add(history.entries());
          entries += history.entries().size();
          explained = interesting(explained, history);
        }
        if (page.size() < 1000) {
          break;
        }
        request = request.next(page.get(page.size() - 1).client());
      }
      StatusDynamicsReport week = statuses.dynamics(SYSTEM, today, StatusDynamicsReport.DEFAULT_PERIOD_DAYS, false);
      out.printf(Locale.ROOT, "%n4. Work statuses on %s%n", today);
      out.print(TextReport.statusTable(scheme, week));
      out.printf(Locale.ROOT, "%n   Status dynamics of the last week%n");
      out.print(TextReport.changes(scheme, week));
      String explanation = explained.map(h -> explain(crm, statuses, scheme, h)).orElse("");
      if (!explanation.isEmpty()) {
        out.printf(Locale.ROOT, "%n   Why this client has its status%n");
        out.print(explanation.lines().map(line -> "   " + line).collect(Collectors.joining("\n", "", "\n")));
      }

      // 5. the report
      String html = HtmlReport.builder(scheme, timeline.build(), week)
          .title("Client base on " + today)
          .fact("Clients", number(week.total().clientsAtEnd()))
          .fact("Near-duplicates", number(base.duplicates()))
          .fact("Leads converted", number(summary.converted().size()))
          .fact("Interests, payments, shipments", number(facts))
          .fact("Status changes", number(entries))
          .fact("History", start + " to " + today)
          .fact("Seed", Long.toString(seed))
          .note(explanation.isEmpty() ? "No client has a status history." : explanation)
          .build()
          .render();
      Path reportFile = report.toAbsolutePath();
      Files.writeString(reportFile, html, StandardCharsets.UTF_8);
      out.printf(Locale.ROOT, "%n5. Report written to %s (%,d bytes, %d weeks)%n", reportFile, html.length(), weeks + 1);
    }
    out.printf(Locale.ROOT, "%nDone in %s.%n", seconds(started));
    return 0;
  }

  private static StatusService service(
      JdbcClientbase crm, Clock clock, StatusScheme scheme, int workers, ProgressListener progress) {
    return StatusService.builder()
        .clients(crm.clientStore()).interests(crm.interestStore()).payments(crm.paymentStore())
        .shipments(crm.shipmentStore()).history(crm.statusHistoryStore()).unitOfWork(crm.unitOfWork())
        .clock(clock).scheme(scheme).parallelism(workers).batchSize(500)
        .accessPolicy(AccessPolicy.allowAll())
        .progressListener(progress)
        .build();
  }

  private boolean confirm(long leadsToConvert) {
    String question = String.format(Locale.ROOT, "   Switch leads off? %,d leads not linked to a client will be"
        + " converted into clients. [y/N] ", leadsToConvert);
    out.print(question);
    if (!ask) {
      out.println("y (answered by the demo; --ask to answer yourself)");
      return true;
    }
    out.flush();
    try {
      String answer = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
      return answer != null && answer.strip().toLowerCase(Locale.ROOT).startsWith("y");
    } catch (IOException e) {
      return false;
    }
  }

  /** Prefers a client that came back, then one that was lost, then any with a long history. */
  private static Optional<ClientStatusHistory> interesting(
      Optional<ClientStatusHistory> best, ClientStatusHistory candidate) {
    if (candidate.entries().isEmpty()) {
      return best;
    }
    if (best.isEmpty()) {
      return Optional.of(candidate);
    }
    return score(candidate) > score(best.get()) ? Optional.of(candidate) : best;
  }

  private static int score(ClientStatusHistory history) {
    StatusId current = history.current().map(StatusAssignment::status).orElse(null);
    int score = Math.min(history.entries().size(), 8);
    if (StatusScheme.RETURNED.equals(current)) {
      score += 100;
    } else if (StatusScheme.LOST.equals(current)) {
      score += 50;
    }
    return score;
  }

  private static String explain(JdbcClientbase crm, StatusService statuses, StatusScheme scheme,
      ClientStatusHistory history) {
    StringBuilder text = new StringBuilder();
    Client card = crm.clientStore().find(history.client()).orElseThrow().value();
    text.append("Client ").append(card.id()).append(" «").append(card.name()).append("», created ")
        .append(card.createdOn()).append(":\n");
    for (StatusAssignment entry : history.entries()) {
      text.append("  ").append(entry.since()).append("  ").append(name(scheme, entry.status()))
          .append(entry.explanation().isEmpty() ? "" : " — " + entry.explanation()).append('\n');
    }
    ClientRecalculation now = statuses.recalculate(SYSTEM, card.id(), false);
    text.append("Today: ").append(now.today().summary()).append('\n');
    return text.toString();
  }

  private static String name(StatusScheme scheme, StatusId id) {
    return scheme.status(id).map(WorkStatus::name).orElse(id.value());
  }

  private static String number(long value) {
    return String.format(Locale.ROOT, "%,d", value).replace(",", "\u202F");
  }

  private static String seconds(long since) {
    return String.format(Locale.ROOT, "%.1f s", (System.nanoTime() - since) / 1e9);
  }
}
