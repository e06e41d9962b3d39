package org.clientbase.rules.status.internal;

import org.clientbase.rules.status.ClientActivity;

/**
 * Finds, past the end of a replay, the day a client's status next changes if its facts stay as
 * they are: the client's due day. It steps on from the day replay would evaluate next, in the
 * same way as replay (only the days on which a rule's result can change), and stops at the first
 * move. So a nightly run reads a client on the day its status moves, rather than on every day a
 * window gains or loses a fact.
 *
 * <p>The search is bounded: after {@link #MAX_EVALUATIONS} evaluations without a move (a host
 * rule that depends on the date is evaluated on every day) it gives the next day it would
 * evaluate, on which the status could change. Either day is safe: the status cannot change
 * before it without a new fact, and a new fact makes the client due at once.
 */
public final class NextMove {
  /** The most days evaluated past the end of a replay. */
  public static final int MAX_EVALUATIONS = 32;

  private NextMove() {}

  /**
   * Returns the first day from {@code firstDay} on which the status changes if no fact
   * changes, or an earlier day on which it may change when that is too far off.
   *
   * @param engine the compiled scheme
   * @param activity the client's facts; facts dated after the replay count on their days
   * @param index their index
   * @param status the status index after the replay, or {@link Engine#NO_STATUS}
   * @param firstDay the first day after the replay worth evaluating ({@link Engine.Run#nextDay})
   * @return the epoch day, or {@link Window#NEVER} when no rule can move the client
   */
  public static long day(Engine engine, ClientActivity activity, int[] index, int status, long firstDay) {
    ActivityCursor cursor = new ActivityCursor(index);
    long day = firstDay;
    for (int evaluations = 0; day < Window.NEVER && evaluations < MAX_EVALUATIONS; evaluations++) {
      CompiledRule[] rules = engine.candidates(status);
      if (rules.length == 0) {
        return Window.NEVER; // nothing is ever checked for this status: it stays
      }
      CompiledRule winner = null;
      long next = Window.NEVER;
      for (CompiledRule rule : rules) {
        long quiet = rule.quietUntil(cursor, activity, day);
        if (quiet == CompiledRule.HOLDS) {
          winner = rule;
          break;
        }
        next = Math.min(next, quiet);
      }
      if (winner != null && winner.target() != status) {
        return day;
      }
      if (winner != null) {
        next = Window.NEVER;
        for (CompiledRule rule : rules) {
          next = Math.min(next, rule.nextChange(cursor, day));
        }
      }
      day = next;
    }
    return day;
  }
}
