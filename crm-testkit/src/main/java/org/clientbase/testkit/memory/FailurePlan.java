package org.clientbase.testkit.memory;

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
 * }</pre>
 */
public final class FailurePlan {

  /** How the plan chooses the calls that fail. */
  enum Kind {
    NEVER, AT_CALL, FROM_CALL, PROBABILITY
  }

  private static final FailurePlan NEVER = new FailurePlan(Kind.NEVER, 0, 0, 0, false);

  private final Kind kind;
  private final long call;
  private final long seed;
  private final double probability;
  private final boolean writesOnly;

  private FailurePlan(Kind kind, long call, long seed, double probability, boolean writesOnly) {
    this.kind = kind;
    this.call = call;
    this.seed = seed;
    this.probability = probability;
    this.writesOnly = writesOnly;
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
    return new FailurePlan(Kind.AT_CALL, requireCall(call), 0, 0, false);
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
    return new FailurePlan(Kind.FROM_CALL, requireCall(call), 0, 0, false);
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
    return new FailurePlan(Kind.PROBABILITY, 0, seed, probability, false);
  }

  /**
   * Returns this plan counting and failing only writes; reads always succeed and are not
   * counted.
   *
   * @return the restricted plan
   */
  public FailurePlan writesOnly() {
    return new FailurePlan(kind, call, seed, probability, true);
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
    String scope = writesOnly ? " (writes only)" : "";
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
        && Double.compare(probability, that.probability) == 0 && writesOnly == that.writesOnly;
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(kind, call, seed, probability, writesOnly);
  }
}
