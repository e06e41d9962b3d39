package org.clientbase.rules.matching.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.clientbase.core.card.Source;
import org.clientbase.core.client.Client;
import org.clientbase.core.client.ClientContact;
import org.clientbase.core.client.ContactPerson;
import org.clientbase.core.field.FieldValue;
import org.clientbase.core.id.EntityId;
import org.clientbase.core.id.UserId;
import org.clientbase.core.person.Birthday;
import org.clientbase.spi.matching.FieldConflict;

/**
 * The pure part of a merge: the survivor with its empty fields filled from the other cards, and
 * the values it did not take. Collections (phones, emails, addresses, tags, categories, links,
 * attachments) are united, so nothing in them is lost; a single value the survivor lacks is
 * taken from the first other card that has it; a single value that differs from the survivor's
 * is a conflict, kept in the merge's record.
 */
public final class MergePlanner {
  private MergePlanner() {}

  /**
   * The survivor as the merge makes it and the values it did not take.
   *
   * @param survivorAfter the filled survivor
   * @param conflicts the values of other cards that differ from the survivor's
   * @param <C> the card type
   */
  public record Plan<C>(C survivorAfter, List<FieldConflict> conflicts) {}

  /**
   * Plans a merge of clients.
   *
   * @param survivor the surviving client
   * @param others the clients merged into it
   * @return the plan
   */
  public static Plan<Client> clients(Client survivor, List<Client> others) {
    List<FieldConflict> conflicts = new ArrayList<>();
    Client.Builder after = Client.builder().from(survivor);
    LinkedHashSet<Object> phones = new LinkedHashSet<>(survivor.phones());
    LinkedHashSet<Object> emails = new LinkedHashSet<>(survivor.emails());
    LinkedHashSet<Object> addresses = new LinkedHashSet<>(survivor.addresses());
    LinkedHashSet<Object> tags = new LinkedHashSet<>(survivor.tags());
    LinkedHashSet<Object> categories = new LinkedHashSet<>(survivor.categories());
    Map<Object, ClientContact> links = new LinkedHashMap<>();
    survivor.contacts().forEach(l -> links.put(l.contactPerson(), l));
    Map<String, FieldValue> custom = new LinkedHashMap<>(survivor.customFields());
    Optional<UserId> responsible = survivor.responsible();
    Optional<Source> source = survivor.source();
    Optional<String> comment = survivor.comment();
    for (Client other : others) {
      EntityId from = other.id();
      single(conflicts, "kind", from, survivor.kind(), other.kind());
      single(conflicts, "name", from, survivor.name(), other.name());
      single(conflicts, "createdOn", from, survivor.createdOn(), other.createdOn());
      phones.addAll(other.phones());
      emails.addAll(other.emails());
      addresses.addAll(other.addresses());
      tags.addAll(other.tags());
      categories.addAll(other.categories());
      for (ClientContact link : other.contacts()) {
        ClientContact kept = links.putIfAbsent(link.contactPerson(), link);
        if (kept != null && !kept.equals(link)) {
          conflicts.add(new FieldConflict("contacts", from, kept.toString(), link.toString()));
        }
      }
      responsible = fill(conflicts, "responsible", from, responsible, other.responsible());
      source = fill(conflicts, "source", from, source, other.source());
      comment = fill(conflicts, "comment", from, comment, other.comment());
      custom(conflicts, from, custom, other.customFields());
    }
    after.phones(typed(phones)).emails(typed(emails)).addresses(typed(addresses)).tags(typed(tags))
        .categories(typed(categories)).contacts(new ArrayList<>(links.values())).customFields(custom)
        .responsible(responsible).source(source).comment(comment);
    return new Plan<>(after.build(), conflicts);
  }

