package org.clientbase.examples.lookup;

import org.clientbase.core.tax.Inn;
import org.clientbase.spi.lookup.TaxIdLookup;
import org.clientbase.testkit.contract.TaxIdLookupContract;

/** The example lookup keeps the contract every tax-id lookup keeps. */
class RegistryFileTaxIdLookupContractTest extends TaxIdLookupContract {
  @Override
  protected TaxIdLookup newLookup() {
    return RegistryFileTaxIdLookup.fromResource("/lookup/registry.csv");
  }

  @Override
  protected Inn knownInn() {
    return Inn.of("7707083893");
  }

  @Override
  protected Inn unknownInn() {
    return Inn.of("7702070139");
  }
}
