package org.clientbase.examples.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
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
 * <p>Both files are read as streams, merged by client id: each must be sorted by client id (as
 * {@code LC_ALL=C sort} sorts), so memory holds one client's facts at a time whatever the size
 * of the files. A row that cannot be used (a bad value, a missing column value, an unknown
 * client, a row out of order) is reported with its file, line and reason, and the other rows
 * are still processed.
 *
 * <p>Exit codes: 0 when every row was used; 3 when some rows were rejected (the output is
 * written from the others); 1 when the command could not run (a file cannot be read, a header
 * lacks a column, the scheme file is invalid); 2 for wrong options.
 */
@Command(
    name = "statuses",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Computes the work status of every client on a date from CSV exports of the clients and their"
          + " facts (payments, shipments, interests), as if the status job had run every day since"
          + " each client was created.",
      "Both files must be sorted by client id (LC_ALL=C sort); memory stays flat for any size."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every row was used",
      "1:the command could not run (a file, a header or the scheme file is wrong)",
      "2:wrong options",
      "3:some rows were rejected; the output holds the others"
    })
public final class StatusesCommand implements Callable<Integer> {
  /** The exit code when some rows were rejected. */
  public static final int REJECTED_ROWS = 3;

  @Option(names = "--clients", required = true, paramLabel = "FILE",
      description = "Clients: id,name,kind,created (kind LEGAL_ENTITY, SOLE_PROPRIETOR or INDIVIDUAL;"
          + " created yyyy-mm-dd), sorted by id.")
  Path clients;

