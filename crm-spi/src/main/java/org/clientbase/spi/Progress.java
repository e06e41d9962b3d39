package org.clientbase.spi;

import java.util.OptionalLong;
import org.clientbase.core.InvalidValueException;

/**
 * How far a long piece of batch work has come.
 *
 * @param task what is being done, e.g. {@code "status recalculation"}
 * @param done how many items are finished (succeeded or failed)
 * @param failed how many of the finished items failed
 * @param total how many items there are, when known in advance
 */
public record Progress(String task, long done, long failed, OptionalLong total) {
  /**
   * Checks the counts.
   *
   * @param task what is being done
   * @param done how many items are finished
   * @param failed how many of them failed
   * @param total how many items there are, when known
   */
  public Progress {
    if (done < 0 || failed < 0 || failed > done) {
      throw new InvalidValueException("Progress", done + "/" + failed, "needs 0 <= failed <= done");
    }
    if (total.isPresent() && total.getAsLong() < done) {
      throw new InvalidValueException("Progress.total", total.getAsLong(), "is below done " + done);
    }
  }
}
