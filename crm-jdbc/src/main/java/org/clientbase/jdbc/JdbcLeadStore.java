package org.clientbase.jdbc;

import static org.clientbase.jdbc.JdbcRecordStore.Column.json;
import static org.clientbase.jdbc.JdbcRecordStore.Column.plain;

import java.sql.SQLException;
import java.util.List;
import org.clientbase.core.card.Source;
import org.clientbase.core.contact.Email;
import org.clientbase.core.contact.Phone;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.ContactPersonId;
import org.clientbase.core.id.LeadId;
import org.clientbase.core.id.UserId;
import org.clientbase.core.lead.Lead;
import org.clientbase.core.tax.Inn;
import org.clientbase.spi.store.LeadStore;

/**
 * A {@link LeadStore} on table {@code lead}, with the look-up tables {@code lead_phone} and
 * {@code lead_email} for {@link #findByPhone} and {@link #findByEmail}.
 */
public final class JdbcLeadStore extends JdbcRecordStore<LeadId, Lead> implements LeadStore {
  private static final Lookup<Lead> PHONES =
      new Lookup<>("lead_phone", "lead_id", "phone", lead -> phoneKeys(lead.phones()));
  private static final Lookup<Lead> EMAILS =
      new Lookup<>("lead_email", "lead_id", "email", lead -> lead.emails().stream().map(Email::address).toList());

  /**
   * Creates the store.
   *
   * @param db the database, migrated
   */
  public JdbcLeadStore(JdbcDatabase db) {
    super(db, "Lead", "lead", List.of(
        plain("last_name"), plain("first_name"), plain("patronymic"), plain("company"), plain("inn"),
        plain("source"), plain("comment"), plain("responsible"), plain("linked_client"),
        plain("linked_contact_person"), plain("converted_at"),
        json("phones"), json("emails"), json("tags"), json("custom_fields")),
        List.of(PHONES, EMAILS));
  }

  @Override
  LeadId idOf(Lead lead) {
    return lead.id();
  }

  @Override
  void bind(Sql.Params params, Lead lead) throws SQLException {
    params.text(lead.name().lastName()).text(lead.name().firstName()).text(lead.name().patronymic())
        .text(lead.company()).text(lead.inn().map(Inn::value)).text(lead.source().map(Source::name))
        .text(lead.comment()).id(lead.responsible()).id(lead.linkedClient()).id(lead.linkedContactPerson())
        .instant("Lead " + lead.id() + " convertedAt", lead.convertedAt())
        .json(CardJson.phones(lead.phones())).json(CardJson.emails(lead.emails()))
        .json(CardJson.tags(lead.tags())).json(CardJson.customFields(lead.customFields()));
  }

  @Override
  Lead read(Sql.Row row) throws SQLException {
    return Lead.builder()
        .id(row.id("id", LeadId::of))
        .name(Names.person(row))
        .company(row.optText("company"))
        .inn(row.optText("inn").map(Inn::of))
        .source(row.optText("source").map(Source::of))
        .comment(row.optText("comment"))
        .responsible(row.optId("responsible", UserId::of))
        .linkedClient(row.optId("linked_client", ClientId::of))
        .linkedContactPerson(row.optId("linked_contact_person", ContactPersonId::of))
        .convertedAt(row.optInstant("converted_at"))
        .addAllPhones(CardJson.phones(row.text("phones")))
        .addAllEmails(CardJson.emails(row.text("emails")))
        .addAllTags(CardJson.tags(row.text("tags")))
        .putAllCustomFields(CardJson.customFields(row.text("custom_fields")))
        .build();
  }

  @Override
  public List<Lead> findByPhone(Phone phone) {
    return findByLookup("findByPhone", PHONES, phoneKey(phone));
  }

  @Override
  public List<Lead> findByEmail(Email email) {
    return findByLookup("findByEmail", EMAILS, email.address());
  }
}
