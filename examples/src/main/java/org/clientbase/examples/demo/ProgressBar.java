package org.clientbase.examples.demo;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Objects;
import org.clientbase.spi.Progress;
import org.clientbase.spi.ProgressListener;

/**
 * A progress bar in the terminal for the library's batch work: one line redrawn in place, with
 * the share done, the counts, the failures and the time so far. When the output is not a
 * terminal (a file, a pipe, a CI log) it prints a line at every tenth instead.
 */
public final class ProgressBar implements ProgressListener {
  private static final int WIDTH = 30;

  private final PrintStream out;
  private final String label;
  private final boolean terminal;
  private final long started;
  private long lastDraw;
  private int lastTenth = -1;
  private boolean drawn;

  /**
   * Creates a bar.
   *
   * @param out where to draw it
   * @param label what it measures, shown before the bar
   * @param terminal whether {@code out} is a terminal that understands a carriage return
   * @param started when the work started, as {@link System#nanoTime()}
   */
  public ProgressBar(PrintStream out, String label, boolean terminal, long started) {
    this.out = Objects.requireNonNull(out, "out");
    this.label = Objects.requireNonNull(label, "label");
    this.terminal = terminal;
    this.started = started;
  }

  @Override
  public synchronized void onProgress(Progress progress) {
    long now = System.nanoTime();
    long total = progress.total().orElse(0);
    double share = total > 0 ? Math.min(1.0, (double) progress.done() / total) : 0;
    if (terminal) {
      if (now - lastDraw < 100_000_000L && progress.done() < total) {
        return; // at most ten redraws a second
      }
      lastDraw = now;
      out.print("\r" + line(progress, share, now) + "   ");
      out.flush();
      drawn = true;
    } else {
      int tenth = (int) (share * 10);
      if (tenth > lastTenth) {
        lastTenth = tenth;
        out.println(line(progress, share, now));
      }
    }
  }

  /** Ends the bar's line. */
  public synchronized void finish() {
    if (terminal && drawn) {
      out.println();
    }
  }

  private String line(Progress progress, double share, long now) {
    int filled = (int) Math.round(share * WIDTH);
    StringBuilder bar = new StringBuilder(label).append(" [");
    for (int i = 0; i < WIDTH; i++) {
      bar.append(i < filled ? '#' : '.');
    }
    bar.append(String.format(Locale.ROOT, "] %3d%% %,d", Math.round(share * 100), progress.done()));
    progress.total().ifPresent(t -> bar.append(String.format(Locale.ROOT, "/%,d", t)));
    if (progress.failed() > 0) {
      bar.append(String.format(Locale.ROOT, ", %,d failed", progress.failed()));
    }
    bar.append(String.format(Locale.ROOT, "  %.1f s", (now - started) / 1e9));
    return bar.toString();
  }
}
