package org.clientbase.core.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.clientbase.core.InvalidValueException;
import org.clientbase.core.contact.Phone;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.ContactPersonId;
import org.clientbase.core.id.CounterpartyId;
import org.clientbase.core.tax.Inn;
import org.clientbase.core.tax.Kpp;
import org.clientbase.core.tax.Ogrn;
import org.junit.jupiter.api.Test;

class CardsTest {
  private Client.Builder client() {
    return Client.builder()
        .id(ClientId.of("c-1"))
        .kind(ClientKind.LEGAL_ENTITY)
        .name("Ромашка")
        .createdOn(LocalDate.of(2026, 1, 15));
  }

  @Test
  void aClientWithABlankNameIsRejected() {
    assertThatThrownBy(() -> client().name(" ").build())
        .isInstanceOf(InvalidValueException.class)
        .satisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo("Client c-1 name"));
  }

  @Test
  void aClientNameMustBeNormalised() {
    assertThatThrownBy(() -> client().name(" Ромашка  Плюс").build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("trimmed and single-spaced");
  }

  @Test
  void theSamePhoneWrittenTwoWaysIsARepeat() {
    assertThatThrownBy(() -> client()
            .addPhones(Phone.parse("8 (916) 123-45-67"), Phone.parse("+7 916 1234567"))
            .build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("must not repeat a phone");
  }

  @Test
  void aContactPersonIsLinkedToAClientOnce() {
    ContactPersonId person = ContactPersonId.of("p-1");
    assertThatThrownBy(() -> client()
            .addContacts(ClientContact.of(person), ClientContact.builder().contactPerson(person).keyPerson(true).build())
            .build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("must link each contact person once");
  }

  @Test
  void keyPersonsAreTheLinksMarkedKey() {
    Client c = client()
        .addContacts(ClientContact.of(ContactPersonId.of("p-1")))
        .addContacts(ClientContact.builder().contactPerson(ContactPersonId.of("p-2")).role("Director").keyPerson(true).build())
        .build();

    assertThat(c.keyPersons()).extracting(ClientContact::contactPerson).containsExactly(ContactPersonId.of("p-2"));
  }

  @Test
  void aSoleProprietorHasNoKpp() {
    assertThatThrownBy(() -> Counterparty.builder()
            .id(CounterpartyId.of("k-1"))
            .client(ClientId.of("c-1"))
            .legalName("ИП Петров Пётр Петрович")
            .inn(Inn.of("500100732259"))
            .kpp(Kpp.of("773601001"))
            .build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("has no KPP");
  }

  @Test
  void anOrganisationNeedsAThirteenDigitOgrn() {
    assertThatThrownBy(() -> Counterparty.builder()
            .id(CounterpartyId.of("k-1"))
            .client(ClientId.of("c-1"))
            .legalName("ООО «Ромашка»")
            .inn(Inn.of("7707083893"))
            .ogrn(Ogrn.of("304500116000157"))
            .build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("13-digit OGRN");
  }

  @Test
  void aConsistentCounterpartyIsAccepted() {
    Counterparty k = Counterparty.builder()
        .id(CounterpartyId.of("k-1"))
        .client(ClientId.of("c-1"))
        .legalName("ООО «Ромашка»")
        .inn(Inn.of("7707083893"))
        .kpp(Kpp.of("773601001"))
        .ogrn(Ogrn.of("1027700132195"))
        .build();
    assertThat(k.inn().isLegalEntity()).isTrue();
  }
}
