package org.clientbase.jdbc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.clientbase.core.card.Category;
import org.clientbase.core.card.FileReference;
import org.clientbase.core.card.Source;
import org.clientbase.core.card.Tag;
import org.clientbase.core.client.Client;
import org.clientbase.core.client.ClientContact;
import org.clientbase.core.client.ClientKind;
import org.clientbase.core.client.ContactPerson;
import org.clientbase.core.contact.Email;
import org.clientbase.core.contact.Phone;
import org.clientbase.core.contact.PostalAddress;
import org.clientbase.core.field.FieldValue;
import org.clientbase.core.history.CardDiff;
import org.clientbase.core.history.FieldChange;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.ContactPersonId;
import org.clientbase.core.id.EntityId;
import org.clientbase.core.id.UserId;
import org.clientbase.core.person.Birthday;
import org.clientbase.core.person.PersonName;

/**
 * Whole client and contact person cards as JSON documents, and the field-level changes of a
 * {@link CardDiff}, for the change history and the merge journal. Each field is written under
 * the name the change history gives it ({@code phones}, {@code mergedInto}, ...; custom fields
 * as {@code custom.<key>}), in the same form as the card stores' JSON columns.
 *
 * <pre>
 * client  {"id": "c-1", "kind": "LEGAL_ENTITY", "name": "Ромашка", "createdOn": "2026-01-15",
 *          "phones": [...], "customFields": {"industry": {"type": "ENUMERATION", "value": "retail"}}}
 * changes [{"field": "comment", "before": "old text", "after": "new text"},
 *          {"field": "custom.industry", "after": {"type": "ENUMERATION", "value": "retail"}}]
 * </pre>
 *
 * <p>A diff is read back by building two cards that differ in exactly the stored fields and
 * asking {@link CardDiff#between} for their diff (or for the reverse diff, reversed, when that
 * gives the stored order), so the library's own diff is what comes back.
 */
final class CardDocuments {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String CUSTOM = "custom.";
  private static final LocalDate SOME_DAY = LocalDate.of(2000, 1, 1);

  /**
   * One kind of card as the change history stores it: the whole card as a JSON document, and
   * the changes of its diffs.
   *
   * @param write the document of a card
   * @param read the card of a document
   * @param diff the diff of a card whose changes are stored as {@link #changes}
   */
  record Form<I extends EntityId, C>(
      Function<C, ObjectNode> write, Function<JsonNode, C> read, BiFunction<I, String, CardDiff<C>> diff) {}

  /** Client cards. */
  static final Form<ClientId, Client> CLIENT =
      new Form<>(CardDocuments::client, CardDocuments::client, CardDocuments::clientDiff);

  /** Contact person cards. */
  static final Form<ContactPersonId, ContactPerson> CONTACT_PERSON =
      new Form<>(CardDocuments::contactPerson, CardDocuments::contactPerson, CardDocuments::contactPersonDiff);

  /** Sets one field of a card's builder to a value read from JSON. */
  private interface Setter<B, V> {
    void set(B card, String field, V value);
  }

  /**
   * How a kind of card is read back from JSON: its named fields and its custom fields set on its
   * builder, the card built, and the library's diff of two such cards.
   */
  private record Fields<B, C>(Setter<B, JsonNode> field, Setter<B, FieldValue> custom, Function<B, C> build,
      BiFunction<C, C, CardDiff<C>> between) {}

  private static final Fields<Client.Builder, Client> CLIENT_FIELDS = new Fields<>(
      CardDocuments::setClientField, Client.Builder::putCustomFields, Client.Builder::build, CardDiff::between);

  private static final Fields<ContactPerson.Builder, ContactPerson> CONTACT_PERSON_FIELDS = new Fields<>(
      CardDocuments::setContactPersonField, ContactPerson.Builder::putCustomFields, ContactPerson.Builder::build,
      CardDiff::between);

  private CardDocuments() {}

  // ------------------------------------------------------------------ whole cards

  static ObjectNode client(Client client) {
    ObjectNode node = NODES.objectNode().put("id", client.id().value());
    put(node, "kind", client.kind());
    put(node, "name", client.name());
    put(node, "createdOn", client.createdOn());
    client.responsible().ifPresent(v -> put(node, "responsible", v));
    client.source().ifPresent(v -> put(node, "source", v));
    client.comment().ifPresent(v -> put(node, "comment", v));
    client.mergedInto().ifPresent(v -> put(node, "mergedInto", v));
    put(node, "phones", client.phones());
    put(node, "emails", client.emails());
    putAddresses(node, client.addresses());
    putContacts(node, client.contacts());
    put(node, "tags", client.tags());
    putCategories(node, client.categories());
    node.set("customFields", CardJson.read(CardJson.customFields(client.customFields())));
    return node;
  }

  static Client client(JsonNode node) {
    return card(node, Client.builder().id(ClientId.of(node.get("id").asText())), CLIENT_FIELDS);
  }

