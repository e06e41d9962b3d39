package org.clientbase.memory;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.clientbase.core.tax.Inn;
import org.clientbase.spi.lookup.CounterpartyRequisites;
import org.clientbase.spi.lookup.TaxIdLookup;

/**
 * A {@link TaxIdLookup} backed by a map from INN to requisites, standing in for a registry.
 * Counts the look-ups, so a test can check that the library called it (or did not). Thread-safe.
 *
 * <pre>{@code
 * InMemoryTaxIdLookup registry = new InMemoryTaxIdLookup()
 *     .add(new CounterpartyRequisites(Inn.of("7707083893"), "ПАО Сбербанк",
 *         Optional.of(Kpp.of("773601001")), Optional.of(Ogrn.of("1027700132195")),
 *         Optional.empty()));
 * }</pre>
 */
public final class InMemoryTaxIdLookup implements TaxIdLookup {
  private final Map<Inn, CounterpartyRequisites> registry = new ConcurrentHashMap<>();
  private final AtomicLong lookups = new AtomicLong();

  /** Creates an empty registry: every look-up finds nothing. */
  public InMemoryTaxIdLookup() {}

  /**
   * Adds or replaces the requisites registered for their INN.
   *
   * @param requisites the requisites
   * @return this lookup
   */
  public InMemoryTaxIdLookup add(CounterpartyRequisites requisites) {
    Objects.requireNonNull(requisites, "requisites");
    registry.put(requisites.inn(), requisites);
    return this;
  }

  @Override
  public Optional<CounterpartyRequisites> find(Inn inn) {
    Objects.requireNonNull(inn, "inn");
    lookups.incrementAndGet();
    return Optional.ofNullable(registry.get(inn));
  }

  /**
   * Returns how many look-ups were made.
   *
   * @return the number of calls to {@link #find(Inn)}
   */
  public long lookups() {
    return lookups.get();
  }
}
