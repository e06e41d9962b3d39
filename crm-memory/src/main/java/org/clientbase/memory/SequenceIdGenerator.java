package org.clientbase.memory;

import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.clientbase.core.Checks;
import org.clientbase.spi.IdGenerator;

/**
 * An {@link IdGenerator} that counts per entity type: {@code client-1}, {@code client-2},
 * {@code contact-person-1}, ... Deterministic, so a test can name the ids the library will
 * create; never repeats an id within one generator, also across threads.
 *
 * <p>The text is an optional prefix, the entity type without its {@code Id} suffix in lower
 * case with hyphens between words, a hyphen and the number: {@code "ClientId"} gives {@code
 * "client-1"}, and with prefix {@code "new-"} gives {@code "new-client-1"}. A prefix keeps
 * generated ids apart from ids a test chose itself.
 */
public final class SequenceIdGenerator implements IdGenerator {
  private final String prefix;
  private final ConcurrentHashMap<String, AtomicLong> counters = new ConcurrentHashMap<>();

  /** Creates a generator without prefix, every sequence starting at 1. */
  public SequenceIdGenerator() {
    this("");
  }

  /**
   * Creates a generator whose ids start with a prefix, every sequence starting at 1.
   *
   * @param prefix the prefix, e.g. {@code "new-"}; may be empty but must not start with white
   *     space
   */
  public SequenceIdGenerator(String prefix) {
    this.prefix = Objects.requireNonNull(prefix, "prefix");
    if (!prefix.isEmpty()) {
      Checks.check(prefix.strip().equals(prefix), "SequenceIdGenerator prefix", prefix,
          "must not start or end with white space");
    }
  }

  /**
   * Returns the next id text for an entity type.
   *
   * @param entityType the simple name of the id class, e.g. {@code "ClientId"}
   * @return the next id, e.g. {@code "client-3"}
   */
  @Override
  public String next(String entityType) {
    String type = Checks.requireText("SequenceIdGenerator entity type", entityType);
    long number = counters.computeIfAbsent(type, t -> new AtomicLong()).incrementAndGet();
    return prefix + stem(type) + "-" + number;
  }

  /**
   * Returns how many ids were given for an entity type.
   *
   * @param entityType the simple name of the id class, e.g. {@code "ClientId"}
   * @return the number of ids given so far
   */
  public long issued(String entityType) {
    AtomicLong counter = counters.get(entityType);
    return counter == null ? 0 : counter.get();
  }

  /** Turns {@code "ContactPersonId"} into {@code "contact-person"}. */
  private static String stem(String type) {
    String name = type.endsWith("Id") && type.length() > 2 ? type.substring(0, type.length() - 2) : type;
    StringBuilder stem = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isUpperCase(c)) {
        if (i > 0) {
          stem.append('-');
        }
        stem.append(Character.toLowerCase(c));
      } else if (Character.isLetterOrDigit(c)) {
        stem.append(c);
      } else {
        stem.append('-');
      }
    }
    return stem.toString();
  }
}
