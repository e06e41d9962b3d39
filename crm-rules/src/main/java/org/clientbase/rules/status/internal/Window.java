package org.clientbase.rules.status.internal;

/**
 * The one place that knows the look-back window of the status rules.
 *
 * <p>For an evaluation day {@code D} and a period of {@code P} days the window holds the days
 * {@code d} with {@code D - P < d <= D}. Days are epoch days ({@link java.time.LocalDate#toEpochDay()}).
 *
 * <p>Every membership test is also written the other way round, as the half-open range of
 * evaluation days {@code [enters, leaves)} for which a fact is in the window. The evaluator uses
 * the first form, replay the second; {@code WindowTest} checks they agree.
 */
public final class Window {
  /** Closing day used for an interest that is still open: far beyond any real date. */
  public static final long NEVER = Long.MAX_VALUE / 4;

  private Window() {}

  /**
   * Returns the first day of the window.
   *
   * @param day the evaluation day D
   * @param period the period P
   * @return D - P + 1
   */
  public static long firstDay(long day, int period) {
    return day - period + 1;
  }

  /**
   * Tells whether a dated fact is in the window.
   *
   * @param factDay the fact's day
   * @param day the evaluation day D
   * @param period the period P
   * @return {@code true} when D - P &lt; factDay &lt;= D
   */
  public static boolean contains(long factDay, long day, int period) {
    return factDay <= day && factDay > day - period;
  }

  /**
   * Tells whether an interest was open on at least one day of the window. An interest is open
   * from its opening day up to and including its closing day; a closing after D is not yet
   * known on D, and the formula needs no special case for it.
   *
   * @param openDay the opening day
   * @param closeDay the closing day, or {@link #NEVER}
   * @param day the evaluation day D
   * @param period the period P
   * @return {@code true} when the interest was open on a day of the window
   */
  public static boolean openDuring(long openDay, long closeDay, long day, int period) {
    return openDay <= day && closeDay > day - period;
  }

  /**
   * Returns the first evaluation day whose window holds a fact of the given day.
   *
   * @param factDay the fact's day
   * @return the fact's day
   */
  public static long enters(long factDay) {
    return factDay;
  }

  /**
   * Returns the first evaluation day whose window no longer holds a fact of the given day.
   *
   * @param factDay the fact's day (or an interest's closing day)
   * @param period the period P
   * @return factDay + P
   */
  public static long leaves(long factDay, int period) {
    return factDay == NEVER ? NEVER : factDay + period;
  }
}
