package org.clientbase.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.clientbase.core.activity.Participant;
import org.clientbase.core.card.Category;
import org.clientbase.core.card.FileReference;
import org.clientbase.core.card.Tag;
import org.clientbase.core.client.ClientContact;
import org.clientbase.core.contact.Email;
import org.clientbase.core.contact.Phone;
import org.clientbase.core.contact.PostalAddress;
import org.clientbase.core.field.FieldValue;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.ContactPersonId;
import org.clientbase.core.id.FileId;
import org.clientbase.core.id.LeadId;
import org.clientbase.core.person.Birthday;

/**
 * The JSON layout of the lists and nested values of a card. Every value is written in the
 * form its own type reads back exactly (phones as E.164 plus extension, decimals as strings
 * with their scale, references with the type of their id), so a card reads back equal to the
 * one written.
 *
 * <pre>
 * phones        [{"number": "+79161234567", "ext": "12"}]
 * emails        ["Anna@romashka.ru"]
 * addresses     [{"postcode": "101000", "country": "Россия", "city": "Москва", "street": ...}]
 * tags          ["VIP"]
 * categories    [{"dimension": "region", "value": "Москва"}]
 * custom_fields {"industry": {"type": "ENUMERATION", "value": "retail"},
 *                "credit":   {"type": "DECIMAL", "value": "1500.50"},
 *                "partner":  {"type": "REFERENCE", "idType": "ClientId", "value": "c-7"}}
 * contacts      [{"contactPerson": "p-1", "role": "Director", "keyPerson": true}]
 * attachments   [{"file": "f-1", "name": "contract.pdf"}]
 * participants  [{"contactPerson": "p-1", "client": "c-1", "contactUsed": "+7 916 ..."}]
 * </pre>
 */
