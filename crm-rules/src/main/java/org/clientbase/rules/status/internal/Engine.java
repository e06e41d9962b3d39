package org.clientbase.rules.status.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clientbase.core.id.StatusId;
import org.clientbase.core.status.WorkStatus;
import org.clientbase.rules.status.ClientActivity;
import org.clientbase.rules.status.StatusRule;
import org.clientbase.rules.status.StatusScheme;

/**
 * A status scheme compiled for evaluation: statuses as indices, and for each status the rules
 * whose precondition accepts it, in evaluation order. Immutable and safe to share.
 */
public final class Engine {
  /** The status index that stands for "no status yet". */
  public static final int NO_STATUS = -1;
  /** The most rules a scheme may have: replay keeps a rule's number in 20 bits. */
  public static final int MAX_RULES = 1 << 20;

  private final StatusId[] statuses;
  private final Optional<StatusId>[] present;
  private final Map<StatusId, Integer> indices = new HashMap<>();
  private final List<CompiledRule> all = new ArrayList<>();
  private final CompiledRule[] allRules;
  private final CompiledRule[][] candidates;
  private final CompiledRule[] forNoStatus;

  /**
   * Compiles a scheme.
   *
   * @param scheme the scheme
   */
  public Engine(StatusScheme scheme) {
    List<WorkStatus> list = scheme.statuses();
    statuses = new StatusId[list.size()];
    @SuppressWarnings({"unchecked", "rawtypes"})
    Optional<StatusId>[] wrapped = new Optional[statuses.length];
    for (int i = 0; i < statuses.length; i++) {
      statuses[i] = list.get(i).id();
      wrapped[i] = Optional.of(statuses[i]);
      indices.put(statuses[i], i);
    }
    present = wrapped;
    if (scheme.rules().size() > MAX_RULES) {
      throw new IllegalArgumentException("A scheme of " + scheme.rules().size()
          + " rules cannot be evaluated: the most is " + MAX_RULES);
    }
    for (StatusRule rule : scheme.rules()) {
      all.add(new CompiledRule(rule, indices.get(rule.status()), all.size()));
    }
    allRules = all.toArray(new CompiledRule[0]);
    candidates = new CompiledRule[statuses.length][];
    for (int i = 0; i < statuses.length; i++) {
      candidates[i] = compile(scheme.rulesFrom(statuses[i]));
    }
    forNoStatus = compile(scheme.rulesForNoStatus());
  }

  private CompiledRule[] compile(List<StatusRule> rules) {
    List<CompiledRule> compiled = new ArrayList<>();
    for (CompiledRule rule : all) {
      if (rules.contains(rule.rule())) {
        compiled.add(rule);
      }
    }
    return compiled.toArray(new CompiledRule[0]);
  }

  /**
   * Returns every rule of the scheme in the scheme's order.
   *
   * @return the rules
   */
  public List<CompiledRule> allRules() {
    return java.util.Collections.unmodifiableList(all);
  }

  /**
   * Returns the index of a status.
   *
   * @param status the status
   * @return its index, or {@code -2} when the scheme has no such status
   */
  public int indexOf(StatusId status) {
    // callers mostly pass the scheme's own id objects: try identity before hashing
    StatusId[] known = statuses;
    for (int i = 0; i < known.length && i < 16; i++) {
      if (known[i] == status) {
        return i;
      }
    }
    Integer index = indices.get(status);
    return index == null ? -2 : index;
  }

  /**
   * Returns the status of an index.
   *
   * @param index the index, not {@link #NO_STATUS}
   * @return the status
   */
  public StatusId status(int index) {
    return statuses[index];
  }

  /**
   * Returns the rules checked for a status, highest priority first.
   *
   * @param status the status index, or {@link #NO_STATUS}
   * @return the rules
   */
  /**
   * Returns a status as an {@code Optional}, one shared instance per status.
   *
   * @param index the status's index, or {@link #NO_STATUS}
   * @return the status, or empty for {@link #NO_STATUS}
   */
  public Optional<StatusId> present(int index) {
    return index == NO_STATUS ? Optional.empty() : present[index];
  }

  public CompiledRule[] candidates(int status) {
    return status == NO_STATUS ? forNoStatus : candidates[status];
  }

  /**
   * Returns the rule that wins on a day: the first in priority order whose conditions hold.
   *
   * @param activity the client's facts
   * @param index their index
   * @param status the current status index, or {@link #NO_STATUS}
   * @param day the evaluation day
   * @return the winning rule, or {@code null} if none holds
   */
  public CompiledRule winner(ClientActivity activity, int[] index, int status, long day) {
    return winner(activity, index, ActivityIndex.latestBuying(index), ActivityIndex.latestOpening(index),
        ActivityIndex.latestClosing(index), status, day);
  }

