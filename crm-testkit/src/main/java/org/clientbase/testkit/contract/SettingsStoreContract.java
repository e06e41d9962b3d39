package org.clientbase.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.clientbase.spi.store.SettingsStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of a {@link SettingsStore}: a setting never stored is empty; a stored one is
 * read back at once; a second put replaces it; keys are independent of each other; concurrent
 * puts of different keys are all kept. Extend it and implement {@link #newStore()}.
 */
public abstract class SettingsStoreContract {
  private SettingsStore store;

  /** Creates the contract; called by the host's test class. */
  protected SettingsStoreContract() {}

  /**
   * Returns a store holding no settings, used by one test.
   *
   * @return an empty store
   */
  protected abstract SettingsStore newStore();

  /**
   * Releases a store after its test; does nothing unless overridden.
   *
   * @param store the store the test used
   */
  protected void releaseStore(SettingsStore store) {}

  @BeforeEach
  final void createStore() {
    store = newStore();
  }

  @AfterEach
  final void disposeStore() {
    releaseStore(store);
  }

  @Test
  void aSettingNeverStoredIsEmpty() {
    assertThat(store.get("leads.enabled")).isEmpty();
  }

  @Test
  void aStoredSettingIsReadBack() {
    store.put("leads.enabled", "true");
    assertThat(store.get("leads.enabled")).contains("true");
  }

  @Test
  void aSecondPutReplacesTheValue() {
    store.put("leads.enabled", "true");
    store.put("leads.enabled", "false");
    assertThat(store.get("leads.enabled")).contains("false");
  }

  @Test
  void keysAreIndependent() {
    store.put("leads.enabled", "true");
    store.put("statuses.scheme", "default");
    store.put("leads.enabled", "false");
    assertThat(store.get("statuses.scheme")).contains("default");
    assertThat(store.get("leads.enabled")).contains("false");
    assertThat(store.get("leads")).isEmpty();
  }

  @Test
  void valuesAreKeptAsGiven() {
    for (String value : List.of(" padded ", "многострочный\nтекст", "{\"a\": 1}")) {
      store.put("text", value);
      assertThat(store.get("text")).contains(value);
    }
  }

  @Test
  void concurrentPutsOfDifferentKeysAreAllKept() {
    List<Race.Outcome<Integer>> outcomes = Race.run(8, t -> () -> {
      for (int i = 0; i < 20; i++) {
        store.put("key." + t + "." + i, "value " + t + "." + i);
      }
      return 20;
    });
    assertThat(outcomes).allMatch(Race.Outcome::succeeded);
    for (int t = 0; t < 8; t++) {
      for (int i = 0; i < 20; i++) {
        assertThat(store.get("key." + t + "." + i)).contains("value " + t + "." + i);
      }
    }
  }
}
