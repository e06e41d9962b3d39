package org.clientbase.testkit.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.clientbase.core.tax.Inn;
import org.clientbase.core.tax.Kpp;
import org.clientbase.core.tax.Ogrn;
import org.clientbase.memory.InMemoryTaxIdLookup;
import org.clientbase.spi.lookup.CounterpartyRequisites;
import org.clientbase.spi.lookup.TaxIdLookup;
import org.clientbase.testkit.contract.ContractFixtures;
import org.clientbase.testkit.contract.TaxIdLookupContract;
import org.junit.jupiter.api.Test;

class InMemoryTaxIdLookupTest extends TaxIdLookupContract {
  @Override
  protected TaxIdLookup newLookup() {
    return registry();
  }

  private static InMemoryTaxIdLookup registry() {
    return new InMemoryTaxIdLookup().add(new CounterpartyRequisites(
        Inn.of(ContractFixtures.INN), "ПАО Сбербанк", Optional.of(Kpp.of(ContractFixtures.KPP)),
        Optional.of(Ogrn.of(ContractFixtures.OGRN)), Optional.empty()));
  }

  @Override
  protected Inn knownInn() {
    return Inn.of(ContractFixtures.INN);
  }

  @Override
  protected Inn unknownInn() {
    return Inn.of(ContractFixtures.OTHER_INN);
  }

  @Test
  void countsLookups() {
    InMemoryTaxIdLookup registry = registry();
    registry.find(knownInn());
    registry.find(unknownInn());
    assertThat(registry.lookups()).isEqualTo(2);
  }
}
