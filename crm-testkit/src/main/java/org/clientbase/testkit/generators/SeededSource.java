package org.clientbase.testkit.generators;

import java.lang.reflect.Method;
import org.clientbase.core.InvalidValueException;
import org.quicktheories.core.DetatchedRandomnessSource;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

/**
 * A source of randomness for drawing data from the generators outside a property: demo bases,
 * benchmark data, large data sets. It is fully determined by the seed the caller gives (a
 * SplitMix64 sequence), so the same seed gives the same data on every machine and in every run.
 * Inside a property, use the source QuickTheories passes in instead: only that one shrinks.
 *
 * <pre>{@code
 * SeededSource random = SeededSource.of(42);
 * Lead lead = random.draw(CardGenerators.unconvertedLeads());
 * boolean entered = random.chance(2.5);
 * int day = random.below(30);
 * }</pre>
 *
 * <p>A source holds the position in its sequence: it is not safe to share between threads.
 * Give each thread, or each item that must not depend on the order it is made in, its own
 * source with a seed of its own.
 */
public final class SeededSource implements DetatchedRandomnessSource {
  // QuickTheories 0.26 keeps the bounds of a draw package-private and offers no accessor
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

  private SeededSource(long seed) {
    this.state = seed;
  }

  /**
   * Returns a source at the start of the sequence of a seed.
   *
   * @param seed the seed, given by the caller
   * @return a new source
   */
  public static SeededSource of(long seed) {
    return new SeededSource(seed);
  }

  /**
   * Draws one value from a generator.
   *
   * @param gen the generator
   * @param <T> the type of value
   * @return the value
   */
  public <T> T draw(Gen<T> gen) {
    return gen.generate(this);
  }

  /**
   * Returns a whole number from 0 (included) to a bound (excluded).
   *
   * @param bound the bound, at least 1
   * @return the number
   * @throws InvalidValueException if the bound is less than 1
   */
  public int below(int bound) {
    if (bound < 1) {
      throw new InvalidValueException("SeededSource bound", bound, "must be at least 1");
    }
    return (int) Math.floorMod(nextLong(), (long) bound);
  }

  /**
   * Tells whether a chance came up, to a millionth: a chance of 0 or less never comes up, one of
   * 100 or more always does.
   *
   * @param percent the chance in percent, e.g. {@code 2.5}
   * @return {@code true} with that chance
   */
  public boolean chance(double percent) {
    return Math.floorMod(nextLong(), 1_000_000L) < percent * 10_000;
  }

  /**
   * Returns the next number of the sequence, any long with the same chance. Useful to derive
   * the seeds of further sources from this one.
   *
   * @return the number
   */
  public long nextLong() {
    long z = (state += 0x9E3779B97F4A7C15L);
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /**
   * Returns a number within the bounds of a draw, the next of the sequence; called by the
   * generators.
   *
   * @param constraint the bounds of the draw
   * @return the number
   */
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

  /**
   * Returns this source: outside a property there is nothing to shrink, so a detached draw
   * simply goes on with the same sequence.
   *
   * @return this source
   */
  @Override
  public DetatchedRandomnessSource detach() {
    return this;
  }

  /** Does nothing: outside a property no assumption is counted. */
  @Override
  public void registerFailedAssumption() {}

  /** Does nothing: outside a property no draw is kept for shrinking. */
  @Override
  public void commit() {}
}
