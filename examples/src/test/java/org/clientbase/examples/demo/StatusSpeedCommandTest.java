package org.clientbase.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The {@code status-speed} command on the PostgreSQL server named by {@code CLIENTBASE_PG_URL}
 * (skipped without one, unless {@code clientbase.postgres} is {@code required}).
 */
class StatusSpeedCommandTest {

  @Test
  void everyRoundWritesTheSameHistoryOnceAndTheDayAfterNothing() {
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
      code = Main.run("status-speed", "--url", url,
          "--user", setting("clientbase.pg.user", "CLIENTBASE_PG_USER").orElse("postgres"),
          "--password", setting("clientbase.pg.password", "CLIENTBASE_PG_PASSWORD").orElse(""),
          "--clients", "300", "--batch", "40", "--rounds", "2");
    } finally {
      System.setOut(original);
    }
    String printed = out.toString(StandardCharsets.UTF_8);

    assertThat(code).as(printed).isZero();
    Matcher first = Pattern.compile("round 1 \\(first in this JVM\\): 300 clients, 300 changed, ([\\d,]+) transitions,"
        + " 0 failed in [\\d.]+ s: [\\d,]+ clients/s").matcher(printed);
    assertThat(first.find()).as(printed).isTrue();
    String transitions = first.group(1);
    assertThat(printed)
        .containsPattern("round 2: 300 clients, 300 changed, " + transitions + " transitions, 0 failed")
        .containsPattern("same day again: 300 clients, 0 changed")
        .containsPattern("history: " + transitions + " entries, " + transitions + " distinct, 0 duplicates")
        .containsPattern("server: PostgreSQL [\\d.]+.*: shared_buffers \\S+, huge_pages \\w+");
  }

  @Test
  void refusesARoundCountBelowOne() {
    assertThat(Main.run("status-speed", "--url", "jdbc:postgresql://127.0.0.1:1/none", "--user", "u",
        "--rounds", "0")).isEqualTo(2);
  }

  private static Optional<String> setting(String property, String variable) {
    String value = System.getProperty(property);
    return Optional.ofNullable(value != null ? value : System.getenv(variable)).filter(v -> !v.isBlank());
  }
}
