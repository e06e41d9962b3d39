package org.clientbase.memory;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;

/**
 * Makes store calls fail on purpose, following a {@link FailurePlan}. Every in-memory store
 * consults the injector it was built with before each call, and the call throws an
 * {@link InjectedFailure} without any effect when the plan says so.
 *
 * <p>An injector starts disarmed. {@link #arm(FailurePlan)} sets a plan and starts counting
 * calls from 1; {@link #disarm()} stops failing. A typical test fills the stores, arms the
 * injector, runs the procedure under test and, after it failed, checks that nothing was
 * half-applied. Thread-safe; calls from several threads are counted in the order they reach
 * the injector.
 *
 * <p>A host's own store adapters may call {@link #beforeCall(String, boolean)} too, to take
 * part in the same plan.
 */
public final class FaultInjector {
  private volatile FailurePlan plan = FailurePlan.never();
  private long calls;
  private Random random;
  private final List<InjectedFailure> failures = new ArrayList<>();

  /** Creates a disarmed injector. */
  public FaultInjector() {}

  /**
   * Sets a plan and starts counting calls from 1.
   *
   * @param plan the plan
   */
  public synchronized void arm(FailurePlan plan) {
    this.plan = Objects.requireNonNull(plan, "plan");
    this.calls = 0;
    this.failures.clear();
    this.random = plan.kind() == FailurePlan.Kind.PROBABILITY ? new Random(plan.seed()) : null;
  }

  /** Stops failing calls; the counts and failures so far stay readable. */
  public synchronized void disarm() {
    this.plan = FailurePlan.never();
  }

  /**
   * Returns the plan in force.
   *
   * @return the plan; {@link FailurePlan#never()} when disarmed
   */
  public FailurePlan plan() {
    return plan;
  }

  /**
   * Returns how many calls were counted since the injector was last armed.
   *
   * @return the number of counted calls, including failed ones
   */
  public synchronized long calls() {
    return calls;
  }

  /**
   * Returns the failures thrown since the injector was last armed.
   *
   * @return the failures, in the order they were thrown
   */
  public synchronized List<InjectedFailure> failures() {
    return List.copyOf(failures);
  }

  /**
   * Counts a call and throws if the plan says it fails. Called by a store before the call has
   * any effect.
   *
   * @param operation the operation, e.g. {@code "ClientStore.update"}
   * @param write whether the call writes
   * @throws InjectedFailure if the plan makes this call fail
   */
  public void beforeCall(String operation, boolean write) {
    Decision decision = decide(operation, write);
    if (decision != null) {
      throw decision.failure();
    }
  }

  /**
   * Counts a write and decides its fate: throws at once if the plan fails it before its
   * effect; returns the failure to throw after the effect if the plan fails it after; returns
   * {@code null} if it succeeds.
   */
  InjectedFailure beforeWrite(String operation) {
    Decision decision = decide(operation, true);
    if (decision == null) {
      return null;
    }
    if (!decision.afterEffect()) {
      throw decision.failure();
    }
    return decision.failure();
  }

  /** A call's failure, and whether it comes after the call's effect. */
  private record Decision(InjectedFailure failure, boolean afterEffect) {}

  private Decision decide(String operation, boolean write) {
    if (plan.kind() == FailurePlan.Kind.NEVER) {
      return null;
    }
    synchronized (this) {
      FailurePlan current = plan;
      if (current.kind() == FailurePlan.Kind.NEVER || (current.isWritesOnly() && !write)) {
        return null;
      }
      long call = ++calls;
      boolean fail;
      switch (current.kind()) {
        case AT_CALL:
          fail = call == current.call();
          break;
        case FROM_CALL:
          fail = call >= current.call();
          break;
        default:
          fail = random.nextDouble() < current.probability();
          break;
      }
      if (!fail) {
        return null;
      }
      InjectedFailure failure = new InjectedFailure(operation, call);
      failures.add(failure);
      return new Decision(failure, current.isAfterEffect());
    }
  }
}
