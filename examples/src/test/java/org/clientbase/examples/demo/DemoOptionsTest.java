package org.clientbase.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/** Every option of the demo is checked before anything is written, in one line. */
class DemoOptionsTest {
  @TempDir
  Path dir;

  private record Run(int exitCode, String out, String err) {}

  private Run demo(String... options) {
    DemoCommand command = new DemoCommand();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    command.out = new PrintStream(out, true, StandardCharsets.UTF_8);
    command.err = new PrintStream(err, true, StandardCharsets.UTF_8);
    command.terminal = false;
    Map<String, String> given = new LinkedHashMap<>(Map.of("--clients", "20", "--leads", "5", "--threads", "1",
        "--db", dir.resolve("crm").toString(), "--report", dir.resolve("report.html").toString()));
    for (int i = 0; i + 1 < options.length; i += 2) {
      given.put(options[i], options[i + 1]);
    }
    List<String> args = new ArrayList<>();
    given.forEach((option, value) -> args.addAll(List.of(option, value)));
    CommandLine line = Main.command(command);
    StringWriter usage = new StringWriter();
    line.setErr(new PrintWriter(usage, true));
    int code = line.execute(args.toArray(new String[0]));
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8) + usage);
  }

  private void assertRefusedBeforeTheRun(Run run, String... words) {
    assertThat(run.exitCode()).as(run.err()).isEqualTo(DemoCommand.WRONG_OPTIONS);
    assertThat(run.err().lines()).as(run.err()).hasSize(1);
    assertThat(run.err()).contains(words).doesNotContain("Exception", "\tat ");
    assertThat(run.out()).isEmpty();
    assertThat(dir.resolve("crm.mv.db")).doesNotExist();
    assertThat(dir.resolve("report.html")).doesNotExist();
  }

  @ParameterizedTest
  @CsvSource({
      "--leads, -1, must be between 0 and",
      "--clients, -5, must be between 0 and",
      "--years, 0, must be between 1 and",
      "--threads, 0, must be between 1 and",
      "--threads, -4, must be between 1 and",
      "--duplicates, 150, a percentage must be between 0 and 100",
      "--duplicates, -1, a percentage must be between 0 and 100",
      "--duplicates, NaN, a percentage must be between 0 and 100",
      "--threads, many, --help lists the options",
      "--today, 2026-02-30, --help lists the options"
  })
  void aBadNumberIsRefusedInOneLine(String option, String value, String reason) {
    Run run = demo(option, value);

    assertRefusedBeforeTheRun(run, option, reason);
  }

  @Test
  void aReportInADirectoryThatDoesNotExistIsRefusedBeforeTheRun() {
    Run run = demo("--report", dir.resolve("missing").resolve("report.html").toString());

    assertRefusedBeforeTheRun(run, "--report", "does not exist");
  }

  @Test
  void aReportThatIsADirectoryIsRefusedBeforeTheRun() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("folder"));

    Run run = demo("--report", folder.toString());

    assertRefusedBeforeTheRun(run, "--report", "is a directory");
  }

  @Test
  void aDatabaseInADirectoryThatDoesNotExistIsRefusedBeforeTheRun() {
    Run run = demo("--db", dir.resolve("missing").resolve("crm").toString());

    assertRefusedBeforeTheRun(run, "--db", "does not exist");
    assertThat(dir.resolve("missing")).doesNotExist();
  }

  @Test
  void aDatabasePathWithUrlSyntaxRunsNoSql() throws IOException {
    Path marker = dir.resolve("script-ran");
    Path script = Files.writeString(dir.resolve("x.sql"),
        "CREATE TABLE SCRIPT_RAN(X INT);\nCALL FILE_WRITE(X'72616E', '" + marker + "');\n");

    Run run = demo("--db", dir.resolve("d;INIT=RUNSCRIPT FROM '" + script + "'").toString());

    assertRefusedBeforeTheRun(run, "--db", "holds ';', which H2 reads as the start of settings");
    assertThat(marker).doesNotExist();
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("x.sql");
    }
  }
}
