package org.clientbase.examples.demo;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.clientbase.core.activity.Interest;
import org.clientbase.core.activity.Payment;
import org.clientbase.core.activity.Shipment;
import org.clientbase.examples.cli.ClientRow;
import org.clientbase.examples.cli.CsvWriter;
import org.clientbase.examples.cli.FactRow;
import org.clientbase.testkit.generators.ClientHistory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code generate-csv}: writes a generated base as the two CSV exports the {@code statuses}
 * command reads, both sorted by client id: {@code clients.csv} and {@code facts.csv}.
 */
@Command(
    name = "generate-csv",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = "Writes clients.csv and facts.csv of a generated base, sorted by client id, for the"
        + " statuses command.")
public final class GenerateCsvCommand implements Callable<Integer> {
  @Option(names = "--dir", required = true, paramLabel = "DIR", description = "Where to write the files.")
  Path dir;

  @Option(names = "--facts", defaultValue = "1000000", paramLabel = "N",
      description = "Generate clients until there are at least this many fact rows (default: ${DEFAULT-VALUE}).")
  long facts;

  @Option(names = "--seed", defaultValue = "20261130", paramLabel = "SEED", description = "The seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--today", defaultValue = "2026-11-30", paramLabel = "DATE",
      description = "The last day of the histories (default: ${DEFAULT-VALUE}).")
  LocalDate today;

  @Option(names = "--years", defaultValue = "2", paramLabel = "N", description = "Years of history (default: ${DEFAULT-VALUE}).")
  int years;

  PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);

  @Override
  public Integer call() throws IOException {
    long started = System.nanoTime();
    BaseGenerator generator = new BaseGenerator(seed, today.minusYears(years).plusDays(1), today, 0);
    Map<String, Rows> byClient = new TreeMap<>();
    Set<String> ids = new HashSet<>();
    long factRows = 0;
    int next = 0;
    while (factRows < facts) {
      int from = next;
      next += 2000;
      List<ClientHistory> chunk = IntStream.range(from, next).parallel().mapToObj(generator::client).toList();
      for (ClientHistory history : chunk) {
        if (factRows >= facts || !ids.add(history.clientId().value())) {
          continue;
        }
        Rows rows = rows(history);
        byClient.put(history.clientId().value(), rows);
        factRows += rows.facts.size();
      }
    }
    Files.createDirectories(dir);
    Path clients = dir.resolve("clients.csv");
    Path factFile = dir.resolve("facts.csv");
    try (CsvWriter clientOut = writer(clients); BufferedWriter factOut = Files.newBufferedWriter(factFile)) {
      clientOut.write(ClientRow.COLUMNS.toArray(new String[0]));
      factOut.write(String.join(",", FactRow.COLUMNS));
      factOut.write('\n');
      for (Rows rows : byClient.values()) {
        clientOut.write(rows.client);
        for (String line : rows.facts) {
          factOut.write(line);
          factOut.write('\n');
        }
      }
    }
    out.printf(Locale.ROOT, "generate-csv: %,d clients in %s, %,d facts in %s (%.1f s)%n",
        byClient.size(), clients, factRows, factFile, (System.nanoTime() - started) / 1e9);
    return 0;
  }

  private record Rows(String[] client, List<String> facts) {}

  private static Rows rows(ClientHistory history) {
    List<String> facts = new ArrayList<>();
    for (Interest interest : history.interests()) {
      facts.add(CsvWriter.line(FactRow.of(interest).fields("RUB")));
    }
    for (Payment payment : history.payments()) {
      facts.add(CsvWriter.line(FactRow.of(payment).fields("RUB")));
    }
    for (Shipment shipment : history.shipments()) {
      facts.add(CsvWriter.line(FactRow.of(shipment).fields("RUB")));
    }
    return new Rows(ClientRow.of(history.client()).fields(), facts);
  }

  private static CsvWriter writer(Path file) throws IOException {
    return new CsvWriter(new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8)));
  }
}
