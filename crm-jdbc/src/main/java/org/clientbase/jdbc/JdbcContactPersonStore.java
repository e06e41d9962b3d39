package org.clientbase.jdbc;

import static org.clientbase.jdbc.JdbcRecordStore.Column.json;
import static org.clientbase.jdbc.JdbcRecordStore.Column.plain;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.clientbase.core.card.Source;
import org.clientbase.core.client.ContactPerson;
import org.clientbase.core.contact.Email;
import org.clientbase.core.contact.Phone;
import org.clientbase.core.id.ContactPersonId;
import org.clientbase.core.person.Birthday;
import org.clientbase.spi.store.ContactPersonStore;

/**
 * A {@link ContactPersonStore} on table {@code contact_person}, with the look-up tables
 * {@code contact_person_phone} and {@code contact_person_email}. The birthday is three typed
 * columns (month, day, optional year), so that reminders can be queried by date.
 */
public final class JdbcContactPersonStore extends JdbcRecordStore<ContactPersonId, ContactPerson>
    implements ContactPersonStore {
  private static final Lookup<ContactPerson> PHONES = new Lookup<>(
      "contact_person_phone", "contact_person_id", "phone", person -> phoneKeys(person.phones()));
  private static final Lookup<ContactPerson> EMAILS = new Lookup<>(
      "contact_person_email", "contact_person_id", "email",
      person -> person.emails().stream().map(Email::address).toList());

  /**
   * Creates the store.
   *
   * @param db the database, migrated
   */
  public JdbcContactPersonStore(JdbcDatabase db) {
    super(db, "ContactPerson", "contact_person", List.of(
        plain("last_name"), plain("first_name"), plain("patronymic"), plain("position"),
        plain("birthday_month"), plain("birthday_day"), plain("birthday_year"), plain("source"), plain("comment"),
        json("phones"), json("emails"), json("addresses"), json("tags"), json("custom_fields"), json("attachments"),
        plain("merged_into")),
        List.of(PHONES, EMAILS));
  }

  @Override
  ContactPersonId idOf(ContactPerson person) {
    return person.id();
  }

  @Override
  void bind(Sql.Params params, ContactPerson person) throws SQLException {
    Optional<Birthday> birthday = person.birthday();
    params.text(person.name().lastName()).text(person.name().firstName()).text(person.name().patronymic())
        .text(person.position())
        .number(birthday.map(b -> b.monthDay().getMonthValue()))
        .number(birthday.map(b -> b.monthDay().getDayOfMonth()))
        .number(birthday.flatMap(Birthday::year).map(y -> y.getValue()))
        .text(person.source().map(Source::name)).text(person.comment())
        .json(CardJson.phones(person.phones())).json(CardJson.emails(person.emails()))
        .json(CardJson.addresses(person.addresses())).json(CardJson.tags(person.tags()))
        .json(CardJson.customFields(person.customFields())).json(CardJson.attachments(person.attachments()))
        .id(person.mergedInto());
  }

  @Override
  ContactPerson read(Sql.Row row) throws SQLException {
    return ContactPerson.builder()
        .id(row.id("id", ContactPersonId::of))
        .name(Names.person(row))
        .position(row.optText("position"))
        .birthday(CardJson.birthday(row.optNumber("birthday_month"), row.optNumber("birthday_day"),
            row.optNumber("birthday_year")))
        .source(row.optText("source").map(Source::of))
        .comment(row.optText("comment"))
        .addAllPhones(CardJson.phones(row.text("phones")))
        .addAllEmails(CardJson.emails(row.text("emails")))
        .addAllAddresses(CardJson.addresses(row.text("addresses")))
        .addAllTags(CardJson.tags(row.text("tags")))
        .putAllCustomFields(CardJson.customFields(row.text("custom_fields")))
        .addAllAttachments(CardJson.attachments(row.text("attachments")))
        .mergedInto(row.optId("merged_into", ContactPersonId::of))
        .build();
  }

  @Override
  public List<ContactPerson> findByPhone(Phone phone) {
    return findByLookup("findByPhone", PHONES, phoneKey(phone));
  }

  @Override
  public List<ContactPerson> findByEmail(Email email) {
    return findByLookup("findByEmail", EMAILS, email.address());
  }
}