  @Option(names = "--facts", required = true, paramLabel = "FILE",
      description = "Facts: client_id,type,date,amount,interest_id,closed,outcome (type PAYMENT,"
          + " SHIPMENT or INTEREST; outcome WON or LOST), sorted by client_id.")
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
      description = "How many rejected rows to print (default: ${DEFAULT-VALUE}); all are counted.")
  int maxErrors;

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
    line.registerConverter(LocalDate.class, LocalDate::parse);
    return line;
  }

  @Override
  public Integer call() throws IOException {
    long started = System.nanoTime();
    try {
      Currency.getInstance(currency);
    } catch (IllegalArgumentException e) {
      err.println("statuses: --currency " + currency + " is not an ISO 4217 currency code");
      return 2;
    }
    StatusScheme statusScheme;
    try {
      statusScheme = scheme == null ? StatusScheme.defaults() : SchemeFile.read(scheme);
    } catch (SchemeFile.SchemeFileException e) {
      err.println("statuses: " + e.getMessage());
      return 1;
    } catch (NoSuchFileException e) {
      err.println("statuses: the scheme file " + scheme + " does not exist");
      return 1;
    }
    StatusCalculator calculator = new StatusCalculator(statusScheme, asOf);
    Rejections rejections = new Rejections(err, maxErrors, rejected);
    Counts counts = new Counts();
    try (CsvReader clientReader = open(clients);
        CsvReader factReader = open(facts);
        CsvWriter output = create(out);
        CsvWriter changes = history == null ? null : create(history);
        rejections) {
      Columns clientColumns = header(clientReader, clients, ClientRow.COLUMNS, List.of());
      Columns factColumns = header(factReader, facts, FactRow.REQUIRED, FactRow.OPTIONAL);
      if (clientColumns == null || factColumns == null) {
        return 1;
      }
      output.write(ClientStatus.COLUMNS.toArray(new String[0]));
      if (changes != null) {
        changes.write("client_id", "date", "from", "to", "rule", "explanation");
      }
      FactCursor cursor = new FactCursor(factReader, factColumns, facts.toString(), rejections, counts);
      String previous = null;
      long previousLine = 0;
      CsvReader.CsvRecord record;
      while ((record = clientReader.next()) != null) {
        if (blank(record)) {
          continue;
        }
        counts.clientRows++;
        if (record.error() != null) {
          rejections.reject(clients, record.line(), record.error());
          continue;
        }
        ClientRow client;
        try {
          client = ClientRow.parse(record, clientColumns);
        } catch (RowException e) {
          rejections.reject(clients, record.line(), e.getMessage());
          continue;
        }
        if (previous != null) {
          int order = client.id().compareTo(previous);
          if (order == 0) {
            rejections.reject(clients, record.line(),
                "client " + client.id() + " is given twice (first on line " + previousLine + ")");
            continue;
          }
          if (order < 0) {
            rejections.reject(clients, record.line(), "client " + client.id() + " comes after "
                + previous + ": the file must be sorted by id (LC_ALL=C sort)");
            continue;
          }
        }
        previous = client.id();
        previousLine = record.line();
        List<FactRow> own = cursor.factsOf(client.id());
        StatusCalculator.Result result = calculator.calculate(client, record.line(), own);
        for (StatusCalculator.Rejection rejection : result.rejected()) {
          rejections.reject(rejection.ofClient() ? clients : facts, rejection.line(), rejection.reason());
        }
        if (result.status() == null) {
          continue;
        }
        counts.clients++;
        output.write(result.status().fields(statusScheme));
        counts.transitions += result.transitions().size();
        if (changes != null) {
          for (Outcome change : result.transitions()) {
            StatusAssignment entry = change.toAssignment().orElseThrow();
            changes.write(client.id(), entry.since().toString(),
                entry.previous().map(Object::toString).orElse(""), entry.status().value(),
                change.rule().map(Object::toString).orElse(""), change.explanation());
          }
        }
      }
      cursor.rejectRest();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    long rows = counts.clientRows + counts.factRows;
    err.printf(Locale.ROOT, "statuses: %d clients and %d facts read, %d rows rejected; %d statuses"
            + " written to %s (%d changes); %.1f s, %.0f rows/s%n",
        counts.clientRows, counts.factRows, rejections.count(), counts.clients, out,
        counts.transitions, seconds, rows / Math.max(seconds, 1e-9));
    return rejections.count() == 0 ? 0 : REJECTED_ROWS;
  }

  private static boolean blank(CsvReader.CsvRecord record) {
    return record.error() == null && record.fields().size() == 1 && record.fields().get(0).isBlank();
  }

  private Columns header(CsvReader reader, Path file, List<String> required, List<String> optional)
      throws IOException {
    CsvReader.CsvRecord header = reader.next();
    if (header == null) {
      err.println("statuses: " + file + " is empty: it needs a header row ("
          + String.join(",", required) + ")");
      return null;
    }
    try {
      return Columns.of(header.fields(), required, optional);
    } catch (IllegalArgumentException e) {
      err.println("statuses: " + file + ":" + header.line() + ": " + e.getMessage());
      return null;
    }
  }

  private static CsvReader open(Path file) throws IOException {
    return new CsvReader(new BufferedReader(
        new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8), 1 << 16));
  }

  private static CsvWriter create(Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    return new CsvWriter(new BufferedWriter(
        new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16));
  }

  /** What was read and written. */
  static final class Counts {
    long clientRows;
    long factRows;
    long clients;
    long transitions;
  }

  /** Walks the sorted facts file alongside the clients file. */
  private final class FactCursor {
    private final CsvReader reader;
    private final Columns columns;
    private final String file;
    private final Rejections rejections;
    private final Counts counts;
    private FactRow next;
    private String lastClient;
    private boolean done;

    FactCursor(CsvReader reader, Columns columns, String file, Rejections rejections, Counts counts) {
      this.reader = reader;
      this.columns = columns;
      this.file = file;
      this.rejections = rejections;
      this.counts = counts;
    }

    /** The next usable fact row, or null at the end; bad rows are reported on the way. */
    private FactRow peek() throws IOException {
      while (next == null && !done) {
        CsvReader.CsvRecord record = reader.next();
        if (record == null) {
          done = true;
          break;
        }
        if (blank(record)) {
          continue;
        }
        counts.factRows++;
        if (record.error() != null) {
          rejections.reject(facts, record.line(), record.error());
          continue;
        }
        FactRow row;
        try {
          row = FactRow.parse(record, columns, currency);
        } catch (RowException e) {
          rejections.reject(facts, record.line(), e.getMessage());
          continue;
        }
        if (lastClient != null && row.client().compareTo(lastClient) < 0) {
          rejections.reject(facts, record.line(), "client " + row.client() + " comes after "
              + lastClient + ": the file must be sorted by client_id (LC_ALL=C sort)");
          continue;
        }
        lastClient = row.client();
        next = row;
      }
      return next;
    }

    /** Returns the facts of a client, rejecting those of clients before it that had no row. */
    List<FactRow> factsOf(String client) throws IOException {
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
      return own;
    }

    void rejectRest() throws IOException {
      FactRow row;
      while ((row = peek()) != null) {
        next = null;
        orphan(row);
      }
    }

    private void orphan(FactRow row) {
      rejections.reject(facts, row.line(), "client " + row.client() + " has no usable row in " + clients);
    }

    @Override
    public String toString() {
      return "facts of " + file;
    }
  }

  /** Reports rejected rows: the first ones on the console, all of them in the optional file. */
  private static final class Rejections implements Closeable {
    private final PrintWriter console;
    private final int printed;
    private final CsvWriter file;
    private long count;

    Rejections(PrintWriter console, int printed, Path path) throws IOException {
      this.console = console;
      this.printed = printed;
      this.file = path == null ? null : create(path);
      if (file != null) {
        file.write("file", "line", "reason");
      }
    }

    void reject(Path source, long line, String reason) {
      count++;
      if (count <= printed) {
        console.println(source + ":" + line + ": " + reason);
      } else if (count == printed + 1L) {
        console.println("... more rejected rows are counted but not printed"
            + (file == null ? " (--rejected FILE lists them all)" : ""));
      }
      if (file != null) {
        try {
          file.write(source.toString(), Long.toString(line), reason);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }

    long count() {
      return count;
    }

    @Override
    public void close() throws IOException {
      if (file != null) {
        file.close();
      }
    }
  }
}
