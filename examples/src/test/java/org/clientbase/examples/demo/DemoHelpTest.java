package org.clientbase.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The demo's help names every command of the jar. */
class DemoHelpTest {

  @Test
  void helpListsTheOtherCommands() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream original = System.out;
    int code;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      code = Main.run("--help");
    } finally {
      System.setOut(original);
    }
    String help = out.toString(StandardCharsets.UTF_8);

    assertThat(code).isZero();
    assertThat(help).contains("Usage: demo").contains("--clients");
    assertThat(help).containsPattern("(?m)^  statuses +every client's work status on a date")
        .containsPattern("(?m)^  generate-csv +CSV exports of a generated client base")
        .containsPattern("(?m)^  status-speed +")
        .containsPattern("(?m)^  nightly-speed +the nightly status run");
  }
}
