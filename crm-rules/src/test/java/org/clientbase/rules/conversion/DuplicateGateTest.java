package org.clientbase.rules.conversion;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.clientbase.core.client.Client;
import org.clientbase.core.client.ClientContact;
import org.clientbase.core.client.ClientKind;
import org.clientbase.core.client.ContactPerson;
import org.clientbase.core.contact.Email;
import org.clientbase.core.contact.Phone;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.ContactPersonId;
import org.clientbase.core.id.LeadId;
import org.clientbase.core.person.PersonName;
import org.junit.jupiter.api.Test;

/** The default duplicate gate also finds a client through its contact persons' phones and emails. */
class DuplicateGateTest {
  final ConversionFixture fixture = new ConversionFixture();

  void clientWithContactPerson() {
    ContactPerson anna = ContactPerson.builder().id(ContactPersonId.of("p-1"))
        .name(PersonName.parse("Петрова Анна Сергеевна"))
        .addPhones(Phone.parse("+7 903 765-43-21"))
        .addEmails(Email.of("anna@lutik.ru"))
        .build();
    fixture.base.contactPersonStore().insert(anna);
    fixture.base.clientStore().insert(Client.builder().id(ClientId.of("c-9")).kind(ClientKind.LEGAL_ENTITY)
        .name("Лютик").createdOn(LocalDate.of(2026, 2, 1))
        .addContacts(ClientContact.builder().contactPerson(anna.id()).role("Buyer").build())
        .build());
  }

  @Test
  void aLeadWithTheContactPersonsPhoneIsStoppedByTheDefaultGate() {
    clientWithContactPerson();
    fixture.base.leadStore().insert(ConversionFixture.lead("l-18", "Петрова Анна")
        .addPhones(Phone.parse("8 903 765-43-21")).build());

    ConversionResult result = fixture.converterBuilder().duplicatePolicy(DuplicatePolicy.STOP_AND_REPORT)
        .build().convert(ConversionFixture.USER, LeadId.of("l-18"), ConversionOptions.defaults());

    assertThat(result).isEqualTo(new ConversionResult.DuplicatesFound(LeadId.of("l-18"), List.of(
        new ClientMatch(ClientId.of("c-9"), List.of("contact person p-1 has the same phone +7 903 765-43-21"))), 0));
    assertThat(fixture.base.clientStore().findByPhone(Phone.parse("+7 903 765-43-21"))).isEmpty();
  }

  @Test
  void aLeadWithTheContactPersonsEmailIsFoundToo() {
    clientWithContactPerson();

    List<ClientMatch> matches = DuplicateFinder.exact(fixture.base.clientStore(), fixture.base.counterpartyStore(),
        fixture.base.contactPersonStore()).findClientsLike(ConversionFixture.lead("l-20", "Анна П.")
            .addEmails(Email.of("anna@Lutik.RU")).addPhones(Phone.parse("+7 903 765-43-21")).build());

    assertThat(matches).containsExactly(new ClientMatch(ClientId.of("c-9"), List.of(
        "contact person p-1 has the same email anna@lutik.ru",
        "contact person p-1 has the same phone +7 903 765-43-21")));
  }

  @Test
  void theNarrowGateLooksAtTheClientsOwnContactsOnly() {
    clientWithContactPerson();

    List<ClientMatch> matches = DuplicateFinder.exact(fixture.base.clientStore(), fixture.base.counterpartyStore())
        .findClientsLike(ConversionFixture.lead("l-21", "Петрова Анна")
            .addPhones(Phone.parse("+7 903 765-43-21")).build());

    assertThat(matches).isEmpty();
  }
}
