package org.clientbase.core.history;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.clientbase.core.card.Source;
import org.clientbase.core.client.Client;
import org.clientbase.core.client.ClientKind;
import org.clientbase.core.client.ContactPerson;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.ContactPersonId;
import org.clientbase.core.id.UserId;
import org.clientbase.core.person.Birthday;
import org.clientbase.core.person.PersonName;

/** The schemas of the cards whose changes the history records. */
final class CardSchemas {
  private CardSchemas() {}

  static final CardSchema<Client, Client.Builder> CLIENT =
      CardSchema.<Client, Client.Builder>of(
              "Client", Client::id, c -> Client.builder().from(c), Client.Builder::build)
          .required("kind", ClientKind.class, Client::kind, Client.Builder::kind)
          .required("name", String.class, Client::name, Client.Builder::name)
          .required("createdOn", LocalDate.class, Client::createdOn, Client.Builder::createdOn)
          .collection("phones", List.class, List::of, Client::phones, (b, v) -> b.phones(typed(v)))
          .collection("emails", List.class, List::of, Client::emails, (b, v) -> b.emails(typed(v)))
          .collection("addresses", List.class, List::of, Client::addresses, (b, v) -> b.addresses(typed(v)))
          .optional("responsible", UserId.class, Client::responsible, Client.Builder::responsible)
          .collection("contacts", List.class, List::of, Client::contacts, (b, v) -> b.contacts(typed(v)))
          .collection("tags", Set.class, Set::of, Client::tags, (b, v) -> b.tags(typed(v)))
          .collection("categories", Set.class, Set::of, Client::categories, (b, v) -> b.categories(typed(v)))
          .optional("source", Source.class, Client::source, Client.Builder::source)
          .optional("comment", String.class, Client::comment, Client.Builder::comment)
          .optional("mergedInto", ClientId.class, Client::mergedInto, Client.Builder::mergedInto)
          .custom(Client::customFields, Client.Builder::customFields)
          .build();

  static final CardSchema<ContactPerson, ContactPerson.Builder> CONTACT_PERSON =
      CardSchema.<ContactPerson, ContactPerson.Builder>of(
              "ContactPerson", ContactPerson::id,
              c -> ContactPerson.builder().from(c), ContactPerson.Builder::build)
          .required("name", PersonName.class, ContactPerson::name, ContactPerson.Builder::name)
          .optional("position", String.class, ContactPerson::position, ContactPerson.Builder::position)
          .collection("phones", List.class, List::of, ContactPerson::phones, (b, v) -> b.phones(typed(v)))
          .collection("emails", List.class, List::of, ContactPerson::emails, (b, v) -> b.emails(typed(v)))
          .collection("addresses", List.class, List::of, ContactPerson::addresses,
              (b, v) -> b.addresses(typed(v)))
          .optional("birthday", Birthday.class, ContactPerson::birthday, ContactPerson.Builder::birthday)
          .optional("source", Source.class, ContactPerson::source, ContactPerson.Builder::source)
          .optional("comment", String.class, ContactPerson::comment, ContactPerson.Builder::comment)
          .collection("tags", Set.class, Set::of, ContactPerson::tags, (b, v) -> b.tags(typed(v)))
          .collection("attachments", List.class, List::of, ContactPerson::attachments,
              (b, v) -> b.attachments(typed(v)))
          .optional("mergedInto", ContactPersonId.class, ContactPerson::mergedInto,
              ContactPerson.Builder::mergedInto)
          .custom(ContactPerson::customFields, ContactPerson.Builder::customFields)
          .build();

  /**
   * Element types of card collections are fixed by the card's own accessors, and the values
   * written back are the ones read from a card of the same type, so the cast cannot fail.
   */
  @SuppressWarnings("unchecked")
  private static <T> Iterable<T> typed(java.util.Collection<?> values) {
    return (Iterable<T>) values;
  }
}
