package org.clientbase.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.clientbase.core.status.TemplateKey;
import org.clientbase.rules.status.StatusScheme;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class StatusesCommandTest {
  private static GeneratedExports base;

  @TempDir
  Path dir;

  @BeforeAll
  static void generate() {
    base = GeneratedExports.generate(7, 300);
  }

  private record Run(int exitCode, String err) {}

  private static Run run(String... args) {
    StatusesCommand command = new StatusesCommand();
    StringWriter err = new StringWriter();
    command.err = new PrintWriter(err, true);
    CommandLine line = new CommandLine(command);
    line.registerConverter(LocalDate.class, LocalDate::parse);
    line.setErr(new PrintWriter(err, true));
    int code = line.execute(args);
    return new Run(code, err.toString());
  }

  private static Map<String, ClientStatus> read(Path out) throws IOException {
    Map<String, ClientStatus> statuses = new TreeMap<>();
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertThat(lines.get(0)).isEqualTo("client_id,status,status_name,since");
    for (String line : lines.subList(1, lines.size())) {
      List<String> fields = CsvReader.parseLine(line).fields();
      statuses.put(fields.get(0), new ClientStatus(fields.get(0),
          fields.get(1).isEmpty() ? null : fields.get(1),
          fields.get(3).isEmpty() ? null : LocalDate.parse(fields.get(3))));
    }
    return statuses;
  }

  private Run statuses(Path clients, Path facts, String... more) {
    List<String> args = new ArrayList<>(List.of("--clients", clients.toString(), "--facts", facts.toString(),
        "--as-of", GeneratedExports.AS_OF.toString(), "--out", dir.resolve("out.csv").toString()));
    args.addAll(List.of(more));
    return run(args.toArray(new String[0]));
  }

  @Test
  void statusesFromTheExportsEqualTheLibrarysBatchOnTheSameBase() throws IOException {
    Path[] files = base.write(dir);

    Run run = statuses(files[0], files[1], "--history", dir.resolve("history.csv").toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    Map<String, ClientStatus> computed = read(dir.resolve("out.csv"));
    assertThat(computed).isEqualTo(base.batch(StatusScheme.defaults()));
    assertThat(computed.values()).extracting(ClientStatus::status).contains("new", "in-progress", "active", "lost");
    List<String> history = Files.readAllLines(dir.resolve("history.csv"), StandardCharsets.UTF_8);
    assertThat(history.get(0)).isEqualTo("client_id,date,from,to,rule,explanation");
    assertThat(history).hasSizeGreaterThan(computed.size());
    assertThat(run.err()).contains("300 clients and ", "0 rows rejected", "statuses written");
  }

  @Test
  void badRowsAreReportedWithFileLineAndReasonWhileTheOtherRowsAreProcessed() throws IOException {
    List<String> clients = new ArrayList<>(base.clientLines().subList(0, 21));
    List<String> facts = new ArrayList<>();
    facts.add(base.factLines().get(0));
    String firstClient = CsvReader.parseLine(clients.get(1)).field(0);
    String lastClient = CsvReader.parseLine(clients.get(20)).field(0);
    for (String line : base.factLines().subList(1, base.factLines().size())) {
      String client = CsvReader.parseLine(line).field(0);
      if (client.compareTo(lastClient) <= 0) {
        facts.add(line);
      }
    }
    clients.add(3, clients.get(2));                                             // line 4: given twice
    clients.add("zz-bad,Ромашка,COMPANY,2026-01-01");                            // line 23: bad kind
    facts.add(2, firstClient + ",REFUND,2026-01-01,100.00,,,");                  // line 3: bad type
    facts.add(3, firstClient + ",PAYMENT,2026-02-30,100.00,,,");                 // line 4: bad date
    facts.add(4, firstClient + ",PAYMENT,2026-02-03,много,,,");                  // line 5: a warning
    facts.add(5, firstClient + ",INTEREST,2026-02-03,,i-x,2026-01-03,WON");      // line 6: closed before opened
    facts.add("zz-unknown,PAYMENT,2026-02-03,100.00,,,");                        // client without a row
    facts.add(firstClient + ",PAYMENT,2026-02-03,100.00,,,");                    // out of order: fine
    Path clientFile = Files.write(dir.resolve("clients.csv"), clients, StandardCharsets.UTF_8);
    Path factFile = Files.write(dir.resolve("facts.csv"), facts, StandardCharsets.UTF_8);

    Run run = statuses(clientFile, factFile, "--rejected", dir.resolve("rejected.csv").toString());

    assertThat(run.exitCode()).isEqualTo(StatusesCommand.REJECTED_ROWS);
    assertThat(run.err()).contains(
        clientFile + ":4: client \"" + CsvReader.parseLine(clients.get(2)).field(0) + "\" is given twice (first on line 3)",
        clientFile + ":23: kind \"COMPANY\" is not one of LEGAL_ENTITY, SOLE_PROPRIETOR, INDIVIDUAL",
        factFile + ":3: type \"REFUND\" is not one of PAYMENT, SHIPMENT, INTEREST",
        factFile + ":4: date \"2026-02-30\" is not a date written yyyy-mm-dd",
        factFile + ":5: warning: amount \"много\" is not a decimal number like 1500.00 or 1500.00 USD; the"
            + " payment counts without its amount",
        factFile + ":6: closed 2026-01-03 is before the interest's opening date 2026-02-03",
        factFile + ":" + (facts.size() - 1) + ": client \"zz-unknown\" has no usable row in " + clientFile,
        "6 rows rejected, 1 warnings");
    assertThat(run.err()).doesNotContain("comes after", "sorted");
    assertThat(read(dir.resolve("out.csv"))).hasSize(20);
    assertThat(Files.readAllLines(dir.resolve("rejected.csv"), StandardCharsets.UTF_8)).hasSize(1 + 6)
        .first().isEqualTo("file,line,reason");
  }

  @Test
  void aSchemeFileChangesPeriodsPreconditionsAndManualStatusesLikeTheLibrarysBuilder() throws IOException {
    Path[] files = base.write(dir);
    Path scheme = Files.writeString(dir.resolve("scheme.json"), """
        {
          "statuses": [
            {"id": "lost", "period": 90},
            {"id": "returned", "manual": true},
            {"id": "vip", "name": "VIP", "colour": "#FFD600"}
          ],
          "preconditions": {"ACTIVE": ["new"]}
        }
        """);
    StatusScheme expected = StatusScheme.defaults().toBuilder()
        .bind(TemplateKey.LOST, StatusScheme.LOST, 90)
        .manual(StatusScheme.RETURNED)
        .addStatus(org.clientbase.core.id.StatusId.of("vip"), "VIP")
        .widenPrecondition(TemplateKey.ACTIVE, StatusScheme.NEW)
        .build();

    Run run = statuses(files[0], files[1], "--scheme", scheme.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    Map<String, ClientStatus> computed = read(dir.resolve("out.csv"));
    assertThat(computed).isEqualTo(base.batch(expected)).isNotEqualTo(base.batch(StatusScheme.defaults()));
    assertThat(computed.values()).extracting(ClientStatus::status).doesNotContain("returned");
  }

  @Test
  void anInvalidSchemeFileStopsTheCommandWithEveryProblem() throws IOException {
    Path[] files = base.write(dir);
    Path scheme = Files.writeString(dir.resolve("scheme.json"), """
        {"statuses": [{"id": "foreign", "period": 30}, {"id": "lost", "colour": "red"}], "preconditoins": {}}
        """);

    Run run = statuses(files[0], files[1], "--scheme", scheme.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains(scheme + ": 3 problems",
        "preconditoins: unknown key",
        "statuses[0] (foreign): \"period\" 30 needs an automatic status",
        "statuses[1] (lost).colour: Colour red: must be six hexadecimal digits");
    assertThat(dir.resolve("out.csv")).doesNotExist();
  }

  @Test
  void aHeaderWithoutARequiredColumnStopsTheCommand() throws IOException {
    Path clients = Files.writeString(dir.resolve("clients.csv"), "id,name,created\nc-1,Ромашка,2026-01-01\n");
    Path facts = Files.writeString(dir.resolve("facts.csv"), String.join(",", FactRow.COLUMNS) + "\n");

    Run run = statuses(clients, facts);

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains(clients + ":1: column \"kind\" is missing");
  }

  @Test
  void columnsMayComeInAnyOrderAndAmountsMayNameTheirCurrency() throws IOException {
    Path clients = Files.writeString(dir.resolve("clients.csv"),
        "created,kind,id,name,region\n2026-01-10,LEGAL_ENTITY,c-1,\"ООО «Ромашка», Москва\",77\n");
    Path facts = Files.writeString(dir.resolve("facts.csv"),
        "type,client_id,date,amount\nPAYMENT,c-1,2026-03-01,1500.00 USD\n");

    Run run = run("--clients", clients.toString(), "--facts", facts.toString(), "--as-of", "2026-03-10",
        "--out", dir.resolve("out.csv").toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    // a payment without an interest does not move a New client under the seed's scheme
    assertThat(read(dir.resolve("out.csv"))).containsEntry("c-1",
        new ClientStatus("c-1", "new", LocalDate.of(2026, 1, 10)));
  }
}
