package org.clientbase.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The {@code nightly-speed} command on the PostgreSQL server named by {@code CLIENTBASE_PG_URL}
 * (skipped without one, unless {@code clientbase.postgres} is {@code required}).
 */
class NightlySpeedCommandTest {

  @Test
  void nightlyRunsEndWhereFullRecalculationsEnd() {
    String url = setting("clientbase.pg.url", "CLIENTBASE_PG_URL").orElse(null);
    if (url == null) {
      if ("required".equals(System.getProperty("clientbase.postgres"))) {
        throw new AssertionError("no PostgreSQL server is configured: set CLIENTBASE_PG_URL");
      }
      assumeTrue(false, "no PostgreSQL server is configured: set CLIENTBASE_PG_URL");
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream original = System.out;
    int code;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      code = Main.run("nightly-speed", "--url", url,
          "--user", setting("clientbase.pg.user", "CLIENTBASE_PG_USER").orElse("postgres"),
          "--password", setting("clientbase.pg.password", "CLIENTBASE_PG_PASSWORD").orElse(""),
          "--clients", "400", "--nights", "3", "--warm-up", "1", "--changed", "10", "--batch", "50");
    } finally {
      System.setOut(original);
    }
    String printed = out.toString(StandardCharsets.UTF_8);

    assertThat(code).as(printed).isZero();
    assertThat(printed)
        .containsPattern("2026-12-04: \\d+ new payments; nightly [\\d,]+ ms \\([\\d,]+ clients read")
        .containsPattern("full [\\d,]+ ms \\(400 clients read")
        .containsPattern("mean of 3 nights after 1 of warm-up: nightly [\\d,]+ ms, full [\\d,]+ ms")
        .contains("0 only in the nightly copy, 0 only in the full copy; 0 duplicates")
        .contains("the nightly runs ended in the state of the full recalculations")
        .containsPattern("server: PostgreSQL [\\d.]+.*: shared_buffers \\S+, huge_pages \\w+, random_page_cost [\\d.]+, fsync \\w+");
  }

  @Test
  void refusesANightCountBelowOne() {
    assertThat(Main.run("nightly-speed", "--url", "jdbc:postgresql://127.0.0.1:1/none", "--user", "u",
        "--nights", "0")).isEqualTo(2);
  }

  private static Optional<String> setting(String property, String variable) {
    String value = System.getProperty(property);
    return Optional.ofNullable(value != null ? value : System.getenv(variable)).filter(v -> !v.isBlank());
  }
}