  /**
   * Plans a merge of contact persons.
   *
   * @param survivor the surviving contact person
   * @param others the contact persons merged into it
   * @return the plan
   */
  public static Plan<ContactPerson> contactPersons(ContactPerson survivor, List<ContactPerson> others) {
    List<FieldConflict> conflicts = new ArrayList<>();
    ContactPerson.Builder after = ContactPerson.builder().from(survivor);
    LinkedHashSet<Object> phones = new LinkedHashSet<>(survivor.phones());
    LinkedHashSet<Object> emails = new LinkedHashSet<>(survivor.emails());
    LinkedHashSet<Object> addresses = new LinkedHashSet<>(survivor.addresses());
    LinkedHashSet<Object> tags = new LinkedHashSet<>(survivor.tags());
    LinkedHashSet<Object> attachments = new LinkedHashSet<>(survivor.attachments());
    Map<String, FieldValue> custom = new LinkedHashMap<>(survivor.customFields());
    Optional<String> position = survivor.position();
    Optional<Birthday> birthday = survivor.birthday();
    Optional<Source> source = survivor.source();
    Optional<String> comment = survivor.comment();
    for (ContactPerson other : others) {
      EntityId from = other.id();
      single(conflicts, "name", from, survivor.name(), other.name());
      phones.addAll(other.phones());
      emails.addAll(other.emails());
      addresses.addAll(other.addresses());
      tags.addAll(other.tags());
      attachments.addAll(other.attachments());
      position = fill(conflicts, "position", from, position, other.position());
      birthday = fill(conflicts, "birthday", from, birthday, other.birthday());
      source = fill(conflicts, "source", from, source, other.source());
      comment = fill(conflicts, "comment", from, comment, other.comment());
      custom(conflicts, from, custom, other.customFields());
    }
    after.phones(typed(phones)).emails(typed(emails)).addresses(typed(addresses)).tags(typed(tags))
        .attachments(typed(attachments)).customFields(custom)
        .position(position).birthday(birthday).source(source).comment(comment);
    return new Plan<>(after.build(), conflicts);
  }

  /**
   * Counts the filled fields of a client: every phone, email, address, link, tag, category and
   * custom value, and each present optional field.
   *
   * @param c the client
   * @return the count
   */
  public static int completeness(Client c) {
    return c.phones().size() + c.emails().size() + c.addresses().size() + c.contacts().size() + c.tags().size()
        + c.categories().size() + c.customFields().size() + count(c.responsible()) + count(c.source())
        + count(c.comment());
  }

  /**
   * Counts the filled fields of a contact person.
   *
   * @param p the contact person
   * @return the count
   */
  public static int completeness(ContactPerson p) {
    return p.phones().size() + p.emails().size() + p.addresses().size() + p.tags().size() + p.attachments().size()
        + p.customFields().size() + count(p.position()) + count(p.birthday()) + count(p.source()) + count(p.comment())
        + count(p.name().patronymic());
  }

  private static int count(Optional<?> value) {
    return value.isPresent() ? 1 : 0;
  }

  private static void single(List<FieldConflict> conflicts, String field, EntityId from, Object kept, Object other) {
    if (!Objects.equals(kept, other)) {
      conflicts.add(new FieldConflict(field, from, String.valueOf(kept), String.valueOf(other)));
    }
  }

  private static <T> Optional<T> fill(
      List<FieldConflict> conflicts, String field, EntityId from, Optional<T> kept, Optional<T> other) {
    if (kept.isEmpty()) {
      return other;
    }
    if (other.isPresent() && !other.equals(kept)) {
      conflicts.add(new FieldConflict(field, from, String.valueOf(kept.get()), String.valueOf(other.get())));
    }
    return kept;
  }

  private static void custom(
      List<FieldConflict> conflicts, EntityId from, Map<String, FieldValue> kept, Map<String, FieldValue> other) {
    for (Map.Entry<String, FieldValue> e : other.entrySet()) {
      FieldValue present = kept.putIfAbsent(e.getKey(), e.getValue());
      if (present != null && !present.equals(e.getValue())) {
        conflicts.add(new FieldConflict("custom." + e.getKey(), from, present.toString(), e.getValue().toString()));
      }
    }
  }

  /** The sets hold values read from cards of the same type, so the element type is right. */
  @SuppressWarnings("unchecked")
  private static <T> List<T> typed(LinkedHashSet<Object> values) {
    return (List<T>) new ArrayList<>(values);
  }
}
