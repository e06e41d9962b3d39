package org.clientbase.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The {@code status-speed} command on the PostgreSQL server named by {@code CLIENTBASE_PG_URL}
 * (skipped without one, unless {@code clientbase.postgres} is {@code required}).
 */
class StatusSpeedCommandTest {

  @Test
  void everyRoundWritesTheSameHistoryOnceAndTheSameDayAgainWritesNothing() {
    DemoServer.Printed run = DemoServer.run("status-speed", "--clients", "300", "--batch", "40", "--rounds", "2");
    String printed = run.text();

    assertThat(run.code()).as(printed).isZero();
    Matcher first = Pattern.compile("round 1 \\(first in this JVM\\): 300 clients, 300 changed, ([\\d,]+) transitions,"
        + " 0 failed in [\\d.]+ s: [\\d,]+ clients/s").matcher(printed);
    assertThat(first.find()).as(printed).isTrue();
    String transitions = first.group(1);
    assertThat(printed)
        .containsPattern("round 2: 300 clients, 300 changed, " + transitions + " transitions, 0 failed")
        .containsPattern("same day again: 300 clients, 0 changed")
        .containsPattern("history: " + transitions + " entries, " + transitions + " distinct, 0 duplicates")
        .containsPattern(DemoServer.SERVER_LINE)
        .containsPattern(DemoServer.JVM_LINE);
  }

  @Test
  void refusesARoundCountBelowOne() {
    assertThat(Main.run("status-speed", "--url", "jdbc:postgresql://127.0.0.1:1/none", "--user", "u",
        "--rounds", "0")).isEqualTo(2);
  }
}