  /**
   * Returns the rule that wins on a day, given the index's summaries as the activity keeps them:
   * when no fact is dated after the day, the index itself is not read.
   *
   * @param activity the client's facts
   * @param index their index
   * @param latestBuying the index's latest buying day
   * @param latestOpening the index's latest interest opening day
   * @param latestClosing the index's latest interest closing day
   * @param status the current status index, or {@link #NO_STATUS}
   * @param day the evaluation day
   * @return the winning rule, or {@code null} if none holds
   */
  public CompiledRule winner(ClientActivity activity, int[] index, int latestBuying, int latestOpening,
      int latestClosing, int status, long day) {
    for (CompiledRule rule : candidates(status)) {
      if (rule.holds(activity, index, latestBuying, latestOpening, latestClosing, day)) {
        return rule;
      }
    }
    return null;
  }

  /**
   * What replay found: the transitions (day and rule of each) and the final status. It is also
   * the replay's cursor over the index, so that a replay makes one object where it would make
   * two: a batch replays millions of clients.
   */
  public static final class Run extends ActivityCursor {
    private static final int RULE_BITS = 20;
    private final CompiledRule[] all;
    // each transition in one long: its day above, the rule's number in the scheme below; the
    // first two in fields (most clients move a few times a year), the others in an array
    private long first;
    private long second;
    private long[] more;
    private int size;
    private int status;
    private int evaluations;
    private long nextDay;

    Run(int[] index, CompiledRule[] all) {
      super(index);
      this.all = all;
    }

    void add(long day, CompiledRule rule) {
      long step = day << RULE_BITS | rule.number();
      if (size == 0) {
        first = step;
      } else if (size == 1) {
        second = step;
      } else {
        int at = size - 2;
        if (more == null) {
          more = new long[8];
        } else if (at == more.length) {
          more = java.util.Arrays.copyOf(more, at * 2);
        }
        more[at] = step;
      }
      size++;
    }

    private long step(int i) {
      if (i < 0 || i >= size) {
        throw new IndexOutOfBoundsException("transition " + i + " of " + size);
      }
      return i == 0 ? first : i == 1 ? second : more[i - 2];
    }

    /**
     * Returns the number of transitions.
     *
     * @return the number of transitions
     */
    public int size() {
      return size;
    }

    /**
     * Returns the day of a transition.
     *
     * @param i the transition, in date order
     * @return its epoch day
     */
    public long day(int i) {
      return step(i) >> RULE_BITS;
    }

    /**
     * Returns the rule that made a transition.
     *
     * @param i the transition, in date order
     * @return the rule
     */
    public CompiledRule rule(int i) {
      return all[(int) (step(i) & ((1 << RULE_BITS) - 1))];
    }

    /**
     * Returns the day of the last transition.
     *
     * @return its epoch day
     * @throws IndexOutOfBoundsException if there is no transition
     */
    public long lastDay() {
      return lastStep() >> RULE_BITS;
    }

    /**
     * Returns the rule that made the last transition.
     *
     * @return the rule
     * @throws IndexOutOfBoundsException if there is no transition
     */
    public CompiledRule lastRule() {
      return all[(int) (lastStep() & ((1 << RULE_BITS) - 1))];
    }

    private long lastStep() {
      return step(size - 1);
    }

    /**
     * Returns the status index after the last day.
     *
     * @return the final status index
     */
    public int status() {
      return status;
    }

    /**
     * Returns the first day after the range worth evaluating: before it, the status cannot
     * change without a new fact.
     *
     * @return its epoch day, or {@link Window#NEVER} when no rule can move the client
     */
    public long nextDay() {
      return nextDay;
    }

    /**
     * Returns how many days were evaluated; the others were skipped as quiet.
     *
     * @return the number of evaluated days
     */
    public int evaluations() {
      return evaluations;
    }
  }

