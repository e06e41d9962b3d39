package org.clientbase.rules.requisites;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.clientbase.rules.access.Fixture.MANAGER_1;
import static org.clientbase.rules.access.Fixture.MANAGER_2;

import java.util.List;
import java.util.Optional;
import org.clientbase.core.MissingValuesException;
import org.clientbase.core.client.Counterparty;
import org.clientbase.core.contact.PostalAddress;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.CounterpartyId;
import org.clientbase.core.tax.Inn;
import org.clientbase.core.tax.Kpp;
import org.clientbase.core.tax.Ogrn;
import org.clientbase.rules.access.AccessDeniedException;
import org.clientbase.rules.access.Fixture;
import org.clientbase.spi.Versioned;
import org.clientbase.spi.lookup.CounterpartyRequisites;
import org.clientbase.spi.lookup.TaxIdLookup;
import org.clientbase.testkit.contract.ContractFixtures;
import org.junit.jupiter.api.Test;

class RequisitesAutoFillTest {
  private static final Inn SBER = Inn.of(ContractFixtures.INN);
  private static final Inn SOLE = Inn.of(ContractFixtures.SOLE_PROPRIETOR_INN);
  private static final PostalAddress ADDRESS = PostalAddress.builder()
      .postcode("117312").country("Россия").city("Москва").street("ул. Вавилова").building("19").build();
  private static final CounterpartyRequisites SBER_REQUISITES = new CounterpartyRequisites(
      SBER, "ПАО Сбербанк", Optional.of(Kpp.of(ContractFixtures.KPP)), Optional.of(Ogrn.of(ContractFixtures.OGRN)),
      Optional.of(ADDRESS));

  private final Fixture f = new Fixture();
  private final ClientId client = ClientId.of("c-1");

  RequisitesAutoFillTest() {
    f.store(List.of(Fixture.client("c-1", MANAGER_1)));
    f.base.taxIdLookup().add(SBER_REQUISITES);
    f.base.taxIdLookup().add(new CounterpartyRequisites(SOLE, "ИП Сидоров Семён Семёнович", Optional.empty(),
        Optional.of(Ogrn.of(ContractFixtures.OGRNIP)), Optional.empty()));
  }

  private RequisitesAutoFill autoFill(TaxIdLookup lookup) {
    return RequisitesAutoFill.builder()
        .lookup(lookup).clientbase(f.base)
        .accessPolicy(f.policy).build();
  }

  private RequisitesAutoFill autoFill() {
    return autoFill(f.base.taxIdLookup());
  }

  @Test
  void aCounterpartyIsCreatedFromItsInnAlone() {
    Versioned<Counterparty> created = autoFill().create(MANAGER_1, client, SBER).orElseThrow();

    Counterparty c = created.value();
    assertThat(c.client()).isEqualTo(client);
    assertThat(c.legalName()).isEqualTo("ПАО Сбербанк");
    assertThat(c.kpp()).contains(Kpp.of(ContractFixtures.KPP));
    assertThat(c.ogrn()).contains(Ogrn.of(ContractFixtures.OGRN));
    assertThat(c.legalAddress()).contains(ADDRESS);
    assertThat(f.base.counterpartyStore().findByClient(client)).containsExactly(c);
  }

  @Test
  void aSoleProprietorIsCreatedWithItsOgrnipAndNoKpp() {
    Counterparty c = autoFill().create(MANAGER_1, client, SOLE).orElseThrow().value();
    assertThat(c.kpp()).isEmpty();
    assertThat(c.ogrn().orElseThrow().isSoleProprietor()).isTrue();
  }

  @Test
  void anInnTheRegistryDoesNotKnowCreatesNothing() {
    assertThat(autoFill().create(MANAGER_1, client, Inn.of(ContractFixtures.OTHER_INN))).isEmpty();
    assertThat(f.base.counterpartyStore().all()).isEmpty();
  }

