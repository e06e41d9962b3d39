package org.clientbase.examples.report;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's headless Chromium, for tests that look at a page as a browser draws it. Where the
 * system property {@code clientbase.chromium} is {@code required} (as in the full test command,
 * {@code .ci/test}), a missing browser fails the test; otherwise the test is skipped.
 */
final class Chromium {
  private static final long TIMEOUT_SECONDS = 120;

  private final Path executable;

  private Chromium(Path executable) {
    this.executable = executable;
  }

  /** Finds the browser, or skips or fails the calling test. */
  static Chromium find() {
    List<String> candidates = new ArrayList<>();
    String configured = System.getenv("CLIENTBASE_CHROMIUM");
    if (configured != null && !configured.isBlank()) {
      candidates.add(configured);
    }
    candidates.add("/usr/bin/chromium");
    candidates.add("/usr/bin/chromium-browser");
    for (String candidate : candidates) {
      Path path = Path.of(candidate);
      if (Files.isExecutable(path)) {
        return new Chromium(path);
      }
    }
    String message = "Chromium is not installed (looked for " + candidates + "); install Debian's chromium"
        + " package, e.g. with .ci/chromium.sh install";
    if ("required".equals(System.getProperty("clientbase.chromium"))) {
      fail(message + " (-Dclientbase.chromium=required)");
    }
    Assumptions.abort(message);
    return null;
  }

  /** Draws a page and saves the picture. */
  void screenshot(Path page, Path png, int width, int height, Path profile) throws IOException {
    run(profile, "--screenshot=" + png, "--window-size=" + width + "," + height, page.toUri().toString());
    if (!Files.isRegularFile(png) || Files.size(png) == 0) {
      fail("Chromium wrote no screenshot to " + png);
    }
  }

  /** Returns the page's DOM as the browser built it. */
  String dumpDom(Path page, Path profile) throws IOException {
    return run(profile, "--dump-dom", page.toUri().toString());
  }

  private String run(Path profile, String... arguments) throws IOException {
    List<String> command = new ArrayList<>(List.of(executable.toString(), "--headless", "--no-sandbox",
        "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-extensions", "--hide-scrollbars",
        "--force-device-scale-factor=1", "--user-data-dir=" + profile));
    command.addAll(List.of(arguments));
    Path out = Files.createTempFile(profile.getParent(), "chromium", ".out");
    Path err = Files.createTempFile(profile.getParent(), "chromium", ".err");
    Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    try {
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        fail("Chromium did not finish in " + TIMEOUT_SECONDS + " s: " + command);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
      fail("interrupted while Chromium ran");
    }
    if (process.exitValue() != 0) {
      fail("Chromium exited with " + process.exitValue() + ": " + command + "\n"
          + Files.readString(err, StandardCharsets.UTF_8));
    }
    return Files.readString(out, StandardCharsets.UTF_8);
  }
}
