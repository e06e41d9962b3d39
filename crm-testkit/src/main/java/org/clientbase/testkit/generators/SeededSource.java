package org.clientbase.testkit.generators;

import java.lang.reflect.Method;
import org.quicktheories.core.DetatchedRandomnessSource;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * A randomness source for drawing large data sets from the generators outside a property, fully
 * determined by the seed the caller gives (a SplitMix64 sequence): the same seed always gives
 * the same data. QuickTheories keeps the bounds of a draw package-private, so they are read by
 * reflection; the library's own code never uses this class.
 */
final class SeededSource implements DetatchedRandomnessSource {
  private static final Method MIN;
  private static final Method MAX;

  static {
    try {
      MIN = Constraint.class.getDeclaredMethod("min");
      MAX = Constraint.class.getDeclaredMethod("max");
      MIN.setAccessible(true);
      MAX.setAccessible(true);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private long state;

  SeededSource(long seed) {
    this.state = seed;
  }

  long nextLong() {
    long z = (state += 0x9E3779B97F4A7C15L);
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  @Override
  public long next(Constraint constraint) {
    long min;
    long max;
    try {
      min = (long) MIN.invoke(constraint);
      max = (long) MAX.invoke(constraint);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot read the bounds of a QuickTheories draw", e);
    }
    long span = max - min + 1;
    if (span > 0) {
      return min + Math.floorMod(nextLong(), span);
    }
    while (true) {
      long value = nextLong();
      if (value >= min && value <= max) {
        return value;
      }
    }
  }

  @Override
  public DetatchedRandomnessSource detach() {
    return this;
  }

  @Override
  public void registerFailedAssumption() {}

  @Override
  public void commit() {}
}
