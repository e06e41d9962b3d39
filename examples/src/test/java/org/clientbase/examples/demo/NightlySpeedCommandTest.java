package org.clientbase.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The {@code nightly-speed} command on the PostgreSQL server named by {@code CLIENTBASE_PG_URL}
 * (skipped without one, unless {@code clientbase.postgres} is {@code required}).
 */
class NightlySpeedCommandTest {

  @Test
  void nightlyRunsEndWhereFullRecalculationsEnd() {
    DemoServer.Printed run = DemoServer.run("nightly-speed",
        "--clients", "400", "--nights", "3", "--warm-up", "1", "--changed", "10", "--batch", "50");
    String printed = run.text();

    assertThat(run.code()).as(printed).isZero();
    assertThat(printed)
        .containsPattern("2026-12-04: \\d+ new payments; nightly [\\d,]+ ms \\([\\d,]+ clients read")
        .containsPattern("full [\\d,]+ ms \\(400 clients read")
        .containsPattern("mean of 3 nights after 1 of warm-up: nightly [\\d,]+ ms, full [\\d,]+ ms")
        .contains("0 only in the nightly copy, 0 only in the full copy; 0 duplicates")
        .contains("the nightly runs ended in the state of the full recalculations")
        .containsPattern(DemoServer.SERVER_LINE)
        .containsPattern(DemoServer.JVM_LINE);
  }

  @Test
  void refusesANightCountBelowOne() {
    assertThat(Main.run("nightly-speed", "--url", "jdbc:postgresql://127.0.0.1:1/none", "--user", "u",
        "--nights", "0")).isEqualTo(2);
  }
}
