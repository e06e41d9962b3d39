package org.clientbase.examples.lookup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.clientbase.core.client.Client;
import org.clientbase.core.client.ClientKind;
import org.clientbase.core.client.Counterparty;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.UserId;
import org.clientbase.core.tax.Inn;
import org.clientbase.rules.requisites.RequisitesAutoFill;
import org.clientbase.spi.access.AccessPolicy;
import org.clientbase.memory.InMemoryClientbase;
import org.junit.jupiter.api.Test;

/** A host fills a new counterparty from its INN alone, with the registry file as its lookup. */
class AutoFillFromRegistryFileTest {
  @Test
  void aManagerTypesTheInnAndGetsTheWholeCounterparty() {
    InMemoryClientbase host = InMemoryClientbase.create(AccessPolicy.allowAll());
    UserId manager = UserId.of("manager-1");
    host.clientStore().insert(Client.builder().id(ClientId.of("c-1")).kind(ClientKind.LEGAL_ENTITY).name("Сбербанк")
        .createdOn(LocalDate.of(2026, 3, 10)).responsible(manager).build());
    RequisitesAutoFill autoFill = RequisitesAutoFill.builder()
        .lookup(RegistryFileTaxIdLookup.fromResource("/lookup/registry.csv"))
        .clientbase(host)
        .accessPolicy(host.accessPolicy())
        .build();

    Counterparty counterparty = autoFill.create(manager, ClientId.of("c-1"), Inn.of("7707083893")).orElseThrow().value();

    assertThat(counterparty.legalName()).isEqualTo("ПАО Сбербанк");
    assertThat(counterparty.kpp().orElseThrow().value()).isEqualTo("773601001");
    assertThat(counterparty.legalAddress().orElseThrow().city()).isEqualTo("Москва");
    assertThat(host.counterpartyStore().findByClient(ClientId.of("c-1"))).containsExactly(counterparty);
  }
}
