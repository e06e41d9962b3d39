package org.clientbase.examples.beam;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.io.TextIO;
import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.options.Validation;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.transforms.join.CoGroupByKey;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.clientbase.examples.cli.ClientRow;
import org.clientbase.examples.cli.ClientStatus;
import org.clientbase.examples.cli.CsvReader;
import org.clientbase.examples.cli.CsvWriter;
import org.clientbase.examples.cli.FactRow;
import org.clientbase.examples.cli.RowException;
import org.clientbase.examples.cli.Rows;
import org.clientbase.examples.cli.SchemeFile;
import org.clientbase.examples.cli.StatusCalculator;
import org.clientbase.rules.status.StatusScheme;

/**
 * The status computation of the {@code statuses} command as an Apache Beam pipeline, for a base
 * larger than one machine: it reads the clients and facts CSV files, groups the facts by client
 * and computes each client's status on a date with the library's exact replay
 * ({@link StatusCalculator}, the same code as the command line), on any Beam runner.
 *
 * <pre>
 * java -cp clientbase-demo.jar:lib/* org.clientbase.examples.beam.StatusPipeline \
 *     --clients=clients*.csv --facts=facts*.csv --asOf=2026-11-30 --output=out/statuses \
 *     [--scheme=scheme.json] [--runner=DirectRunner|FlinkRunner|SparkRunner|DataflowRunner ...]
 * </pre>
 *
 * <p>The files have the command line's layouts with the columns in the documented order and one
 * row per line (no line breaks inside quoted fields); header rows are recognised and skipped, so
 * the files need not be sorted and may be split into any number of shards. Rows that cannot be
 * used are written, with the reason, to {@code <output>-rejected*.txt}.
 */
public final class StatusPipeline {
  /** The statuses computed. */
  static final TupleTag<ClientStatus> STATUSES = new TupleTag<>() {};
  /** The rows that could not be used, each with the reason. */
  static final TupleTag<String> REJECTED = new TupleTag<>() {};
  // rows travel between the steps as their CSV lines, keyed by client id: plain strings are far
  // cheaper to encode than Java-serialized objects, and parsing a line again costs little
  private static final TupleTag<KV<String, String>> CLIENTS = new TupleTag<>() {};
  private static final TupleTag<KV<String, String>> FACTS = new TupleTag<>() {};
  private static final TupleTag<String> CLIENT_ROWS = new TupleTag<>() {};
  private static final TupleTag<String> FACT_ROWS = new TupleTag<>() {};

  private StatusPipeline() {}

  /** The pipeline's options, besides the runner's own. */
  public interface Options extends PipelineOptions {
    /**
     * Returns the clients file pattern.
     *
     * @return the pattern, e.g. {@code gs://bucket/clients-*.csv}
     */
    @Description("Clients CSV files (id,name,kind,created); a file pattern the runner can read")
    @Validation.Required
    String getClients();

    /**
     * Sets the clients file pattern.
     *
     * @param pattern the pattern
     */
    void setClients(String pattern);

    /**
     * Returns the facts file pattern.
     *
     * @return the pattern
     */
    @Description("Facts CSV files (client_id,type,date,amount,interest_id,closed,outcome)")
    @Validation.Required
    String getFacts();

    /**
     * Sets the facts file pattern.
     *
     * @param pattern the pattern
     */
    void setFacts(String pattern);

    /**
     * Returns the evaluation date.
     *
     * @return the date, yyyy-mm-dd
     */
    @Description("The date whose statuses are computed, yyyy-mm-dd")
    @Validation.Required
    String getAsOf();

    /**
     * Sets the evaluation date.
     *
     * @param date the date, yyyy-mm-dd
     */
    void setAsOf(String date);

    /**
     * Returns the scheme file, read where the pipeline is launched.
     *
     * @return the path, or {@code null} for the default scheme
     */
    @Description("A JSON scheme file (as for the statuses command), read where the pipeline is launched")
    String getScheme();

    /**
     * Sets the scheme file.
     *
     * @param path the path
     */
    void setScheme(String path);

    /**
     * Returns the output prefix.
     *
     * @return the prefix
     */
    @Description("Output prefix: <output>-*.csv gets client_id,status,status_name,since; <output>-rejected-*.txt the rejected rows")
    @Validation.Required
    String getOutput();

    /**
     * Sets the output prefix.
     *
     * @param prefix the prefix
     */
    void setOutput(String prefix);

    /**
     * Returns the currency of amounts written without one.
     *
     * @return the ISO 4217 code
     */
    @Description("The currency of amounts written without a code")
    @Default.String("RUB")
    String getCurrency();

