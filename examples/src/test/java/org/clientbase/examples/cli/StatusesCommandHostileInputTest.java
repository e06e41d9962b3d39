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
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** The command line against hostile and careless input: nothing earlier is lost, every message is one bounded line. */
class StatusesCommandHostileInputTest {
  private static GeneratedExports base;

  @TempDir
  Path dir;

  @BeforeAll
  static void generate() {
    base = GeneratedExports.generate(11, 120);
  }

  record Run(int exitCode, String err) {
    List<String> lines() {
      return err.lines().toList();
    }
  }

  static Run run(long sortBudget, String... args) {
    StatusesCommand command = new StatusesCommand();
    StringWriter err = new StringWriter();
    command.err = new PrintWriter(err, true);
    if (sortBudget > 0) {
      command.sortBudget = sortBudget;
    }
    CommandLine line = new CommandLine(command);
    line.registerConverter(LocalDate.class, LocalDate::parse);
    line.setErr(new PrintWriter(err, true));
    int code = line.execute(args);
    return new Run(code, err.toString());
  }

  static Run run(String... args) {
    return run(0, args);
  }

  private String[] args(Path clients, Path facts, String... more) {
    List<String> args = new ArrayList<>(List.of("--clients", clients.toString(), "--facts", facts.toString(),
        "--as-of", GeneratedExports.AS_OF.toString(), "--out", dir.resolve("out.csv").toString(),
        "--history", dir.resolve("history.csv").toString()));
    args.addAll(List.of(more));
    return args.toArray(new String[0]);
  }

  /** Runs once on good files, so that out.csv and history.csv hold a complete earlier result. */
  private Path[] earlierRun() throws IOException {
    Path[] files = base.write(dir);
    Run good = run(args(files[0], files[1]));
    assertThat(good.exitCode()).as(good.err()).isZero();
    return files;
  }

  private static void assertOneBoundedLine(Run run) {
    assertThat(run.lines()).as(run.err()).hasSize(1);
    assertThat(run.err()).doesNotContain("Exception", "\tat ");
    assertThat(run.err().getBytes(StandardCharsets.UTF_8).length).isLessThan(1024);
  }

