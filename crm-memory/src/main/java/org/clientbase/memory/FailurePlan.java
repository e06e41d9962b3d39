package org.clientbase.memory;

import java.util.Random;
import org.clientbase.core.InvalidValueException;

/**
 * Which store calls a {@link FaultInjector} makes fail: an immutable description, chosen by the
 * test.
 *
 * <p>Calls are counted from 1 after {@link FaultInjector#arm(FailurePlan)}; a plan restricted
 * with {@link #writesOnly()} counts only writes (inserts, updates, appends, settings puts and
 * reference rewrites). A plan that depends on chance takes its seed from the test, so a failing
 * run can be repeated exactly; the test kit has no random source of its own.
 *
 * <pre>{@code
 * FailurePlan.atCall(3);                         // the third call fails, later ones succeed
 * FailurePlan.fromCall(3);                       // the third and every later call fails
 * FailurePlan.atRandomCall(seed, 40).writesOnly(); // one write among the first 40 fails
 * FailurePlan.withProbability(seed, 0.1);        // each call fails with probability 0.1
 * FailurePlan.atCall(2).writesOnly().afterEffect(); // the second write happens, then throws
 * }</pre>
 */
public final class FailurePlan {

  /** How the plan chooses the calls that fail. */
  enum Kind {
    NEVER, AT_CALL, FROM_CALL, PROBABILITY
  }

  private static final FailurePlan NEVER = new FailurePlan(Kind.NEVER, 0, 0, 0, false, false);

  private final Kind kind;
  private final long call;
  private final long seed;
  private final double probability;
  private final boolean writesOnly;
  private final boolean afterEffect;

  private FailurePlan(
      Kind kind, long call, long seed, double probability, boolean writesOnly, boolean afterEffect) {
    this.kind = kind;
    this.call = call;
    this.seed = seed;
    this.probability = probability;
    this.writesOnly = writesOnly;
    this.afterEffect = afterEffect;
  }

  /**
   * Returns a plan under which no call fails.
   *
   * @return the plan
   */
  public static FailurePlan never() {
    return NEVER;
  }

  /**
   * Returns a plan under which exactly one call fails: the given one.
   *
   * @param call the number of the call to fail, counted from 1
   * @return the plan
   * @throws InvalidValueException if {@code call} is below 1
   */
  public static FailurePlan atCall(long call) {
    return new FailurePlan(Kind.AT_CALL, requireCall(call), 0, 0, false, false);
  }

  /**
   * Returns a plan under which the given call and every later call fail, as when the host's
   * database goes down.
   *
   * @param call the number of the first call to fail, counted from 1
   * @return the plan
   * @throws InvalidValueException if {@code call} is below 1
   */
  public static FailurePlan fromCall(long call) {
    return new FailurePlan(Kind.FROM_CALL, requireCall(call), 0, 0, false, false);
  }

  /**
   * Returns a plan under which exactly one call fails, chosen from the first {@code maxCall}
   * calls by the seed. The same seed always chooses the same call.
   *
   * @param seed the seed, given by the test
   * @param maxCall the highest call number that may be chosen, at least 1
   * @return the plan, equal to {@code atCall(n)} for the chosen {@code n}
   * @throws InvalidValueException if {@code maxCall} is below 1
   */
  public static FailurePlan atRandomCall(long seed, long maxCall) {
    requireCall(maxCall);
    long chosen = 1 + Math.floorMod(new Random(seed).nextLong(), maxCall);
    return atCall(chosen);
  }

  /**
   * Returns a plan under which each call fails with a probability, drawn from a sequence that
   * the seed determines. Calls from one thread in the same order fail the same way in every run.
   *
   * @param seed the seed, given by the test
   * @param probability the probability that a call fails, from 0 to 1
   * @return the plan
   * @throws InvalidValueException if the probability is outside 0 to 1
   */
  public static FailurePlan withProbability(long seed, double probability) {
    if (!(probability >= 0 && probability <= 1)) {
      throw new InvalidValueException("FailurePlan.probability", probability, "must be from 0 to 1");
    }
    return new FailurePlan(Kind.PROBABILITY, 0, seed, probability, false, false);
  }

  /**
   * Returns this plan counting and failing only writes; reads always succeed and are not
   * counted.
   *
   * @return the restricted plan
   */
  public FailurePlan writesOnly() {
    return new FailurePlan(kind, call, seed, probability, true, afterEffect);
  }

  /**
   * Returns this plan with failing writes taking effect before they throw, as when a database
   * commits but the connection drops before the answer arrives. Inside an
   * {@link InMemoryUnitOfWork} the write is then undone with the rest of the work; outside one
   * it stays, and the caller cannot tell it from a write that never happened. Failing reads
   * still have no effect.
   *
   * @return the plan failing after the effect
   */
  public FailurePlan afterEffect() {
    return new FailurePlan(kind, call, seed, probability, writesOnly, true);
  }

  /**
   * Tells whether failing writes take effect before they throw.
   *
   * @return {@code true} if writes fail after their effect
   */
  public boolean isAfterEffect() {
    return afterEffect;
  }

  /**
   * Tells whether the plan counts and fails only writes.
   *
   * @return {@code true} if reads are ignored
   */
  public boolean isWritesOnly() {
    return writesOnly;
  }

  Kind kind() {
    return kind;
  }

  long call() {
    return call;
  }

  long seed() {
    return seed;
  }

  double probability() {
    return probability;
  }

  private static long requireCall(long call) {
    if (call < 1) {
      throw new InvalidValueException("FailurePlan.call", call, "must be at least 1");
    }
    return call;
  }

  @Override
  public String toString() {
    String scope = (writesOnly ? " (writes only)" : "") + (afterEffect ? " (after the effect)" : "");
    switch (kind) {
      case NEVER:
        return "never fail";
      case AT_CALL:
        return "fail call " + call + scope;
      case FROM_CALL:
        return "fail from call " + call + scope;
      default:
        return "fail with probability " + probability + ", seed " + seed + scope;
    }
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof FailurePlan)) {
      return false;
    }
    FailurePlan that = (FailurePlan) other;
    return kind == that.kind && call == that.call && seed == that.seed
        && Double.compare(probability, that.probability) == 0 && writesOnly == that.writesOnly
        && afterEffect == that.afterEffect;
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(kind, call, seed, probability, writesOnly, afterEffect);
  }
}