    /**
     * Sets the currency of amounts written without one.
     *
     * @param code the ISO 4217 code
     */
    void setCurrency(String code);

    /**
     * Returns how many files each output is written to.
     *
     * @return the number of files, 0 to let the runner choose
     */
    @Description("How many files each output is written to; 0 lets the runner choose (the direct runner"
        + " then writes one, as it would otherwise write a file per client)")
    @Default.Integer(0)
    int getShards();

    /**
     * Sets how many files each output is written to.
     *
     * @param shards the number of files, 0 to let the runner choose
     */
    void setShards(int shards);
  }

  /**
   * Runs the pipeline on the runner the options name (the direct runner by default) and waits
   * for it.
   *
   * @param args the options, {@code --name=value}
   * @throws IOException if the scheme file cannot be read
   */
  public static void main(String[] args) throws IOException {
    Options options = PipelineOptionsFactory.fromArgs(args).withValidation().as(Options.class);
    Pipeline pipeline = Pipeline.create(options);
    String scheme = options.getScheme() == null
        ? null : Files.readString(Path.of(options.getScheme()), StandardCharsets.UTF_8);
    Settings settings = new Settings(scheme, LocalDate.parse(options.getAsOf()), options.getCurrency());
    PCollectionTuple result = computeStatuses(
        pipeline.apply("Read clients", TextIO.read().from(options.getClients())),
        pipeline.apply("Read facts", TextIO.read().from(options.getFacts())),
        settings);
    // the direct runner hands the grouped clients on one by one, and a runner-chosen sharding would
    // write a file for each: there, one file
    int shards = options.getShards() > 0 || !options.getRunner().getSimpleName().equals("DirectRunner")
        ? options.getShards() : 1;
    result.get(STATUSES)
        .apply("Format", ParDo.of(new Format(settings)))
        .apply("Write statuses", TextIO.write().to(options.getOutput()).withSuffix(".csv")
            .withHeader(String.join(",", ClientStatus.COLUMNS)).withNumShards(shards));
    result.get(REJECTED)
        .apply("Write rejected", TextIO.write().to(options.getOutput() + "-rejected").withSuffix(".txt")
            .withNumShards(shards));
    pipeline.run().waitUntilFinish();
  }

  /**
   * What the computation needs besides the data; serializable, so that it travels to the
   * workers.
   *
   * @param schemeJson the scheme file's text, or {@code null} for the default scheme
   * @param asOf the evaluation date
   * @param currency the currency of amounts written without one
   */
  public record Settings(String schemeJson, LocalDate asOf, String currency) implements java.io.Serializable {
    /**
     * Checks the parts; an invalid scheme fails here, where the pipeline is built.
     *
     * @param schemeJson the scheme, or {@code null}
     * @param asOf the date
     * @param currency the currency
     */
    public Settings {
      Objects.requireNonNull(asOf, "asOf");
      Objects.requireNonNull(currency, "currency");
      scheme(schemeJson);
    }

    StatusScheme scheme() {
      return scheme(schemeJson);
    }

    private static StatusScheme scheme(String json) {
      return json == null ? StatusScheme.defaults() : SchemeFile.parse(json, "scheme");
    }
  }