  static ObjectNode contactPerson(ContactPerson person) {
    ObjectNode node = NODES.objectNode().put("id", person.id().value());
    put(node, "name", person.name());
    person.position().ifPresent(v -> put(node, "position", v));
    person.birthday().ifPresent(v -> put(node, "birthday", v));
    person.source().ifPresent(v -> put(node, "source", v));
    person.comment().ifPresent(v -> put(node, "comment", v));
    person.mergedInto().ifPresent(v -> put(node, "mergedInto", v));
    put(node, "phones", person.phones());
    put(node, "emails", person.emails());
    putAddresses(node, person.addresses());
    put(node, "tags", person.tags());
    putAttachments(node, person.attachments());
    node.set("customFields", CardJson.read(CardJson.customFields(person.customFields())));
    return node;
  }

  static ContactPerson contactPerson(JsonNode node) {
    return card(node, ContactPerson.builder().id(ContactPersonId.of(node.get("id").asText())), CONTACT_PERSON_FIELDS);
  }

  /** Sets every field of a card's document but its id on the card's builder, and builds the card. */
  private static <B, C> C card(JsonNode node, B card, Fields<B, C> fields) {
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      if (field.getKey().equals("customFields")) {
        CardJson.customFields(field.getValue().toString())
            .forEach((key, value) -> fields.custom().set(card, key, value));
      } else if (!field.getKey().equals("id")) {
        fields.field().set(card, field.getKey(), field.getValue());
      }
    }
    return fields.build().apply(card);
  }

  // ------------------------------------------------------------------ diffs

  /** Returns the changes of a diff as a JSON array, in the diff's order. */
  static String changes(CardDiff<?> diff) {
    ArrayNode array = NODES.arrayNode();
    for (FieldChange change : diff.changes()) {
      ObjectNode node = array.addObject().put("field", change.field());
      change.before().ifPresent(v -> node.set("before", value(change.field(), v)));
      change.after().ifPresent(v -> node.set("after", value(change.field(), v)));
    }
    return CardJson.write(array);
  }

  /** Reads the changes of a client's diff. */
  static CardDiff<Client> clientDiff(ClientId id, String json) {
    return diff(json, () -> baseClient(id), CLIENT_FIELDS);
  }

  /** Reads the changes of a contact person's diff. */
  static CardDiff<ContactPerson> contactPersonDiff(ContactPersonId id, String json) {
    return diff(json, () -> baseContactPerson(id), CONTACT_PERSON_FIELDS);
  }

  /** Builds the two sides of a diff from its stored changes over two same base cards, and diffs them. */
  private static <B, C> CardDiff<C> diff(String json, Supplier<B> base, Fields<B, C> fields) {
    B before = base.get();
    B after = base.get();
    for (JsonNode change : CardJson.read(json)) {
      String field = change.get("field").asText();
      set(before, field, change.get("before"), fields);
      set(after, field, change.get("after"), fields);
    }
    C b = fields.build().apply(before);
    C a = fields.build().apply(after);
    return inStoredOrder(json, fields.between().apply(b, a), () -> fields.between().apply(a, b).reversed());
  }

  /** Sets one side of a stored change on a card's builder; an absent side ({@code null}) sets nothing. */
  private static <B> void set(B card, String field, JsonNode value, Fields<B, ?> fields) {
    if (value == null) {
      return;
    }
    if (field.startsWith(CUSTOM)) {
      String key = field.substring(CUSTOM.length());
      fields.custom().set(card, key, CardJson.customValue(key, value));
    } else {
      fields.field().set(card, field, value);
    }
  }

  /**
   * Returns the diff whose changes come in the stored order. {@link CardDiff#between} lists the
   * custom fields the earlier card has before those only the later one has; a reversed diff
   * lists them the other way round. One of the two rebuilt diffs is the stored one.
   */
  private static <C> CardDiff<C> inStoredOrder(String json, CardDiff<C> forward, Supplier<CardDiff<C>> backward) {
    List<String> stored = new ArrayList<>();
    CardJson.read(json).forEach(change -> stored.add(change.get("field").asText()));
    if (fields(forward).equals(stored)) {
      return forward;
    }
    CardDiff<C> reversed = backward.get();
    if (fields(reversed).equals(stored)) {
      return reversed;
    }
    throw new JdbcStoreException("Stored changes " + stored + " cannot be read back in their order");
  }

  private static List<String> fields(CardDiff<?> diff) {
    return diff.changes().stream().map(FieldChange::field).toList();
  }

  /** A card that a diff's stored fields are written over; its other fields are the same on both sides. */
  private static Client.Builder baseClient(ClientId id) {
    return Client.builder().id(id).kind(ClientKind.LEGAL_ENTITY).name("card").createdOn(SOME_DAY);
  }

  private static ContactPerson.Builder baseContactPerson(ContactPersonId id) {
    return ContactPerson.builder().id(id).name(PersonName.of("Card", "Card"));
  }

  // ------------------------------------------------------------------ fields

  /** Returns the JSON of a field's value, whichever card it belongs to. */
  @SuppressWarnings("unchecked")
  private static JsonNode value(String field, Object value) {
    if (field.startsWith(CUSTOM)) {
      return CardJson.customValue((FieldValue) value);
    }
    return switch (field) {
      case "kind" -> new TextNode(((ClientKind) value).name());
      case "name" -> value instanceof PersonName name ? name(name) : new TextNode((String) value);
      case "createdOn" -> new TextNode(value.toString());
      case "responsible", "mergedInto" -> new TextNode(((EntityId) value).value());
      case "source" -> new TextNode(((Source) value).name());
      case "comment", "position" -> new TextNode((String) value);
      case "birthday" -> birthday((Birthday) value);
      case "phones" -> CardJson.read(CardJson.phones(List.copyOf((Collection<Phone>) value)));
      case "emails" -> CardJson.read(CardJson.emails(List.copyOf((Collection<Email>) value)));
      case "addresses" -> CardJson.read(CardJson.addresses(List.copyOf((Collection<PostalAddress>) value)));
      case "contacts" -> CardJson.read(CardJson.contacts(List.copyOf((Collection<ClientContact>) value)));
      case "tags" -> CardJson.read(CardJson.tags(Set.copyOf((Collection<Tag>) value)));
      case "categories" -> CardJson.read(CardJson.categories(Set.copyOf((Collection<Category>) value)));
      case "attachments" -> CardJson.read(CardJson.attachments(List.copyOf((Collection<FileReference>) value)));
      default -> throw new JdbcStoreException("Card field " + field + " cannot be stored");
    };
  }

  private static void put(ObjectNode node, String field, Object value) {
    node.set(field, value(field, value));
  }

  private static void putAddresses(ObjectNode node, List<PostalAddress> addresses) {
    node.set("addresses", value("addresses", addresses));
  }

  private static void putContacts(ObjectNode node, List<ClientContact> contacts) {
    node.set("contacts", value("contacts", contacts));
  }

  private static void putCategories(ObjectNode node, Set<Category> categories) {
    node.set("categories", value("categories", categories));
  }

  private static void putAttachments(ObjectNode node, List<FileReference> attachments) {
    node.set("attachments", value("attachments", attachments));
  }

  private static void setClientField(Client.Builder client, String field, JsonNode value) {
    switch (field) {
      case "kind" -> client.kind(ClientKind.valueOf(value.asText()));
      case "name" -> client.name(value.asText());
      case "createdOn" -> client.createdOn(LocalDate.parse(value.asText()));
      case "responsible" -> client.responsible(UserId.of(value.asText()));
      case "mergedInto" -> client.mergedInto(ClientId.of(value.asText()));
      case "source" -> client.source(Source.of(value.asText()));
      case "comment" -> client.comment(value.asText());
      case "phones" -> client.phones(CardJson.phones(value.toString()));
      case "emails" -> client.emails(CardJson.emails(value.toString()));
      case "addresses" -> client.addresses(CardJson.addresses(value.toString()));
      case "contacts" -> client.contacts(CardJson.contacts(value.toString()));
      case "tags" -> client.tags(CardJson.tags(value.toString()));
      case "categories" -> client.categories(CardJson.categories(value.toString()));
      default -> throw new JdbcStoreException("Client field " + field + " is unknown");
    }
  }

  private static void setContactPersonField(ContactPerson.Builder person, String field, JsonNode value) {
    switch (field) {
      case "name" -> person.name(name(value));
      case "position" -> person.position(value.asText());
      case "birthday" -> person.birthday(birthday(value));
      case "mergedInto" -> person.mergedInto(ContactPersonId.of(value.asText()));
      case "source" -> person.source(Source.of(value.asText()));
      case "comment" -> person.comment(value.asText());
      case "phones" -> person.phones(CardJson.phones(value.toString()));
      case "emails" -> person.emails(CardJson.emails(value.toString()));
      case "addresses" -> person.addresses(CardJson.addresses(value.toString()));
      case "tags" -> person.tags(CardJson.tags(value.toString()));
      case "attachments" -> person.attachments(CardJson.attachments(value.toString()));
      default -> throw new JdbcStoreException("Contact person field " + field + " is unknown");
    }
  }

  private static ObjectNode name(PersonName name) {
    ObjectNode node = NODES.objectNode().put("lastName", name.lastName()).put("firstName", name.firstName());
    name.patronymic().ifPresent(p -> node.put("patronymic", p));
    return node;
  }

  private static PersonName name(JsonNode node) {
    Optional<String> patronymic = CardJson.text(node, "patronymic");
    String last = node.get("lastName").asText();
    String first = node.get("firstName").asText();
    return patronymic.isPresent() ? PersonName.of(last, first, patronymic.get()) : PersonName.of(last, first);
  }

  private static ObjectNode birthday(Birthday birthday) {
    ObjectNode node = NODES.objectNode()
        .put("month", birthday.monthDay().getMonthValue()).put("day", birthday.monthDay().getDayOfMonth());
    birthday.year().ifPresent(y -> node.put("year", y.getValue()));
    return node;
  }

  private static Birthday birthday(JsonNode node) {
    MonthDay monthDay = MonthDay.of(node.get("month").asInt(), node.get("day").asInt());
    return node.has("year") ? Birthday.of(monthDay, Year.of(node.get("year").asInt())) : Birthday.of(monthDay);
  }
}
