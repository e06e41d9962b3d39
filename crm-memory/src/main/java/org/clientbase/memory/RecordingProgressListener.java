package org.clientbase.memory;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.clientbase.spi.Progress;
import org.clientbase.spi.ProgressListener;

/**
 * A {@link ProgressListener} that records every report it receives, for assertions.
 * Thread-safe.
 *
 * <p>{@link #throwing()} gives one that records and then throws, to check that a broken
 * progress bar cannot stop the work.
 */
public final class RecordingProgressListener implements ProgressListener {
  private final List<Progress> reports = new ArrayList<>();
  private final boolean throwing;

  /** Creates a listener that records and returns normally. */
  public RecordingProgressListener() {
    this(false);
  }

  private RecordingProgressListener(boolean throwing) {
    this.throwing = throwing;
  }

  /**
   * Returns a listener that records each report and then throws {@link IllegalStateException}.
   *
   * @return the throwing listener
   */
  public static RecordingProgressListener throwing() {
    return new RecordingProgressListener(true);
  }

  /**
   * Records the report.
   *
   * @param progress the report
   * @throws IllegalStateException after recording, if this is a {@linkplain #throwing()
   *     throwing} listener
   */
  @Override
  public void onProgress(Progress progress) {
    Objects.requireNonNull(progress, "progress");
    synchronized (reports) {
      reports.add(progress);
    }
    if (throwing) {
      throw new IllegalStateException("listener failing on purpose at " + progress);
    }
  }

  /**
   * Returns the reports received so far.
   *
   * @return a copy, in the order received
   */
  public List<Progress> reports() {
    synchronized (reports) {
      return List.copyOf(reports);
    }
  }

  /**
   * Returns the last report received.
   *
   * @return the last report, or empty if none was received
   */
  public Optional<Progress> last() {
    synchronized (reports) {
      return reports.isEmpty() ? Optional.empty() : Optional.of(reports.get(reports.size() - 1));
    }
  }

  /** Forgets every report received so far. */
  public void clear() {
    synchronized (reports) {
      reports.clear();
    }
  }
}
