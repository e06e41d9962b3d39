package org.clientbase.rules.matching;

import java.time.LocalDate;
import java.time.MonthDay;
import org.clientbase.core.client.Client;
import org.clientbase.core.client.ClientKind;
import org.clientbase.core.client.ContactPerson;
import org.clientbase.core.client.Counterparty;
import org.clientbase.core.contact.Email;
import org.clientbase.core.contact.Phone;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.ContactPersonId;
import org.clientbase.core.id.CounterpartyId;
import org.clientbase.core.id.LeadId;
import org.clientbase.core.lead.Lead;
import org.clientbase.core.person.Birthday;
import org.clientbase.core.person.PersonName;
import org.clientbase.core.tax.Inn;

/** Small cards for the matching tests. */
final class Cards {
  private Cards() {}

  static final String INN = "7707083893";
  static final String OTHER_INN = "7736207543";

  static ContactPerson.Builder person(String id, String last, String first) {
    return ContactPerson.builder().id(ContactPersonId.of(id)).name(PersonName.of(last, first));
  }

  static ContactPerson.Builder person(String id, PersonName name) {
    return ContactPerson.builder().id(ContactPersonId.of(id)).name(name);
  }

  static Client.Builder company(String id, String name) {
    return Client.builder().id(ClientId.of(id)).kind(ClientKind.LEGAL_ENTITY).name(name)
        .createdOn(LocalDate.of(2025, 1, 10));
  }

  static Counterparty counterparty(String id, String client, String legalName, String inn) {
    return Counterparty.builder().id(CounterpartyId.of(id)).client(ClientId.of(client)).legalName(legalName)
        .inn(Inn.of(inn)).build();
  }

  static Lead.Builder lead(String id, String last, String first) {
    return Lead.builder().id(LeadId.of(id)).name(PersonName.of(last, first));
  }

  static Phone phone(String text) {
    return Phone.parse(text);
  }

  static Email email(String text) {
    return Email.of(text);
  }

  static Birthday birthday(int month, int day) {
    return Birthday.of(MonthDay.of(month, day));
  }
}
