package org.clientbase.examples.demo;

import java.lang.reflect.Method;
import org.quicktheories.core.DetatchedRandomnessSource;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

/**
 * Draws values from the test kit's QuickTheories generators outside a property, determined by a
 * seed: the same seed gives the same base on every machine (a SplitMix64 sequence).
 */
public final class SeededRandomness implements DetatchedRandomnessSource {
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

  /**
   * Starts a sequence.
   *
   * @param seed the seed
   */
  public SeededRandomness(long seed) {
    this.state = seed;
  }

  /**
   * Draws one value.
   *
   * @param gen the generator
   * @param <T> the type of value
   * @return the value
   */
  public <T> T draw(Gen<T> gen) {
    return gen.generate(this);
  }

  /**
   * Returns a number from 0 (included) to a bound (excluded).
   *
   * @param bound the bound, at least 1
   * @return the number
   */
  public int below(int bound) {
    return (int) Math.floorMod(nextLong(), (long) bound);
  }

  /**
   * Tells whether a chance came up.
   *
   * @param percent the chance in percent
   * @return {@code true} with that chance
   */
  public boolean chance(double percent) {
    return Math.floorMod(nextLong(), 1_000_000L) < percent * 10_000;
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
