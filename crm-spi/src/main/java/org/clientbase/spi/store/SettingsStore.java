package org.clientbase.spi.store;

import java.util.Optional;

/**
 * Stores the library's settings, such as whether leads are used, as text by key.
 *
 * <p>Keys are defined by the library (e.g. {@code "leads.enabled"}); the host stores them as it
 * stores its own settings. Writes take part in the current unit of work.
 *
 * <p><b>Threads.</b> The library calls it from several threads at once (batch workers beside
 * the host's own requests); an implementation must be safe for that, and a read sees every
 * write that returned before it.
 */
public interface SettingsStore {

  /**
   * Returns a setting.
   *
   * @param key the key
   * @return the value, or empty if the setting was never stored
   */
  Optional<String> get(String key);

  /**
   * Stores a setting, replacing any earlier value.
   *
   * @param key the key
   * @param value the value
   */
  void put(String key, String value);
}
