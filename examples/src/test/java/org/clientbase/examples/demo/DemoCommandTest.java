package org.clientbase.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.clientbase.examples.cli.StatusesCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {
  @TempDir
  Path dir;

  private String demo(Path folder) {
    return demo(folder, 2);
  }

  private String demo(Path folder, int threads) {
    DemoCommand command = new DemoCommand();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    command.out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    command.terminal = false;
    int code = Main.command(command).execute("--clients", "150", "--leads", "40", "--threads",
        Integer.toString(threads), "--db", folder.resolve("crm").toString(),
        "--report", folder.resolve("report.html").toString());
    String output = bytes.toString(StandardCharsets.UTF_8);
    assertThat(code).as(output).isZero();
    return output;
  }

  @Test
  void theDemoRecalculatesSwitchesLeadsOffPrintsTheTablesAndWritesTheReport() throws IOException {
    String output = demo(dir);

    assertThat(output).contains(
        "1. Generating the base: 150 clients",
        "status recalculation [##############################] 100%",
        "0 failed",
        "Switch leads off? 40 leads not linked to a client will be converted into clients. [y/N] y",
        "SWITCHED_OFF: 40 leads converted into clients, 0 skipped, 0 failed",
        "the leads directory is closed now",
        "4. Work statuses on 2026-11-30",
        "Новый", "Активный", "Потерянный",
        "Status dynamics of the last week",
        "(new client) -> Новый",
        "Why this client has its status",
        "Today: Client ",
        "5. Report written to " + dir.resolve("report.html"));
    assertThat(dir.resolve("crm.mv.db")).exists();
    String html = Files.readString(dir.resolve("report.html"), StandardCharsets.UTF_8);
    assertThat(html).contains("<svg class=\"chart\"", "<path class=\"area\" data-status=\"active\"",
        "<table class=\"matrix\">", "Today: Client ");
  }

  @Test
  void theSameSeedMakesTheSameBaseAndTheSameStatuses() throws IOException {
    Path other = Files.createDirectories(dir.resolve("again"));
    String first = demo(dir, 1);
    String second = demo(other);

    assertThat(tables(second)).isEqualTo(tables(first));
    assertThat(tables(first)).contains("All clients");
  }

  private static String tables(String output) {
    return output.substring(output.indexOf("4. Work statuses"), output.indexOf("5. Report written"));
  }

  @Test
  void theGeneratedCsvExportsAreWhatTheCommandLineReads() throws IOException {
    int generated = Main.command(new GenerateCsvCommand()).execute(
        "--dir", dir.toString(), "--facts", "3000", "--years", "1");

    int computed = StatusesCommand.run("--clients", dir.resolve("clients.csv").toString(),
        "--facts", dir.resolve("facts.csv").toString(), "--as-of", "2026-11-30",
        "--out", dir.resolve("statuses.csv").toString());

    assertThat(generated).isZero();
    assertThat(computed).isZero();
    long clients = Files.lines(dir.resolve("clients.csv")).count();
    assertThat(Files.lines(dir.resolve("statuses.csv")).count()).isEqualTo(clients);
    assertThat(Files.lines(dir.resolve("facts.csv")).count()).isGreaterThan(3000);
  }
}