  @Test
  void onlyEmptyFieldsAreFilledAndDifferencesAreReported() {
    Counterparty card = Counterparty.builder().id(CounterpartyId.of("k-1")).client(client)
        .legalName("Сбербанк России").inn(SBER).kpp(Kpp.of(ContractFixtures.BRANCH_KPP)).build();
    f.base.counterpartyStore().insert(card);

    AutoFillResult result = autoFill().refresh(MANAGER_1, card.id());

    assertThat(result.found()).isTrue();
    assertThat(result.filled()).containsExactlyInAnyOrder("ogrn", "legalAddress");
    assertThat(result.conflicts()).containsExactlyInAnyOrder(
        new RequisiteConflict("legalName", "Сбербанк России", "ПАО Сбербанк"),
        new RequisiteConflict("kpp", ContractFixtures.BRANCH_KPP, ContractFixtures.KPP));
    Versioned<Counterparty> stored = f.base.counterpartyStore().find(card.id()).orElseThrow();
    assertThat(stored.version()).isEqualTo(2);
    assertThat(stored.value().legalName()).isEqualTo("Сбербанк России");
    assertThat(stored.value().kpp()).contains(Kpp.of(ContractFixtures.BRANCH_KPP));
    assertThat(stored.value().ogrn()).contains(Ogrn.of(ContractFixtures.OGRN));
    assertThat(autoFill().refresh(MANAGER_1, card.id()).changed()).isFalse();
    assertThat(f.base.counterpartyStore().find(card.id()).orElseThrow().version()).isEqualTo(2);
  }

  @Test
  void aFailingLookupIsReportedAndChangesNothing() {
    TaxIdLookup down = inn -> {
      throw new IllegalStateException("registry unavailable");
    };
    assertThatThrownBy(() -> autoFill(down).create(MANAGER_1, client, SBER))
        .isInstanceOf(LookupFailedException.class)
        .hasMessage("look-up of INN 7707083893 failed: registry unavailable")
        .hasCauseInstanceOf(IllegalStateException.class);
    assertThat(f.base.counterpartyStore().all()).isEmpty();
  }

  @Test
  void anAnswerThatDoesNotFitTheInnIsRefused() {
    TaxIdLookup wrongInn = inn -> Optional.of(SBER_REQUISITES);
    assertThatThrownBy(() -> autoFill(wrongInn).find(SOLE))
        .hasMessage("look-up of INN 500100732259 failed: the registry answered for INN 7707083893");
    TaxIdLookup kppForSole = inn -> Optional.of(new CounterpartyRequisites(SOLE, "ИП Сидоров",
        Optional.of(Kpp.of(ContractFixtures.KPP)), Optional.empty(), Optional.empty()));
    assertThatThrownBy(() -> autoFill(kppForSole).find(SOLE)).hasMessageContaining("to a sole proprietor, who has none");
    TaxIdLookup ogrnipForCompany = inn -> Optional.of(new CounterpartyRequisites(SBER, "ПАО Сбербанк",
        Optional.empty(), Optional.of(Ogrn.of(ContractFixtures.OGRNIP)), Optional.empty()));
    assertThatThrownBy(() -> autoFill(ogrnipForCompany).find(SBER)).hasMessageContaining("is an OGRNIP");
  }

  @Test
  void onlyWhoMayEditTheClientFillsAndTheLookupIsNotEvenAsked() {
    long before = f.base.taxIdLookup().lookups();
    assertThatThrownBy(() -> autoFill().create(MANAGER_2, client, SBER)).isInstanceOf(AccessDeniedException.class);
    assertThat(f.base.taxIdLookup().lookups()).isEqualTo(before);
    assertThat(f.base.counterpartyStore().all()).isEmpty();
  }

  @Test
  void fillingADraftWritesNothing() {
    Counterparty draft = Counterparty.builder().id(CounterpartyId.of("k-9")).client(client).legalName("Сбер").inn(SBER).build();
    AutoFillResult result = autoFill().fill(draft);
    assertThat(result.counterparty().kpp()).contains(Kpp.of(ContractFixtures.KPP));
    assertThat(f.base.counterpartyStore().all()).isEmpty();
    assertThat(autoFill().fill(Counterparty.builder().from(draft).inn(Inn.of(ContractFixtures.OTHER_INN)).build()).found())
        .isFalse();
  }

  @Test
  void theBuilderNamesWhatIsMissing() {
    assertThatThrownBy(() -> RequisitesAutoFill.builder().lookup(f.base.taxIdLookup()).build())
        .isInstanceOf(MissingValuesException.class)
        .hasMessage("RequisitesAutoFill: missing clientbase, accessPolicy");
    assertThatThrownBy(() -> RequisitesAutoFill.builder().build())
        .hasMessage("RequisitesAutoFill: missing clientbase, accessPolicy, lookup");
  }
}
