package org.clientbase.examples.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.clientbase.core.status.StatusAssignment;
import org.clientbase.rules.status.Outcome;
import org.clientbase.rules.status.StatusScheme;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code statuses}: computes every client's work status on a date from CSV exports of the
 * clients and their facts, with the library's status engine.
 *
 * <pre>
 * statuses --clients clients.csv --facts facts.csv --as-of 2026-03-31 --out statuses.csv \
 *          [--scheme scheme.json] [--history history.csv] [--rejected rejected.csv]
 * </pre>
 *
 * <p>The files may come in any order: each is sorted by client id with bounded memory (an
 * external merge sort that spills to temporary files beside the output, deleted at the end), then
 * both are read side by side, one client's facts at a time. A row that cannot be used (a bad
 * value, a missing column value, an unknown client) is reported with its file, line and reason,
 * and the other rows are still processed. A payment or shipment whose amount cannot be read is a
 * warning: statuses do not read amounts, so the fact still counts.
 *
 * <p>Every file is checked before any is opened: inputs must be readable files; an output may
 * not be an input or another output (links resolved). Outputs are written to temporary files
 * beside their targets and moved into place only when the run completes (exit 0 or 3), so a
 * failed or killed run leaves earlier outputs as they were.
 *
 * <p>Exit codes: 0 when every row was used; 3 when some rows were rejected (the output is
 * written from the others); 1 when the command could not run (a file cannot be read, a header
 * lacks a column, the scheme file is invalid); 2 for wrong options (including an output that is
 * an input or another output).
 */
@Command(
    name = "statuses",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Computes the work status of every client on a date from CSV exports of the clients and their"
          + " facts (payments, shipments, interests), as if the status job had run every day since"
          + " each client was created.",
      "The files may be in any order: they are sorted by client id with bounded memory."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every row was used (amounts that cannot be read are warnings)",
      "1:the command could not run (a file, a header or the scheme file is wrong); no output changed",
      "2:wrong options; no output changed",
      "3:some rows were rejected; the output holds the others"
    })
public final class StatusesCommand implements Callable<Integer> {
  /** The exit code when every row was used. */
  public static final int OK = 0;
  /** The exit code when the command could not run: an input is unusable. */
  public static final int UNUSABLE_INPUT = 1;
  /** The exit code for wrong options. */
  public static final int WRONG_OPTIONS = 2;
  /** The exit code when some rows were rejected. */
  public static final int REJECTED_ROWS = 3;
  /** About how many characters of rows the sort holds in memory before it spills. */
  static final long SORT_BUDGET = 16L << 20;

  @Option(names = "--clients", required = true, paramLabel = "FILE",
      description = "Clients: id,name,kind,created (kind LEGAL_ENTITY, SOLE_PROPRIETOR or INDIVIDUAL;"
          + " created yyyy-mm-dd), in any order.")
  Path clients;

  @Option(names = "--facts", required = true, paramLabel = "FILE",
      description = "Facts: client_id,type,date,amount,interest_id,closed,outcome (type PAYMENT,"
          + " SHIPMENT or INTEREST; outcome WON or LOST), in any order.")
  Path facts;

  @Option(names = "--as-of", required = true, paramLabel = "DATE",
      description = "The date (yyyy-mm-dd) whose statuses are computed; later facts are ignored.")
  LocalDate asOf;

  @Option(names = "--scheme", paramLabel = "FILE",
      description = "A JSON file of changes to the default status scheme: periods, widened"
          + " preconditions, manual statuses.")
  Path scheme;

  @Option(names = "--out", required = true, paramLabel = "FILE",
      description = "Where to write client_id,status,status_name,since.")
  Path out;

  @Option(names = "--history", paramLabel = "FILE",
      description = "Where to write every status change: client_id,date,from,to,rule,explanation.")
  Path history;

  @Option(names = "--rejected", paramLabel = "FILE",
      description = "Where to write every rejected row: file,line,reason.")
  Path rejected;

  @Option(names = "--currency", paramLabel = "CODE", defaultValue = "RUB",
      description = "The currency of amounts written without a code (default: ${DEFAULT-VALUE}).")
  String currency;

  @Option(names = "--max-errors", paramLabel = "N", defaultValue = "50",
      description = "How many rejected rows and warnings to print (default: ${DEFAULT-VALUE}); all are counted.")
  int maxErrors;

  @Option(names = "--temp-dir", paramLabel = "DIR",
      description = "Where the sort writes its temporary files (default: the directory of --out).")
  Path tempDir;

  @Option(names = "--sort-budget", hidden = true, paramLabel = "CHARS",
      description = "About how many characters of rows the sort holds in memory.")
  long sortBudget = SORT_BUDGET;

  PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);

  /**
   * Runs the command.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /**
   * Runs the command and returns its exit code.
   *
   * @param args the command line
   * @return the exit code
   */
  public static int run(String... args) {
    return commandLine().execute(args);
  }

  /**
   * Returns the command wired for picocli, e.g. to add it as a subcommand.
   *
   * @return the command line
   */
  public static CommandLine commandLine() {
    CommandLine line = new CommandLine(new StatusesCommand());
    line.registerConverter(LocalDate.class, StatusesCommand::date);
    line.setParameterExceptionHandler((e, args) -> {
      String message = e.getMessage() == null ? "wrong options" : e.getMessage().lines().findFirst().orElse("");
      e.getCommandLine().getErr().println(Excerpt.line("statuses: " + message + " (--help lists the options)"));
      return WRONG_OPTIONS;
    });
    return line;
  }

  private static LocalDate date(String text) {
    try {
      return LocalDate.parse(text);
    } catch (java.time.format.DateTimeParseException e) {
      throw new CommandLine.TypeConversionException(Excerpt.quote(text) + " is not a date written yyyy-mm-dd");
    }
  }

  @Override
  public Integer call() {
    long started = System.nanoTime();
    try {
      Currency.getInstance(currency);
    } catch (IllegalArgumentException e) {
      return fail(WRONG_OPTIONS, "--currency " + Excerpt.quote(currency) + " is not an ISO 4217 currency code");
    }
    if (maxErrors < 0) {
      return fail(WRONG_OPTIONS, "--max-errors " + maxErrors + " must be 0 or more");
    }
    if (sortBudget < 1) {
      return fail(WRONG_OPTIONS, "--sort-budget " + sortBudget + " must be at least 1");
    }
    try (CommandFiles files = new CommandFiles()) {
      try {
        files.input("--clients", clients);
        files.input("--facts", facts);
        if (scheme != null) {
          files.input("--scheme", scheme);
        }
        files.output("--out", out);
        if (history != null) {
          files.output("--history", history);
        }
        if (rejected != null) {
          files.output("--rejected", rejected);
        }
        if (tempDir != null && !Files.isDirectory(tempDir)) {
          throw new CommandFiles.FileProblem("--temp-dir " + tempDir + ": is not a directory");
        }
      } catch (CommandFiles.FileProblem e) {
        return fail(e.getMessage().contains(" is the same file as ") ? WRONG_OPTIONS : UNUSABLE_INPUT,
            e.getMessage());
      }
      StatusScheme statusScheme;
      try {
        statusScheme = scheme == null ? StatusScheme.defaults() : SchemeFile.read(scheme);
      } catch (SchemeFile.SchemeFileException e) {
        return fail(UNUSABLE_INPUT, e.getMessage());
      } catch (IOException e) {
        return fail(UNUSABLE_INPUT, "cannot read " + scheme + ": " + CommandFiles.reason(e));
      }
      Path sortDir = tempDir != null ? tempDir : files.target("--out").getParent();
      try {
        return compute(files, statusScheme, sortDir, started);
      } catch (CommandFiles.FileProblem e) {
        return fail(UNUSABLE_INPUT, e.getMessage());
      }
    }
  }

  private int fail(int code, String message) {
    for (String line : message.split("\n")) {
      err.println(Excerpt.line("statuses: " + line));
    }
    return code;
  }

  private int compute(CommandFiles files, StatusScheme statusScheme, Path sortDir, long started)
      throws CommandFiles.FileProblem {
    Counts counts = new Counts();
    Rejections rejections = new Rejections(err, maxErrors);
    try (CsvReader clientReader = CommandFiles.read(clients);
        CsvReader factReader = CommandFiles.read(facts)) {
      Columns clientColumns = header(clientReader, clients, ClientRow.COLUMNS, List.of());
      Columns factColumns = header(factReader, facts, FactRow.REQUIRED, FactRow.OPTIONAL);
      CsvWriter output = files.create("--out");
      CsvWriter changes = history == null ? null : files.create("--history");
      if (rejected != null) {
        rejections.writeTo(files.create("--rejected"), rejected);
      }
      write(output, out, ClientStatus.COLUMNS.toArray(new String[0]));
      if (changes != null) {
        write(changes, history, "client_id", "date", "from", "to", "rule", "explanation");
      }
      try (SortedRecords clientRows = sort(clientReader, clients, clientColumns, "id", sortDir, rejections,
              () -> counts.clientRows++);
          SortedRecords factRows = sort(factReader, facts, factColumns, "client_id", sortDir, rejections,
              () -> counts.factRows++)) {
        join(clientRows, new FactCursor(factRows, factColumns, rejections), clientColumns, statusScheme,
            output, changes, rejections, counts);
        rejections.check();
      } catch (UncheckedIOException e) {
        throw new CommandFiles.FileProblem("cannot use the sort's temporary files in " + sortDir + ": "
            + CommandFiles.reason(e.getCause()) + " (--temp-dir DIR chooses another place)");
      }
    } catch (WriteFailure e) {
      throw new CommandFiles.FileProblem("cannot write " + e.target + ": " + CommandFiles.reason(e.io));
    } catch (IOException e) {
      throw new CommandFiles.FileProblem("cannot close the input files: " + CommandFiles.reason(e));
    }
    files.commit();
    double seconds = (System.nanoTime() - started) / 1e9;
    long rows = counts.clientRows + counts.factRows;
    err.printf(Locale.ROOT, "statuses: %d clients and %d facts read, %d rows rejected, %d warnings; %d statuses"
            + " written to %s (%d changes); %.1f s, %.0f rows/s%n",
        counts.clientRows, counts.factRows, rejections.count(), rejections.warnings(), counts.clients, out,
        counts.transitions, seconds, rows / Math.max(seconds, 1e-9));
    return rejections.count() == 0 ? OK : REJECTED_ROWS;
  }

  private void join(SortedRecords clientRows, FactCursor cursor, Columns clientColumns, StatusScheme statusScheme,
      CsvWriter output, CsvWriter changes, Rejections rejections, Counts counts) throws WriteFailure {
    StatusCalculator calculator = new StatusCalculator(statusScheme, asOf);
    String previous = null;
    long previousLine = 0;
    while (clientRows.hasNext()) {
      CsvReader.CsvRecord record = clientRows.next().record();
      ClientRow client;
      try {
        client = ClientRow.parse(record, clientColumns);
      } catch (RowException e) {
        rejections.reject(clients, record.line(), e.getMessage());
        continue;
      }
      if (client.id().equals(previous)) {
        rejections.reject(clients, record.line(),
            "client " + Excerpt.quote(client.id()) + " is given twice (first on line " + previousLine + ")");
        continue;
      }
      List<FactRow> own = cursor.factsOf(client.id());
      previous = client.id();
      previousLine = record.line();
      StatusCalculator.Result result = calculator.calculate(client, record.line(), own);
      for (StatusCalculator.Rejection rejection : result.rejected()) {
        rejections.reject(rejection.ofClient() ? clients : facts, rejection.line(), rejection.reason());
      }
      if (result.status() == null) {
        continue;
      }
      counts.clients++;
      write(output, out, result.status().fields(statusScheme));
      counts.transitions += result.transitions().size();
      if (changes != null) {
        for (Outcome change : result.transitions()) {
          StatusAssignment entry = change.toAssignment().orElseThrow();
          write(changes, history, client.id(), entry.since().toString(),
              entry.previous().map(Object::toString).orElse(""), entry.status().value(),
              change.rule().map(Object::toString).orElse(""), change.explanation());
        }
      }
    }
    cursor.rejectRest();
  }

  private static void write(CsvWriter writer, Path target, String... fields) throws WriteFailure {
    try {
      writer.write(fields);
    } catch (IOException e) {
      throw new WriteFailure(target, e);
    }
  }

  /** Sorts the rows of a file by client, reporting malformed ones on the way. */
  private SortedRecords sort(CsvReader reader, Path file, Columns columns, String key, Path sortDir,
      Rejections rejections, Runnable counted) throws CommandFiles.FileProblem {
    try {
      return SortedRecords.sort(reader, record -> columns.get(record, key), record -> {
        if (blank(record)) {
          return false;
        }
        counted.run();
        if (record.error() != null) {
          rejections.reject(file, record.line(), record.error());
          return false;
        }
        return true;
      }, sortBudget, sortDir);
    } catch (IOException e) {
      throw new CommandFiles.FileProblem("cannot read " + file + ": " + CommandFiles.reason(e));
    }
  }

  private static boolean blank(CsvReader.CsvRecord record) {
    return record.error() == null && record.fields().size() == 1 && record.fields().get(0).isBlank();
  }

  private Columns header(CsvReader reader, Path file, List<String> required, List<String> optional)
      throws CommandFiles.FileProblem {
    CsvReader.CsvRecord header;
    try {
      header = reader.next();
    } catch (IOException e) {
      throw new CommandFiles.FileProblem("cannot read " + file + ": " + CommandFiles.reason(e));
    }
    if (header == null) {
      throw new CommandFiles.FileProblem(file + " is empty: it needs a header row ("
          + String.join(",", required) + ")");
    }
    if (header.error() != null) {
      throw new CommandFiles.FileProblem(file + ":" + header.line() + ": the header row is not CSV: "
          + header.error());
    }
    try {
      return Columns.of(header.fields(), required, optional);
    } catch (IllegalArgumentException e) {
      throw new CommandFiles.FileProblem(file + ":" + header.line() + ": " + e.getMessage());
    }
  }

  /** An output that could not be written. */
  private static final class WriteFailure extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient Path target;
    private final IOException io;

    WriteFailure(Path target, IOException io) {
      super(null, io, false, false);
      this.target = target;
      this.io = io;
    }
  }

  /** What was read and written. */
  static final class Counts {
    long clientRows;
    long factRows;
    long clients;
    long transitions;
  }

  /**
   * The order in which a client's facts are given to the calculator: by content, so that the
   * outputs do not depend on the order of the file's rows (payment and shipment numbers in the
   * explanations follow it; of two interests with one id, the first in it counts).
   */
  private static final Comparator<FactRow> CANONICAL = Comparator.comparing(FactRow::type)
      .thenComparing(FactRow::date)
      .thenComparing(FactRow::amount, Comparator.nullsFirst(Comparator.naturalOrder()))
      .thenComparing(FactRow::currency, Comparator.nullsFirst(Comparator.naturalOrder()))
      .thenComparing(FactRow::interestId, Comparator.nullsFirst(Comparator.naturalOrder()))
      .thenComparing(FactRow::closed, Comparator.nullsFirst(Comparator.naturalOrder()))
      .thenComparing(FactRow::outcome, Comparator.nullsFirst(Comparator.naturalOrder()))
      .thenComparingLong(FactRow::line);

  /** Walks the sorted facts alongside the sorted clients. */
  private final class FactCursor {
    private final SortedRecords rows;
    private final Columns columns;
    private final Rejections rejections;
    private FactRow next;

    FactCursor(SortedRecords rows, Columns columns, Rejections rejections) {
      this.rows = rows;
      this.columns = columns;
      this.rejections = rejections;
    }

    /** The next usable fact row, or null at the end; bad rows are reported on the way. */
    private FactRow peek() {
      while (next == null && rows.hasNext()) {
        CsvReader.CsvRecord record = rows.next().record();
        try {
          next = FactRow.parse(record, columns, currency, warning -> rejections.warn(facts, record.line(), warning));
        } catch (RowException e) {
          rejections.reject(facts, record.line(), e.getMessage());
        }
      }
      return next;
    }

    /** Returns the facts of a client, rejecting those of clients before it that had no row. */
    List<FactRow> factsOf(String client) {
      List<FactRow> own = new ArrayList<>();
      FactRow row;
      while ((row = peek()) != null) {
        int order = row.client().compareTo(client);
        if (order > 0) {
          break;
        }
        next = null;
        if (order < 0) {
          orphan(row);
        } else {
          own.add(row);
        }
      }
      own.sort(CANONICAL);
      return own;
    }

    void rejectRest() {
      FactRow row;
      while ((row = peek()) != null) {
        next = null;
        orphan(row);
      }
    }

    private void orphan(FactRow row) {
      rejections.reject(facts, row.line(), "client " + Excerpt.quote(row.client()) + " has no usable row in "
          + clients);
    }
  }

  /** Reports rejected rows and warnings: the first ones on the console, every rejected row in the optional file. */
  private static final class Rejections {
    private final PrintWriter console;
    private final int printed;
    private CsvWriter file;
    private Path filePath;
    private IOException failure;
    private long count;
    private long warnings;

    Rejections(PrintWriter console, int printed) {
      this.console = console;
      this.printed = printed;
    }

    /** Writes every rejected row to a file, from now on. */
    void writeTo(CsvWriter writer, Path path) throws WriteFailure {
      file = writer;
      filePath = path;
      write("file", "line", "reason");
    }

    void reject(Path source, long line, String reason) {
      count++;
      String bounded = Excerpt.line(reason);
      if (count <= printed) {
        console.println(Excerpt.line(source + ":" + line + ": " + bounded));
      } else if (count == printed + 1L) {
        console.println("... more rejected rows are counted but not printed (--rejected FILE lists them all)");
      }
      if (file != null && failure == null) {
        try {
          file.write(source.toString(), Long.toString(line), bounded);
        } catch (IOException e) {
          failure = e;
        }
      }
    }

    void warn(Path source, long line, String warning) {
      warnings++;
      if (warnings <= printed) {
        console.println(Excerpt.line(source + ":" + line + ": warning: " + warning));
      } else if (warnings == printed + 1L) {
        console.println("... more warnings are counted but not printed");
      }
    }

    private void write(String... fields) throws WriteFailure {
      try {
        file.write(fields);
      } catch (IOException e) {
        throw new WriteFailure(filePath, e);
      }
    }

    /** Fails if a rejected row could not be written. */
    void check() throws WriteFailure {
      if (failure != null) {
        throw new WriteFailure(filePath, failure);
      }
    }

    long count() {
      return count;
    }

    long warnings() {
      return warnings;
    }
  }
}
