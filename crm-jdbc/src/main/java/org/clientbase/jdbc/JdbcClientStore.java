package org.clientbase.jdbc;

import static org.clientbase.jdbc.JdbcRecordStore.Column.json;
import static org.clientbase.jdbc.JdbcRecordStore.Column.plain;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.clientbase.core.card.Source;
import org.clientbase.core.client.Client;
import org.clientbase.core.client.ClientKind;
import org.clientbase.core.contact.Email;
import org.clientbase.core.contact.Phone;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.ContactPersonId;
import org.clientbase.core.id.UserId;
import org.clientbase.spi.store.ClientStart;
import org.clientbase.spi.store.ClientStore;
import org.clientbase.spi.store.PageRequest;

/**
 * A {@link ClientStore} on table {@code client}, with the look-up tables {@code client_phone},
 * {@code client_email} and {@code client_contact} (which contact persons the client links).
 */
public final class JdbcClientStore extends JdbcRecordStore<ClientId, Client> implements ClientStore {
  private static final Lookup<Client> PHONES =
      new Lookup<>("client_phone", "client_id", "phone", client -> phoneKeys(client.phones()));
  private static final Lookup<Client> EMAILS =
      new Lookup<>("client_email", "client_id", "email", client -> client.emails().stream().map(Email::address).toList());
  private static final Lookup<Client> CONTACTS = new Lookup<>("client_contact", "client_id", "contact_person_id",
      client -> client.contacts().stream().map(c -> c.contactPerson().value()).toList());

  /**
   * Creates the store.
   *
   * @param db the database, migrated
   */
  public JdbcClientStore(JdbcDatabase db) {
    super(db, "Client", "client", List.of(
        plain("kind"), plain("name"), plain("created_on"), plain("responsible"), plain("source"), plain("comment"),
        json("phones"), json("emails"), json("addresses"), json("contacts"), json("tags"), json("categories"),
        json("custom_fields"), plain("merged_into")),
        List.of(PHONES, EMAILS, CONTACTS));
  }

  @Override
  ClientId idOf(Client client) {
    return client.id();
  }

  @Override
  void bind(Sql.Params params, Client client) throws SQLException {
    params.name(client.kind()).text(client.name()).date(client.createdOn()).id(client.responsible())
        .text(client.source().map(Source::name)).text(client.comment())
        .json(CardJson.phones(client.phones())).json(CardJson.emails(client.emails()))
        .json(CardJson.addresses(client.addresses())).json(CardJson.contacts(client.contacts()))
        .json(CardJson.tags(client.tags())).json(CardJson.categories(client.categories()))
        .json(CardJson.customFields(client.customFields())).id(client.mergedInto());
  }

  @Override
  Client read(Sql.Row row) throws SQLException {
    return Client.builder()
        .id(row.id("id", ClientId::of))
        .kind(row.name("kind", ClientKind.class))
        .name(row.text("name"))
        .createdOn(row.date("created_on"))
        .responsible(row.optId("responsible", UserId::of))
        .source(row.optText("source").map(Source::of))
        .comment(row.optText("comment"))
        .addAllPhones(CardJson.phones(row.text("phones")))
        .addAllEmails(CardJson.emails(row.text("emails")))
        .addAllAddresses(CardJson.addresses(row.text("addresses")))
        .addAllContacts(CardJson.contacts(row.text("contacts")))
        .addAllTags(CardJson.tags(row.text("tags")))
        .addAllCategories(CardJson.categories(row.text("categories")))
        .putAllCustomFields(CardJson.customFields(row.text("custom_fields")))
        .mergedInto(row.optId("merged_into", ClientId::of))
        .build();
  }

  /**
   * Returns a page of clients' ids and creation days in one query of the two columns, in the
   * order of {@link #page(PageRequest)}.
   *
   * @param request the first page, or the page after a client, and the largest number to return
   * @return the clients, in id order
   */
  @Override
  public List<ClientStart> starts(PageRequest<ClientId> request) {
    Optional<ClientId> after = request.after();
    return db.read("ClientStore.starts", connection -> {
      try (PreparedStatement statement = connection.prepareStatement("SELECT id, created_on FROM client"
          + (after.isPresent() ? " WHERE id > ?" : "") + " ORDER BY id LIMIT ?")) {
        Sql.Params params = new Sql.Params(statement);
        if (after.isPresent()) {
          params.id(after.get());
        }
        params.number(request.limit());
        List<ClientStart> starts = new ArrayList<>(request.limit());
        try (ResultSet rows = statement.executeQuery()) {
          while (rows.next()) {
            starts.add(new ClientStart(ClientId.of(rows.getString(1)), rows.getObject(2, LocalDate.class)));
          }
        }
        return starts;
      }
    });
  }

  @Override
  public List<ClientStart> starts(Collection<ClientId> ids) {
    Set<String> texts = new LinkedHashSet<>();
    for (ClientId id : Objects.requireNonNull(ids, "ids")) {
      texts.add(Objects.requireNonNull(id, "id").value());
    }
    if (texts.isEmpty()) {
      return List.of();
    }
    Map<String, LocalDate> created = db.read("ClientStore.starts of " + texts.size() + " clients", connection -> {
      try (PreparedStatement statement = connection.prepareStatement(
          "SELECT id, created_on FROM client WHERE id = ANY(?)")) {
        new Sql.Params(statement).texts(connection, texts);
        Map<String, LocalDate> found = new HashMap<>();
        try (ResultSet rows = statement.executeQuery()) {
          while (rows.next()) {
            found.put(rows.getString(1), rows.getObject(2, LocalDate.class));
          }
        }
        return found;
      }
    });
    List<ClientStart> starts = new ArrayList<>(created.size());
    for (String id : texts) {
      LocalDate day = created.get(id);
      if (day != null) {
        starts.add(new ClientStart(ClientId.of(id), day));
      }
    }
    return starts;
  }

  @Override
  public List<Client> findByPhone(Phone phone) {
    return findByLookup("findByPhone", PHONES, phoneKey(phone));
  }

  @Override
  public List<Client> findByEmail(Email email) {
    return findByLookup("findByEmail", EMAILS, email.address());
  }

  @Override
  public List<Client> findByContactPerson(ContactPersonId person) {
    return findByLookup("findByContactPerson", CONTACTS, person.value());
  }

}
