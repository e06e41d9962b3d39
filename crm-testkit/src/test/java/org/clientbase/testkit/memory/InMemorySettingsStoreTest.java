package org.clientbase.testkit.memory;

import org.clientbase.memory.InMemorySettingsStore;
import org.clientbase.spi.store.SettingsStore;
import org.clientbase.testkit.contract.SettingsStoreContract;

class InMemorySettingsStoreTest extends SettingsStoreContract {
  @Override
  protected SettingsStore newStore() {
    return new InMemorySettingsStore();
  }
}
