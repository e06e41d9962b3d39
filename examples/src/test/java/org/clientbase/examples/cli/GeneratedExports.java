package org.clientbase.examples.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.clientbase.core.status.StatusAssignment;
import org.clientbase.examples.demo.BaseGenerator;
import org.clientbase.rules.status.BatchResult;
import org.clientbase.rules.status.StatusScheme;
import org.clientbase.rules.status.StatusService;
import org.clientbase.spi.access.AccessPolicy;
import org.clientbase.testkit.generators.ClientHistory;
import org.clientbase.memory.InMemoryClientbase;

/**
 * A small generated base, as CSV exports and as the library's own batch result on the in-memory
 * host: what the command line and the Beam pipeline must agree with.
 */
public final class GeneratedExports {
  /** The evaluation date of the generated base. */
  public static final LocalDate AS_OF = LocalDate.of(2026, 11, 30);

  private final List<ClientHistory> clients;

  private GeneratedExports(List<ClientHistory> clients) {
    this.clients = List.copyOf(clients);
  }

  /**
   * Generates a base.
   *
   * @param seed the seed
   * @param size the number of distinct clients
   * @return the base
   */
  public static GeneratedExports generate(long seed, int size) {
    BaseGenerator generator = new BaseGenerator(seed, AS_OF.minusYears(1), AS_OF, 0);
    List<ClientHistory> clients = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (int i = 0; clients.size() < size; i++) {
      ClientHistory history = generator.client(i);
      if (ids.add(history.clientId().value())) {
        clients.add(history);
      }
    }
    return new GeneratedExports(clients);
  }

  /**
   * Returns the clients.
   *
   * @return the histories
   */
  public List<ClientHistory> clients() {
    return clients;
  }

  /**
   * Returns the lines of the clients file, header first, sorted by id.
   *
   * @return the lines
   */
  public List<String> clientLines() {
    List<String> lines = new ArrayList<>();
    lines.add(String.join(",", ClientRow.COLUMNS));
    for (ClientHistory history : sorted().values()) {
      lines.add(CsvWriter.line(ClientRow.of(history.client()).fields()));
    }
    return lines;
  }

  /**
   * Returns the lines of the facts file, header first, sorted by client id.
   *
   * @return the lines
   */
  public List<String> factLines() {
    List<String> lines = new ArrayList<>();
    lines.add(String.join(",", FactRow.COLUMNS));
    for (ClientHistory history : sorted().values()) {
      history.interests().forEach(i -> lines.add(CsvWriter.line(FactRow.of(i).fields("RUB"))));
      history.payments().forEach(p -> lines.add(CsvWriter.line(FactRow.of(p).fields("RUB"))));
      history.shipments().forEach(s -> lines.add(CsvWriter.line(FactRow.of(s).fields("RUB"))));
    }
    return lines;
  }

  private Map<String, ClientHistory> sorted() {
    Map<String, ClientHistory> sorted = new TreeMap<>();
    clients.forEach(h -> sorted.put(h.clientId().value(), h));
    return sorted;
  }

  /**
   * Writes the two files.
   *
   * @param dir the folder
   * @return the clients file and the facts file
   * @throws IOException if writing fails
   */
  public Path[] write(Path dir) throws IOException {
    Path clientFile = dir.resolve("clients.csv");
    Path factFile = dir.resolve("facts.csv");
    Files.write(clientFile, clientLines(), StandardCharsets.UTF_8);
    Files.write(factFile, factLines(), StandardCharsets.UTF_8);
    return new Path[] {clientFile, factFile};
  }

  /**
   * Runs the library's batch recalculation on an in-memory host holding the base, with the
   * clock on the evaluation date, and returns every client's status.
   *
   * @param scheme the scheme
   * @return the statuses, by client id
   */
  public Map<String, ClientStatus> batch(StatusScheme scheme) {
    InMemoryClientbase base = recalculated(scheme);
    Map<String, ClientStatus> statuses = new TreeMap<>();
    for (ClientHistory history : clients) {
      Optional<StatusAssignment> current = base.statusHistoryStore().history(history.clientId()).current();
      statuses.put(history.clientId().value(), new ClientStatus(history.clientId().value(),
          current.map(c -> c.status().value()).orElse(null), current.map(StatusAssignment::since).orElse(null)));
    }
    return statuses;
  }

  /**
   * Returns an in-memory host holding the base after the library's batch recalculation on the
   * evaluation date.
   *
   * @param scheme the scheme
   * @return the host, with every client's status history
   */
  public InMemoryClientbase recalculated(StatusScheme scheme) {
    InMemoryClientbase base = InMemoryClientbase.create();
    for (ClientHistory history : clients) {
      base.clientStore().insert(history.client());
      history.interests().forEach(base.interestStore()::insert);
      history.payments().forEach(base.paymentStore()::insert);
      history.shipments().forEach(base.shipmentStore()::insert);
    }
    ZoneId zone = ZoneId.of("Europe/Moscow");
    StatusService service = StatusService.builder()
        .clients(base.clientStore()).interests(base.interestStore()).payments(base.paymentStore())
        .shipments(base.shipmentStore()).history(base.statusHistoryStore()).unitOfWork(base.unitOfWork())
        .clock(Clock.fixed(AS_OF.atTime(12, 0).atZone(zone).toInstant(), zone))
        .scheme(scheme)
        .accessPolicy(AccessPolicy.allowAll())
        .build();
    BatchResult result = service.recalculateAll();
    if (result.failedClients() > 0) {
      throw new IllegalStateException("the batch failed for some clients: " + result.failures());
    }
    return base;
  }
}