  @ParameterizedTest
  @ValueSource(strings = {"missing-column", "semicolons", "empty", "binary", "not-utf8", "directory"})
  void aRunThatCannotStartLeavesTheEarlierOutputsUntouched(String kind) throws IOException {
    Path[] files = earlierRun();
    byte[] out = Files.readAllBytes(dir.resolve("out.csv"));
    byte[] history = Files.readAllBytes(dir.resolve("history.csv"));
    Path clients = dir.resolve("bad-clients.csv");
    switch (kind) {
      case "missing-column" -> Files.writeString(clients, "id,name,created\nc-1,Ромашка,2026-01-01\n");
      case "semicolons" -> Files.writeString(clients, "id;name;kind;created\nc-1;Ромашка;INDIVIDUAL;2026-01-01\n");
      case "empty" -> Files.writeString(clients, "");
      case "binary" -> Files.write(clients, new byte[] {0x50, 0x4B, 0x03, 0x04, 0, 0, 0, 0, 0x14, 0, 0x0A});
      case "not-utf8" -> Files.write(clients, new byte[] {'i', 'd', ',', (byte) 0xFF, (byte) 0xFE, '\n'});
      default -> clients = dir;
    }

    Run run = run(args(clients, files[1]));

    assertThat(run.exitCode()).as(run.err()).isEqualTo(StatusesCommand.UNUSABLE_INPUT);
    assertOneBoundedLine(run);
    assertThat(run.err()).contains(clients.toString());
    assertThat(dir.resolve("out.csv")).hasBinaryContent(out);
    assertThat(dir.resolve("history.csv")).hasBinaryContent(history);
    try (Stream<Path> left = Files.list(dir)) {
      assertThat(left.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".tmp"));
    }
  }

  @Test
  void aSemicolonSeparatedFileIsNamedAsSuch() throws IOException {
    Path clients = Files.writeString(dir.resolve("clients.csv"), "id;name;kind;created\n");
    Path facts = Files.writeString(dir.resolve("facts.csv"), "client_id,type,date\n");

    Run run = run(args(clients, facts));

    assertThat(run.err()).contains("column \"id\" is missing", "separate columns with ';'",
        "the command reads commas");
  }

  @Test
  void anOutputThatIsAnInputIsRefusedBeforeAnythingIsOpened() throws IOException {
    Path[] files = base.write(dir);
    byte[] clients = Files.readAllBytes(files[0]);

    Run run = run("--clients", files[0].toString(), "--facts", files[1].toString(), "--as-of", "2026-11-30",
        "--out", dir.resolve(".").resolve("clients.csv").toString());

    assertThat(run.exitCode()).isEqualTo(StatusesCommand.WRONG_OPTIONS);
    assertOneBoundedLine(run);
    assertThat(run.err()).contains("--out", "is the same file as --clients");
    assertThat(files[0]).hasBinaryContent(clients);
  }

  @Test
  void anOutputLinkedToAnInputIsRefused() throws IOException {
    Path[] files = base.write(dir);
    byte[] facts = Files.readAllBytes(files[1]);
    Path link = Files.createSymbolicLink(dir.resolve("link.csv"), files[1]);

    Run run = run("--clients", files[0].toString(), "--facts", files[1].toString(), "--as-of", "2026-11-30",
        "--out", dir.resolve("out.csv").toString(), "--history", link.toString());

    assertThat(run.exitCode()).isEqualTo(StatusesCommand.WRONG_OPTIONS);
    assertThat(run.err()).contains("--history", "is the same file as --facts");
    assertThat(files[1]).hasBinaryContent(facts);
  }

  @Test
  void twoOutputsInOneFileAreRefused() throws IOException {
    Path[] files = base.write(dir);

    Run run = run("--clients", files[0].toString(), "--facts", files[1].toString(), "--as-of", "2026-11-30",
        "--out", dir.resolve("o.csv").toString(), "--history", dir.resolve("o.csv").toString());

    assertThat(run.exitCode()).isEqualTo(StatusesCommand.WRONG_OPTIONS);
    assertOneBoundedLine(run);
    assertThat(run.err()).contains("--history", "is the same file as --out");
    assertThat(dir.resolve("o.csv")).doesNotExist();
  }

  @Test
  void aMissingInputIsOneLineNamingIt() throws IOException {
    Path[] files = base.write(dir);

    Run run = run(args(dir.resolve("nowhere.csv"), files[1]));

    assertThat(run.exitCode()).isEqualTo(StatusesCommand.UNUSABLE_INPUT);
    assertOneBoundedLine(run);
    assertThat(run.err()).contains("--clients " + dir.resolve("nowhere.csv") + ": the file does not exist");
  }

  @Test
  void aMissingSchemeIsOneLineNamingIt() throws IOException {
    Path[] files = base.write(dir);

    Run run = run(args(files[0], files[1], "--scheme", dir.resolve("nowhere.json").toString()));

    assertThat(run.exitCode()).isEqualTo(StatusesCommand.UNUSABLE_INPUT);
    assertOneBoundedLine(run);
    assertThat(run.err()).contains("--scheme " + dir.resolve("nowhere.json"));
  }

  @Test
  void anOutputThatCannotBeCreatedIsOneLineNamingIt() throws IOException {
    Path[] files = base.write(dir);
    Path notADirectory = files[0];

    Run run = run("--clients", files[0].toString(), "--facts", files[1].toString(), "--as-of", "2026-11-30",
        "--out", notADirectory.resolve("out.csv").toString());

    assertThat(run.exitCode()).isEqualTo(StatusesCommand.UNUSABLE_INPUT);
    assertOneBoundedLine(run);
    assertThat(run.err()).contains("--out " + notADirectory.resolve("out.csv"), "is not a directory");
  }

  @Test
  void aHugeLineAndABinaryFileAreQuotedInBoundedExcerpts() throws IOException {
    Path[] files = earlierRun();
    List<String> facts = new ArrayList<>(Files.readAllLines(files[1], StandardCharsets.UTF_8));
    String client = CsvReader.parseLine(facts.get(1)).field(0);
    facts.add(client + ",PAYMENT,2026-01-01," + "9".repeat(5_000_000) + ",,,");
    facts.add(client + ",\u0000\u0001\u0002" + "\u0007".repeat(100_000) + ",2026-01-01,1.00,,,");
    facts.add(client + ",PAYMENT," + "x".repeat(2_000_000));
    Files.write(files[1], facts, StandardCharsets.UTF_8);

    Run run = run(args(files[0], files[1]));

    assertThat(run.exitCode()).as(run.err()).isEqualTo(StatusesCommand.REJECTED_ROWS);
    assertThat(run.err().length()).isLessThan(4000);
    assertThat(run.lines()).allSatisfy(line -> assertThat(line.length()).isLessThan(1024));
    assertThat(run.err()).contains(":" + (facts.size() - 2) + ": the record is longer than 1048576 characters",
        ":" + (facts.size() - 1) + ": the record holds a NUL character",
        ":" + facts.size() + ": the record is longer than 1048576 characters");
  }

  @Test
  void aSchemeNestedDeeplyIsRefusedInOneLineOfWords() throws IOException {
    Path[] files = base.write(dir);
    Path scheme = Files.writeString(dir.resolve("scheme.json"),
        "{\"statuses\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}");

    Run run = run(args(files[0], files[1], "--scheme", scheme.toString()));

    assertThat(run.exitCode()).isEqualTo(StatusesCommand.UNUSABLE_INPUT);
    assertThat(run.err()).contains("too large or too deeply nested", "at most " + SchemeFile.MAX_DEPTH + " levels")
        .doesNotContain("Exception");
    assertThat(run.err().length()).isLessThan(1024);
  }

  @Test
  void anUnknownStatusInTheSchemeListsTheStatusesThereAre() throws IOException {
    Path[] files = base.write(dir);
    Path scheme = Files.writeString(dir.resolve("scheme.json"), "{\"preconditions\": {\"ACTIVE\": [\"New\"]}}");

    Run run = run(args(files[0], files[1], "--scheme", scheme.toString()));

    assertThat(run.exitCode()).isEqualTo(StatusesCommand.UNUSABLE_INPUT);
    assertThat(run.err()).contains("preconditions.ACTIVE: status \"New\" is not in the scheme; its statuses are"
        + " new, in-progress, active, lost, returned, foreign, non-target, liquidated");
  }

  @Test
  void unsortedFilesGiveTheSameOutputsAsSortedOnesAlsoWhenTheSortSpills() throws IOException {
    Path[] files = base.write(dir);
    Run sorted = run(args(files[0], files[1]));
    assertThat(sorted.exitCode()).as(sorted.err()).isZero();
    byte[] out = Files.readAllBytes(dir.resolve("out.csv"));
    byte[] history = Files.readAllBytes(dir.resolve("history.csv"));
    Path clients = dir.resolve("shuffled-clients.csv");
    Path facts = dir.resolve("shuffled-facts.csv");
    Files.write(clients, shuffled(base.clientLines(), 1), StandardCharsets.UTF_8);
    Files.write(facts, shuffled(base.factLines(), 2), StandardCharsets.UTF_8);

    Run inMemory = run(args(clients, facts));
    assertThat(inMemory.exitCode()).as(inMemory.err()).isZero();
    assertThat(dir.resolve("out.csv")).hasBinaryContent(out);
    assertThat(dir.resolve("history.csv")).hasBinaryContent(history);

    Files.delete(dir.resolve("out.csv"));
    Run spilling = run(2_000, args(clients, facts));
    assertThat(spilling.exitCode()).as(spilling.err()).isZero();
    assertThat(dir.resolve("out.csv")).hasBinaryContent(out);
    assertThat(dir.resolve("history.csv")).hasBinaryContent(history);
    try (Stream<Path> left = Files.list(dir)) {
      assertThat(left.map(p -> p.getFileName().toString())).noneMatch(name -> name.startsWith("."));
    }
  }

  private static List<String> shuffled(List<String> lines, long seed) {
    List<String> rows = new ArrayList<>(lines.subList(1, lines.size()));
    Collections.shuffle(rows, new Random(seed));
    rows.add(0, lines.get(0));
    return rows;
  }

  @Test
  void anAmountWithFloatNoiseIsAWarningNamingTheColumnAndTheFactStillCounts() throws IOException {
    Path clients = Files.writeString(dir.resolve("clients.csv"), "id,name,kind,created\nc-1,Ромашка,LEGAL_ENTITY,2026-01-10\n");
    String facts = "client_id,type,date,amount,interest_id,closed,outcome\n"
        + "c-1,INTEREST,2026-02-01,,i-1,,\n"
        + "c-1,PAYMENT,2026-03-01,%s,,,\n";
    Path clean = Files.writeString(dir.resolve("clean.csv"), facts.formatted("13.20"));
    Path noisy = Files.writeString(dir.resolve("noisy.csv"), facts.formatted("13.200000000000001"));
    Path empty = Files.writeString(dir.resolve("empty.csv"), facts.formatted(""));

    Run expected = run("--clients", clients.toString(), "--facts", clean.toString(), "--as-of", "2026-03-10",
        "--out", dir.resolve("expected.csv").toString());
    Run withNoise = run("--clients", clients.toString(), "--facts", noisy.toString(), "--as-of", "2026-03-10",
        "--out", dir.resolve("noisy-out.csv").toString());
    Run withoutAmount = run("--clients", clients.toString(), "--facts", empty.toString(), "--as-of", "2026-03-10",
        "--out", dir.resolve("empty-out.csv").toString());

    assertThat(expected.exitCode()).as(expected.err()).isZero();
    assertThat(withNoise.exitCode()).as(withNoise.err()).isZero();
    assertThat(withoutAmount.exitCode()).as(withoutAmount.err()).isZero();
    assertThat(Files.readString(dir.resolve("expected.csv"))).contains("c-1,active,");
    assertThat(dir.resolve("noisy-out.csv")).hasSameTextualContentAs(dir.resolve("expected.csv"));
    assertThat(dir.resolve("empty-out.csv")).hasSameTextualContentAs(dir.resolve("expected.csv"));
    assertThat(withNoise.err()).contains(noisy + ":3: warning: amount \"13.200000000000001\" has more than 2"
        + " decimal places for RUB", "the payment counts without its amount", "0 rows rejected, 1 warnings");
    assertThat(withoutAmount.err()).contains(empty + ":3: warning: amount is empty", "1 warnings");
  }

  @Test
  void exitCodesAreDistinct() throws IOException {
    Path[] files = base.write(dir);
    assertThat(run(args(files[0], files[1])).exitCode()).isEqualTo(StatusesCommand.OK);
    Files.writeString(files[1], "x,PAYMENT,2026-01-01,1.00,,,\n", StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.APPEND);
    assertThat(run(args(files[0], files[1])).exitCode()).isEqualTo(StatusesCommand.REJECTED_ROWS);
    assertThat(run(args(files[0], dir)).exitCode()).isEqualTo(StatusesCommand.UNUSABLE_INPUT);
    assertThat(run(args(files[0], files[1], "--max-errors", "-1")).exitCode())
        .isEqualTo(StatusesCommand.WRONG_OPTIONS);
    assertThat(List.of(StatusesCommand.OK, StatusesCommand.REJECTED_ROWS, StatusesCommand.UNUSABLE_INPUT,
        StatusesCommand.WRONG_OPTIONS)).doesNotHaveDuplicates();
  }

  @Test
  void aKilledRunLeavesTheEarlierOutputUntouched() throws IOException, InterruptedException {
    earlierRun();
    byte[] out = Files.readAllBytes(dir.resolve("out.csv"));
    GeneratedExports large = GeneratedExports.generate(12, 3000);
    Path clients = Files.write(dir.resolve("large-clients.csv"), large.clientLines(), StandardCharsets.UTF_8);
    List<String> factLines = new ArrayList<>(large.factLines());
    for (int copy = 0; copy < 6; copy++) {
      factLines.addAll(large.factLines().subList(1, large.factLines().size()));
    }
    Path facts = Files.write(dir.resolve("large-facts.csv"), factLines, StandardCharsets.UTF_8);
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), StatusesCommand.class.getName(), "--sort-budget", "20000"));
    command.addAll(List.of(args(clients, facts)));
    Process process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(dir.resolve("killed.log").toFile()).start();
    try {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (!sortSpilled() && process.isAlive() && System.nanoTime() < deadline) {
        Thread.sleep(5);
      }
      assertThat(process.isAlive()).as("the run ended before it could be killed").isTrue();
    } finally {
      process.destroyForcibly();
      process.waitFor(30, TimeUnit.SECONDS);
    }

    assertThat(dir.resolve("out.csv")).hasBinaryContent(out);
  }

  private boolean sortSpilled() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.anyMatch(p -> p.getFileName().toString().startsWith(".statuses-sort-"));
    }
  }
}
