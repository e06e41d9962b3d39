package org.clientbase.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.clientbase.core.contact.PostalAddress;
import org.clientbase.core.tax.Inn;
import org.clientbase.core.tax.Kpp;
import org.clientbase.core.tax.Ogrn;
import org.clientbase.spi.lookup.CounterpartyRequisites;
import org.clientbase.spi.lookup.TaxIdLookup;
import org.clientbase.testkit.contract.ContractFixtures;
import org.clientbase.testkit.contract.TaxIdLookupContract;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** {@link JdbcTaxIdLookup} keeps the {@link TaxIdLookupContract} on H2 and on PostgreSQL. */
class JdbcTaxIdLookupTest {
  static final CounterpartyRequisites SBERBANK = new CounterpartyRequisites(
      Inn.of(ContractFixtures.INN), "ПАО Сбербанк", Optional.of(Kpp.of(ContractFixtures.KPP)),
      Optional.of(Ogrn.of(ContractFixtures.OGRN)),
      Optional.of(PostalAddress.builder().postcode("117312").country("Россия").city("Москва")
          .street("ул. Вавилова").building("19").build()));

  static JdbcTaxIdLookup lookup(JdbcDatabase db) {
    return new JdbcTaxIdLookup(db).register(SBERBANK);
  }

  @Test
  void registeringAgainReplacesTheRequisites() {
    JdbcTaxIdLookup lookup = lookup(Databases.h2());
    CounterpartyRequisites renamed = new CounterpartyRequisites(
        SBERBANK.inn(), "ПАО «Сбербанк России»", SBERBANK.kpp(), SBERBANK.ogrn(), Optional.empty());
    lookup.register(renamed);
    assertThat(lookup.find(SBERBANK.inn())).contains(renamed);
  }

  @Nested
  class OnH2 extends TaxIdLookupContract {
    @Override
    protected TaxIdLookup newLookup() {
      return lookup(Databases.h2());
    }

    @Override
    protected Inn knownInn() {
      return SBERBANK.inn();
    }

    @Override
    protected Inn unknownInn() {
      return Inn.of(ContractFixtures.OTHER_INN);
    }

    @Test
    void theRegisteredRequisitesReadBackWhole() {
      assertThat(newLookup().find(SBERBANK.inn())).contains(SBERBANK);
    }
  }

  @Nested
  class OnPostgreSql extends TaxIdLookupContract {
    @Override
    protected TaxIdLookup newLookup() {
      return lookup(Databases.postgres());
    }

    @Override
    protected Inn knownInn() {
      return SBERBANK.inn();
    }

    @Override
    protected Inn unknownInn() {
      return Inn.of(ContractFixtures.OTHER_INN);
    }

    @Test
    void theRegisteredRequisitesReadBackWhole() {
      assertThat(newLookup().find(SBERBANK.inn())).contains(SBERBANK);
    }
  }
}