final class CardJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private CardJson() {}

  // ------------------------------------------------------------------ writing

  static String phones(List<Phone> phones) {
    ArrayNode array = NODES.arrayNode();
    for (Phone phone : phones) {
      ObjectNode node = array.addObject().put("number", phone.e164());
      phone.extension().ifPresent(ext -> node.put("ext", ext));
    }
    return write(array);
  }

  static String emails(List<Email> emails) {
    return strings(emails, Email::address);
  }

  static String addresses(List<PostalAddress> addresses) {
    ArrayNode array = NODES.arrayNode();
    addresses.forEach(address -> array.add(address(address)));
    return write(array);
  }

  static String address(Optional<PostalAddress> address) {
    return address.map(a -> write(address(a))).orElse(null);
  }

  static String tags(Set<Tag> tags) {
    return strings(tags, Tag::name);
  }

  static String categories(Set<Category> categories) {
    ArrayNode array = NODES.arrayNode();
    categories.forEach(c -> array.addObject().put("dimension", c.dimension()).put("value", c.value()));
    return write(array);
  }

  static String customFields(Map<String, FieldValue> fields) {
    ObjectNode object = NODES.objectNode();
    fields.forEach((key, value) -> object.set(key, customValue(value)));
    return write(object);
  }

  /** Returns the JSON of one custom field value: its type and its value. */
  static ObjectNode customValue(FieldValue value) {
    ObjectNode node = NODES.objectNode().put("type", value.type().name());
    if (value instanceof FieldValue.Text text) {
      node.put("value", text.text());
    } else if (value instanceof FieldValue.Whole whole) {
      node.put("value", whole.number());
    } else if (value instanceof FieldValue.Decimal decimal) {
      node.put("value", decimal.number().toString());
    } else if (value instanceof FieldValue.Date date) {
      node.put("value", date.date().toString());
    } else if (value instanceof FieldValue.Flag flag) {
      node.put("value", flag.flag());
    } else if (value instanceof FieldValue.Choice choice) {
      node.put("value", choice.choice());
    } else if (value instanceof FieldValue.Reference reference) {
      node.put("idType", EntityIds.typeOf(reference.id())).put("value", reference.id().value());
    } else {
      throw new JdbcStoreException("Custom field value of an unknown kind: " + value);
    }
    return node;
  }

  static String contacts(List<ClientContact> contacts) {
    ArrayNode array = NODES.arrayNode();
    for (ClientContact contact : contacts) {
      ObjectNode node = array.addObject().put("contactPerson", contact.contactPerson().value());
      contact.role().ifPresent(role -> node.put("role", role));
      node.put("keyPerson", contact.keyPerson());
    }
    return write(array);
  }

  static String attachments(List<FileReference> attachments) {
    ArrayNode array = NODES.arrayNode();
    for (FileReference file : attachments) {
      ObjectNode node = array.addObject().put("file", file.file().value()).put("name", file.name());
      file.mediaType().ifPresent(type -> node.put("mediaType", type));
    }
    return write(array);
  }

  static String contactPersonIds(List<ContactPersonId> ids) {
    return strings(ids, ContactPersonId::value);
  }

  static String participants(List<Participant> participants) {
    ArrayNode array = NODES.arrayNode();
    for (Participant participant : participants) {
      ObjectNode node = array.addObject();
      participant.contactPerson().ifPresent(id -> node.put("contactPerson", id.value()));
      participant.client().ifPresent(id -> node.put("client", id.value()));
      participant.lead().ifPresent(id -> node.put("lead", id.value()));
      participant.contactUsed().ifPresent(used -> node.put("contactUsed", used));
    }
    return write(array);
  }

  private static ObjectNode address(PostalAddress address) {
    ObjectNode node = NODES.objectNode();
    address.postcode().ifPresent(v -> node.put("postcode", v));
    node.put("country", address.country());
    address.region().ifPresent(v -> node.put("region", v));
    node.put("city", address.city());
    address.street().ifPresent(v -> node.put("street", v));
    address.building().ifPresent(v -> node.put("building", v));
    address.apartment().ifPresent(v -> node.put("apartment", v));
    return node;
  }

  private static <T> String strings(Collection<T> values, Function<T, String> text) {
    ArrayNode array = NODES.arrayNode();
    values.forEach(v -> array.add(text.apply(v)));
    return write(array);
  }

  static String write(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new JdbcStoreException("Cannot write JSON: " + e.getOriginalMessage());
    }
  }

  // ------------------------------------------------------------------ reading

  static List<Phone> phones(String json) {
    List<Phone> phones = new ArrayList<>();
    for (JsonNode node : read(json)) {
      String number = node.get("number").asText();
      JsonNode ext = node.get("ext");
      phones.add(Phone.parse(ext == null ? number : number + " ext. " + ext.asText()));
    }
    return phones;
  }

  static List<Email> emails(String json) {
    List<Email> emails = new ArrayList<>();
    read(json).forEach(node -> emails.add(Email.of(node.asText())));
    return emails;
  }

  static List<PostalAddress> addresses(String json) {
    List<PostalAddress> addresses = new ArrayList<>();
    read(json).forEach(node -> addresses.add(address(node)));
    return addresses;
  }

  static Optional<PostalAddress> readAddress(Optional<String> json) {
    return json.map(text -> address(read(text)));
  }

  static Set<Tag> tags(String json) {
    Set<Tag> tags = new LinkedHashSet<>();
    read(json).forEach(node -> tags.add(Tag.of(node.asText())));
    return tags;
  }

  static Set<Category> categories(String json) {
    Set<Category> categories = new LinkedHashSet<>();
    read(json).forEach(node -> categories.add(Category.of(node.get("dimension").asText(), node.get("value").asText())));
    return categories;
  }

  static Map<String, FieldValue> customFields(String json) {
    Map<String, FieldValue> fields = new LinkedHashMap<>();
    JsonNode object = read(json);
    for (Map.Entry<String, JsonNode> field : object.properties()) {
      fields.put(field.getKey(), customValue(field.getKey(), field.getValue()));
    }
    return fields;
  }

  /** Reads the JSON of one custom field value. */
  static FieldValue customValue(String key, JsonNode node) {
    JsonNode value = node.get("value");
    String type = node.get("type").asText();
    return switch (type) {
      case "STRING" -> new FieldValue.Text(value.asText());
      case "INTEGER" -> new FieldValue.Whole(value.asLong());
      case "DECIMAL" -> new FieldValue.Decimal(new BigDecimal(value.asText()));
      case "DATE" -> new FieldValue.Date(LocalDate.parse(value.asText()));
      case "BOOLEAN" -> new FieldValue.Flag(value.asBoolean());
      case "ENUMERATION" -> new FieldValue.Choice(value.asText());
      case "REFERENCE" -> new FieldValue.Reference(EntityIds.of(node.get("idType").asText(), value.asText()));
      default -> throw new JdbcStoreException("Custom field " + key + " has an unknown type " + type);
    };
  }

  static List<ClientContact> contacts(String json) {
    List<ClientContact> contacts = new ArrayList<>();
    for (JsonNode node : read(json)) {
      ClientContact.Builder contact = ClientContact.builder()
          .contactPerson(ContactPersonId.of(node.get("contactPerson").asText()))
          .keyPerson(node.path("keyPerson").asBoolean(false));
      text(node, "role").ifPresent(contact::role);
      contacts.add(contact.build());
    }
    return contacts;
  }

  static List<FileReference> attachments(String json) {
    List<FileReference> attachments = new ArrayList<>();
    for (JsonNode node : read(json)) {
      FileId file = FileId.of(node.get("file").asText());
      String name = node.get("name").asText();
      Optional<String> mediaType = text(node, "mediaType");
      attachments.add(mediaType.isPresent() ? FileReference.of(file, name, mediaType.get()) : FileReference.of(file, name));
    }
    return attachments;
  }

  static List<ContactPersonId> contactPersonIds(String json) {
    List<ContactPersonId> ids = new ArrayList<>();
    read(json).forEach(node -> ids.add(ContactPersonId.of(node.asText())));
    return ids;
  }

  static List<Participant> participants(String json) {
    List<Participant> participants = new ArrayList<>();
    for (JsonNode node : read(json)) {
      Participant.Builder participant = Participant.builder();
      text(node, "contactPerson").map(ContactPersonId::of).ifPresent(participant::contactPerson);
      text(node, "client").map(ClientId::of).ifPresent(participant::client);
      text(node, "lead").map(LeadId::of).ifPresent(participant::lead);
      text(node, "contactUsed").ifPresent(participant::contactUsed);
      participants.add(participant.build());
    }
    return participants;
  }

  /** Reads a birthday from its month, day and year columns. */
  static Optional<Birthday> birthday(Optional<Long> month, Optional<Long> day, Optional<Long> year) {
    if (month.isEmpty() || day.isEmpty()) {
      return Optional.empty();
    }
    MonthDay monthDay = MonthDay.of(month.get().intValue(), day.get().intValue());
    return Optional.of(year.isPresent() ? Birthday.of(monthDay, Year.of(year.get().intValue())) : Birthday.of(monthDay));
  }

  private static PostalAddress address(JsonNode node) {
    PostalAddress.Builder address = PostalAddress.builder()
        .country(node.get("country").asText())
        .city(node.get("city").asText());
    text(node, "postcode").ifPresent(address::postcode);
    text(node, "region").ifPresent(address::region);
    text(node, "street").ifPresent(address::street);
    text(node, "building").ifPresent(address::building);
    text(node, "apartment").ifPresent(address::apartment);
    return address.build();
  }

  static Optional<String> text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? Optional.empty() : Optional.of(value.asText());
  }

  static JsonNode read(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new JdbcStoreException("Stored JSON cannot be read: " + e.getOriginalMessage());
    }
  }
}