  /**
   * Gives the result of one evaluation step on every day from {@code firstDay} to
   * {@code lastDay}, evaluating only the days on which a result can differ from the day before.
   *
   * <p>Why it is exact: the step of a day depends only on the client's status and on which
   * rules checked for that status hold. On a day where no rule moves the client, its status
   * {@code s} stays until a rule checked for {@code s} holds. Each rule tells from which day on
   * it could hold at all: a predefined rule is made of four indicators per period, each
   * constant between the days facts enter and leave the window ({@link ActivityIndex#nextChange}),
   * so it cannot hold before the last of its "none of" indicators that are on turns off, nor,
   * with none of its "at least one of" indicators on, before the first of them turns on; a host
   * rule ({@link CompiledRule#quietUntil}) is a function of the window's content, constant
   * between content change days (or it says it depends on the date and is checked daily). The
   * earliest of those days is the next one worth evaluating: every day before it would give
   * "unchanged". When the first rule in priority order to name that day is sure to hold on it
   * (each of its indicators is known up to that day), that day's step is taken without checking
   * the day again.
   * After a move the precondition is different, so the very next day is evaluated. The property
   * tests compare this with stepping every day.
   *
   * @param activity the client's facts
   * @param index their index
   * @param status the status index before the first day, or {@link #NO_STATUS}
   * @param firstDay the first day to step
   * @param lastDay the last day to step
   * @return the transitions and the final status
   */
  public Run replay(
      ClientActivity activity, int[] index, int status, long firstDay, long lastDay) {
    Run run = new Run(index, allRules);
    ActivityCursor cursor = run;
    int evaluations = 0;
    long day = firstDay;
    while (day <= lastDay) {
      CompiledRule[] rules = candidates(status);
      if (rules.length == 0) {
        day = Window.NEVER; // nothing is ever checked for this status: it stays
        break;
      }
      evaluations++;
      CompiledRule winner = null;
      // the first rule, in priority order, of those whose quiet days end first, and whether it
      // is sure to hold on its day
      CompiledRule earliest = null;
      boolean earliestSure = false;
      long next = Window.NEVER;
      for (CompiledRule rule : rules) {
        long quiet;
        boolean sure = false;
        if (rule.predefined()) {
          // CompiledRule.quietUntil's check of a predefined rule, written out here rather than
          // called: a method of its own is compiled on its own first, and is then too large to
          // be inlined into this loop
          Probe[] probes = rule.checked();
          int noneCount = rule.noneCount();
          int period = rule.period();
          long blockedUntil = CompiledRule.HOLDS; // when the last "none of" that is on turns off
          long firstEnd = Window.NEVER; // when the first "none of" that is on turns off
          long nextBlock = Window.NEVER; // when the first "none of" that is off turns on
          long firstOn = Window.NEVER; // when the first "at least one of" turns on
          boolean anyOn = noneCount == probes.length;
          // when the "at least one of" found on turns off (never, for a rule without any)
          long onUntil = Window.NEVER;
          for (int k = 0; k < probes.length; k++) {
            long change = cursor.nextChange(probes[k], day, period);
            if (k < noneCount) {
              if (cursor.holds()) {
                blockedUntil = Math.max(blockedUntil, change);
                firstEnd = Math.min(firstEnd, change);
              } else {
                nextBlock = Math.min(nextBlock, change);
              }
            } else if (cursor.holds()) {
              anyOn = true;
              onUntil = change;
              break;
            } else {
              firstOn = Math.min(firstOn, change);
            }
          }
          // every change day is after the day; HOLDS when nothing blocks and one "at least one
          // of" is on
          quiet = anyOn ? blockedUntil : Math.max(blockedUntil, firstOn);
          // it holds on that day when each "none of" then turns off exactly that day or stays
          // off past it, and an "at least one of" is on through it or turns on exactly then
          sure = nextBlock > quiet && (blockedUntil == CompiledRule.HOLDS || firstEnd == quiet)
              && (anyOn ? onUntil > quiet : firstOn == quiet);
        } else {
          quiet = rule.quietUntil(cursor, activity, day);
        }
        if (quiet == CompiledRule.HOLDS) {
          winner = rule;
          break;
        }
        if (quiet < next) {
          next = quiet;
          earliest = rule;
          earliestSure = sure;
        }
      }
      if (winner == null && next <= lastDay && earliestSure && earliest.target() != status) {
        // the rules before it cannot hold before their own later days, and it holds on its
        // day: that day's step moves the client, as checking the day would find
        winner = earliest;
        day = next;
        evaluations++;
      }
      if (winner != null && winner.target() != status) {
        run.add(day, winner);
        status = winner.target();
        day++;
        continue;
      }
      if (winner != null) {
        // a rule holds that keeps the client where it is: nothing changes while every
        // rule's result stays as it is
        next = Window.NEVER;
        for (CompiledRule rule : rules) {
          next = Math.min(next, rule.nextChange(cursor, day));
        }
      }
      day = next;
    }
    run.status = status;
    run.evaluations = evaluations;
    run.nextDay = day;
    return run;
  }
}
