package org.clientbase.spi;

/**
 * Receives progress reports from long batch work, e.g. to draw a progress bar.
 *
 * <p>Called from the thread that runs the batch, after each batch of items; never concurrently.
 * An exception thrown here is caught and ignored by the library, so a broken progress bar
 * cannot stop the work.
 */
@FunctionalInterface
public interface ProgressListener {

  /**
   * Reports progress.
   *
   * @param progress how far the work has come
   */
  void onProgress(Progress progress);

  /**
   * Returns a listener that ignores every report.
   *
   * @return the silent listener
   */
  static ProgressListener none() {
    return progress -> {};
  }
}