  /**
   * Adds the computation to a pipeline: parse both inputs, group the facts by client, compute
   * each client's status.
   *
   * @param clientLines the lines of the clients files (header lines are skipped)
   * @param factLines the lines of the facts files (header lines are skipped)
   * @param settings the scheme, date and currency
   * @return {@link #STATUSES} and {@link #REJECTED}
   */
  public static PCollectionTuple computeStatuses(
      PCollection<String> clientLines, PCollection<String> factLines, Settings settings) {
    PCollectionTuple clients = clientLines.apply("Parse clients",
        ParDo.of(new ParseClients()).withOutputTags(CLIENTS, TupleTagList.of(REJECTED)));
    PCollectionTuple facts = factLines.apply("Parse facts",
        ParDo.of(new ParseFacts(settings.currency())).withOutputTags(FACTS, TupleTagList.of(REJECTED)));
    PCollection<KV<String, String>> keyedClients = clients.get(CLIENTS)
        .setCoder(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of()));
    PCollection<KV<String, String>> keyedFacts = facts.get(FACTS)
        .setCoder(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of()));
    PCollectionTuple computed = KeyedPCollectionTuple.of(CLIENT_ROWS, keyedClients).and(FACT_ROWS, keyedFacts)
        .apply("Group by client", CoGroupByKey.create())
        .apply("Compute statuses",
            ParDo.of(new Compute(settings)).withOutputTags(STATUSES, TupleTagList.of(REJECTED)));
    PCollection<ClientStatus> statuses = computed.get(STATUSES).setCoder(SerializableCoder.of(ClientStatus.class));
    PCollection<String> rejected = org.apache.beam.sdk.values.PCollectionList
        .of(clients.get(REJECTED).setCoder(StringUtf8Coder.of()))
        .and(facts.get(REJECTED).setCoder(StringUtf8Coder.of()))
        .and(computed.get(REJECTED).setCoder(StringUtf8Coder.of()))
        .apply("All rejected", org.apache.beam.sdk.transforms.Flatten.pCollections());
    return PCollectionTuple.of(STATUSES, statuses).and(REJECTED, rejected);
  }

  /** Parses client rows, keyed by client id. */
  static final class ParseClients extends DoFn<String, KV<String, String>> {
    private static final long serialVersionUID = 1L;

    @ProcessElement
    public void process(@Element String line, MultiOutputReceiver out) {
      CsvReader.CsvRecord record = CsvReader.parseLine(line);
      if (line.isBlank() || Rows.isHeader(record, ClientRow.COLUMNS)) {
        return;
      }
      try {
        ClientRow row = Rows.client(record);
        out.get(CLIENTS).output(KV.of(row.id(), line));
      } catch (RowException e) {
        out.get(REJECTED).output("clients: " + e.getMessage() + ": " + line);
      }
    }
  }

  /** Parses fact rows, keyed by client id. */
  static final class ParseFacts extends DoFn<String, KV<String, String>> {
    private static final long serialVersionUID = 1L;
    private final String currency;

    ParseFacts(String currency) {
      this.currency = currency;
    }

    @ProcessElement
    public void process(@Element String line, MultiOutputReceiver out) {
      CsvReader.CsvRecord record = CsvReader.parseLine(line);
      if (line.isBlank() || Rows.isHeader(record, FactRow.COLUMNS)) {
        return;
      }
      try {
        FactRow row = Rows.fact(record, currency);
        out.get(FACTS).output(KV.of(row.client(), line));
      } catch (RowException e) {
        out.get(REJECTED).output("facts: " + e.getMessage() + ": " + line);
      }
    }
  }

  /** Computes one client's status from its row and its facts. */
  static final class Compute extends DoFn<KV<String, CoGbkResult>, ClientStatus> {
    private static final long serialVersionUID = 1L;
    private final Settings settings;
    private transient StatusCalculator calculator;

    Compute(Settings settings) {
      this.settings = settings;
    }

    @Setup
    public void setup() {
      calculator = new StatusCalculator(settings.scheme(), settings.asOf());
    }

    @ProcessElement
    public void process(@Element KV<String, CoGbkResult> group, MultiOutputReceiver out) throws RowException {
      String client = group.getKey();
      List<String> rows = new ArrayList<>();
      group.getValue().getAll(CLIENT_ROWS).forEach(rows::add);
      List<FactRow> facts = new ArrayList<>();
      List<String> factLines = new ArrayList<>();
      for (String line : group.getValue().getAll(FACT_ROWS)) {
        facts.add(Rows.fact(CsvReader.parseLine(line), settings.currency())); // checked when parsed first
        factLines.add(line);
      }
      if (rows.isEmpty()) {
        for (String line : factLines) {
          out.get(REJECTED).output("facts: client " + client + " has no usable row in the clients files: " + line);
        }
        return;
      }
      // the same client given twice: the row that sorts first counts, whatever the order of arrival
      rows.sort(Comparator.naturalOrder());
      Iterator<String> others = rows.listIterator(1);
      while (others.hasNext()) {
        out.get(REJECTED).output("clients: client " + client + " is given twice: " + others.next());
      }
      ClientRow row = Rows.client(CsvReader.parseLine(rows.get(0)));
      StatusCalculator.Result result = calculator.calculate(row, 0, facts);
      for (StatusCalculator.Rejection rejection : result.rejected()) {
        out.get(REJECTED).output((rejection.ofClient() ? "clients: " : "facts: ") + rejection.reason());
      }
      if (result.status() != null) {
        out.get(STATUSES).output(result.status());
      }
    }
  }

  /** Writes a status as a line of the output file. */
  static final class Format extends DoFn<ClientStatus, String> {
    private static final long serialVersionUID = 1L;
    private final Settings settings;
    private transient StatusScheme scheme;

    Format(Settings settings) {
      this.settings = settings;
    }

    @Setup
    public void setup() {
      scheme = settings.scheme();
    }

    @ProcessElement
    public void process(@Element ClientStatus status, OutputReceiver<String> out) {
      out.output(CsvWriter.line(status.fields(scheme)));
    }
  }
}
