package org.clientbase.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.clientbase.core.InvalidTaxIdException;
import org.clientbase.core.client.Client;
import org.clientbase.core.client.ClientContact;
import org.clientbase.core.client.ClientKind;
import org.clientbase.core.client.ContactPerson;
import org.clientbase.core.client.Counterparty;
import org.clientbase.core.contact.Email;
import org.clientbase.core.contact.Phone;
import org.clientbase.core.history.CardDiff;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.ContactPersonId;
import org.clientbase.core.id.CounterpartyId;
import org.clientbase.core.id.UserId;
import org.clientbase.core.person.PersonName;
import org.clientbase.core.tax.Inn;
import org.clientbase.core.tax.Kpp;
import org.junit.jupiter.api.Test;

/** Values validate and normalise when built, and a changed card diffs against the old one. */
class QuickStartTest {

  @Test
  void quickStart() {

    ContactPerson anna = ContactPerson.builder()
        .id(ContactPersonId.of("p-1"))
        .name(PersonName.parse("Петрова Анна Сергеевна"))
        .addPhones(Phone.parse("8 (916) 123-45-67"))        // stored as +79161234567
        .addEmails(Email.of("a.petrova@Romashka.RU"))         // domain compared ignoring case
        .build();

    Client romashka = Client.builder()
        .id(ClientId.of("c-1"))
        .kind(ClientKind.LEGAL_ENTITY)
        .name("Ромашка")
        .createdOn(LocalDate.of(2026, 1, 15))
        .responsible(UserId.of("manager-1"))
        .addContacts(ClientContact.builder()
            .contactPerson(anna.id()).role("Chief accountant").keyPerson(true).build())
        .build();

    Counterparty llc = Counterparty.builder()
        .id(CounterpartyId.of("k-1"))
        .client(romashka.id())
        .legalName("ООО «Ромашка»")
        .inn(Inn.of("7707083893"))                            // check digits verified
        .kpp(Kpp.of("773601001"))
        .build();

    // Cards are immutable: a change is a new version, and the diff is what history stores.
    Client reassigned = Client.builder().from(romashka).responsible(UserId.of("manager-7")).build();
    CardDiff<Client> diff = CardDiff.between(romashka, reassigned);
    System.out.println(diff.changes());   // [responsible: manager-1 → manager-7]


    assertThat(anna.phones().get(0)).isEqualTo(Phone.parse("+7 916 1234567"));
    assertThat(romashka.keyPersons()).hasSize(1);
    assertThat(llc.inn().isLegalEntity()).isTrue();
    assertThat(diff.changedFields()).containsExactly("responsible");
    assertThat(diff.applyTo(romashka)).isEqualTo(reassigned);
    assertThatThrownBy(() -> Inn.of("7707083894"))
        .isInstanceOf(InvalidTaxIdException.class)
        .hasMessage("INN 7707083894: check digit 4 expected 3");
  }
}
