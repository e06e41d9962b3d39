package org.clientbase.examples.demo;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs a demo command against the PostgreSQL server named by {@code CLIENTBASE_PG_URL} (the test
 * is skipped without one, unless {@code clientbase.postgres} is {@code required}).
 */
final class DemoServer {
  /** The line of server settings both speed commands print. */
  static final String SERVER_LINE = "server: PostgreSQL [\\d.]+.*: shared_buffers \\S+, huge_pages \\w+,"
      + " random_page_cost [\\d.]+, fsync \\w+";
  /** The line of JVM settings both speed commands print. */
  static final String JVM_LINE =
      "jvm: Java \\S+: heap [\\d,]+ MB at start, [\\d,]+ MB at most, (not )?touched at start";

  private DemoServer() {}

  /** What a command printed and its exit code. */
  record Printed(int code, String text) {}

  /**
   * Runs a command with the server's URL, user and password, then the given arguments.
   *
   * @param command the command's name
   * @param arguments its other arguments
   * @return its exit code and what it printed
   */
  static Printed run(String command, String... arguments) {
    String url = setting("clientbase.pg.url", "CLIENTBASE_PG_URL").orElse(null);
    if (url == null) {
      if ("required".equals(System.getProperty("clientbase.postgres"))) {
        throw new AssertionError("no PostgreSQL server is configured: set CLIENTBASE_PG_URL");
      }
      assumeTrue(false, "no PostgreSQL server is configured: set CLIENTBASE_PG_URL");
    }
    List<String> all = new ArrayList<>(List.of(command, "--url", url,
        "--user", setting("clientbase.pg.user", "CLIENTBASE_PG_USER").orElse("postgres"),
        "--password", setting("clientbase.pg.password", "CLIENTBASE_PG_PASSWORD").orElse("")));
    all.addAll(List.of(arguments));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream original = System.out;
    int code;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      code = Main.run(all.toArray(String[]::new));
    } finally {
      System.setOut(original);
    }
    return new Printed(code, out.toString(StandardCharsets.UTF_8));
  }

  private static Optional<String> setting(String property, String variable) {
    String value = System.getProperty(property);
    return Optional.ofNullable(value != null ? value : System.getenv(variable)).filter(v -> !v.isBlank());
  }
}
