package org.clientbase.memory;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.clientbase.core.Checks;
import org.clientbase.spi.store.SettingsStore;

/**
 * An in-memory {@link SettingsStore} that takes part in the {@link InMemoryUnitOfWork}.
 * Thread-safe.
 */
public final class InMemorySettingsStore implements SettingsStore {
  private static final String STORE = "SettingsStore.";

  private final InMemoryUnitOfWork unitOfWork;
  private final FaultInjector faults;
  private final ConcurrentHashMap<String, String> settings = new ConcurrentHashMap<>();

  /** Creates an empty store with its own unit of work and no fault injection. */
  public InMemorySettingsStore() {
    this(new InMemoryUnitOfWork(), new FaultInjector());
  }

  /**
   * Creates an empty store.
   *
   * @param unitOfWork the unit of work its writes take part in
   * @param faults the fault injector consulted before every call
   */
  public InMemorySettingsStore(InMemoryUnitOfWork unitOfWork, FaultInjector faults) {
    this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
    this.faults = Objects.requireNonNull(faults, "faults");
  }

  @Override
  public Optional<String> get(String key) {
    Objects.requireNonNull(key, "key");
    faults.beforeCall(STORE + "get", false);
    return Optional.ofNullable(settings.get(key));
  }

  /**
   * Stores a setting, replacing any earlier value.
   *
   * @param key the key, not blank
   * @param value the value
   * @throws org.clientbase.core.InvalidValueException if the key is blank
   * @throws InjectedFailure if the fault injector fails this call; nothing is written unless
   *     the plan fails {@linkplain FailurePlan#afterEffect() after the effect}
   */
  @Override
  public void put(String key, String value) {
    Checks.requireText("SettingsStore key", key);
    Objects.requireNonNull(value, "value");
    InjectedFailure late = faults.beforeWrite(STORE + "put");
    unitOfWork.write(() -> {
      String before = settings.put(key, value);
      unitOfWork.onUndo(() -> {
        if (before == null) {
          settings.remove(key);
        } else {
          settings.put(key, before);
        }
      });
      return null;
    });
    if (late != null) {
      throw late;
    }
  }

  /**
   * Returns every setting, sorted by key, for assertions in tests. Not counted by the fault
   * injector.
   *
   * @return a copy of the settings
   */
  public Map<String, String> all() {
    return Collections.unmodifiableMap(new TreeMap<>(settings));
  }
}
