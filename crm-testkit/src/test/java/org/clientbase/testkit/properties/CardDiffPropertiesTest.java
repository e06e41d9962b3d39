package org.clientbase.testkit.properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.clientbase.core.InvalidValueException;
import org.clientbase.core.client.Client;
import org.clientbase.core.client.ContactPerson;
import org.clientbase.core.field.FieldValue;
import org.clientbase.core.history.CardDiff;
import org.clientbase.core.history.FieldChange;
import org.clientbase.core.person.PersonName;
import org.clientbase.testkit.generators.CardGenerators;
import org.clientbase.testkit.generators.DomainGenerators;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * A diff of two versions of a card, applied to the older one, gives the newer one; it names
 * exactly the fields that differ, custom fields included.
 *
 * <p>The newer version is made from the older one by taking each field, with the chance of a
 * coin toss, from an unrelated generated card: so diffs range from empty to every field, and
 * custom fields are added, changed and removed key by key.
 */
class CardDiffPropertiesTest {

  private static boolean bit(long mask, int index) {
    return (mask >>> (index % 64) & 1) == 1;
  }

  /** Custom values taking each key from one map or the other (or dropping it) by the mask. */
  private static Map<String, FieldValue> mixCustom(
      Map<String, FieldValue> a, Map<String, FieldValue> b, long mask) {
    Set<String> keys = new LinkedHashSet<>(a.keySet());
    keys.addAll(b.keySet());
    Map<String, FieldValue> mixed = new LinkedHashMap<>();
    int i = 40;
    for (String key : keys) {
      FieldValue value = bit(mask, i++) ? b.get(key) : a.get(key);
      if (value != null) {
        mixed.put(key, value);
      }
    }
    return mixed;
  }

  /** The later version of a client: fields of {@code before}, some replaced from {@code other}. */
  static Client edit(Client before, Client other, long mask) {
    Client.Builder after = Client.builder().from(before);
    if (bit(mask, 0)) {
      after.kind(other.kind());
    }
    if (bit(mask, 1)) {
      after.name(other.name());
    }
    if (bit(mask, 2)) {
      after.createdOn(other.createdOn());
    }
    if (bit(mask, 3)) {
      after.phones(other.phones());
    }
    if (bit(mask, 4)) {
      after.emails(other.emails());
    }
    if (bit(mask, 5)) {
      after.addresses(other.addresses());
    }
    if (bit(mask, 6)) {
      after.responsible(other.responsible());
    }
    if (bit(mask, 7)) {
      after.contacts(other.contacts());
    }
    if (bit(mask, 8)) {
      after.tags(other.tags());
    }
    if (bit(mask, 9)) {
      after.categories(other.categories());
    }
    if (bit(mask, 10)) {
      after.source(other.source());
    }
    if (bit(mask, 11)) {
      after.comment(other.comment());
    }
    after.customFields(mixCustom(before.customFields(), other.customFields(), mask));
    return after.build();
  }

  /** The later version of a contact person, as {@link #edit(Client, Client, long)}. */
  static ContactPerson edit(ContactPerson before, ContactPerson other, long mask) {
    ContactPerson.Builder after = ContactPerson.builder().from(before);
    if (bit(mask, 0)) {
      after.name(other.name());
    }
    if (bit(mask, 1)) {
      after.position(other.position());
    }
    if (bit(mask, 2)) {
      after.phones(other.phones());
    }
    if (bit(mask, 3)) {
      after.emails(other.emails());
    }
    if (bit(mask, 4)) {
      after.addresses(other.addresses());
    }
    if (bit(mask, 5)) {
      after.birthday(other.birthday());
    }
    if (bit(mask, 6)) {
      after.source(other.source());
    }
    if (bit(mask, 7)) {
      after.comment(other.comment());
    }
    if (bit(mask, 8)) {
      after.tags(other.tags());
    }
    if (bit(mask, 9)) {
      after.attachments(other.attachments());
    }
    after.customFields(mixCustom(before.customFields(), other.customFields(), mask));
    return after.build();
  }

  private static final Map<String, Function<Client, Object>> CLIENT_FIELDS = new LinkedHashMap<>();
  private static final Map<String, Function<ContactPerson, Object>> PERSON_FIELDS = new LinkedHashMap<>();

  static {
    CLIENT_FIELDS.put("kind", Client::kind);
    CLIENT_FIELDS.put("name", Client::name);
    CLIENT_FIELDS.put("createdOn", Client::createdOn);
    CLIENT_FIELDS.put("phones", Client::phones);
    CLIENT_FIELDS.put("emails", Client::emails);
    CLIENT_FIELDS.put("addresses", Client::addresses);
    CLIENT_FIELDS.put("responsible", Client::responsible);
    CLIENT_FIELDS.put("contacts", Client::contacts);
    CLIENT_FIELDS.put("tags", Client::tags);
    CLIENT_FIELDS.put("categories", Client::categories);
    CLIENT_FIELDS.put("source", Client::source);
    CLIENT_FIELDS.put("comment", Client::comment);
    PERSON_FIELDS.put("name", ContactPerson::name);
    PERSON_FIELDS.put("position", ContactPerson::position);
    PERSON_FIELDS.put("phones", ContactPerson::phones);
    PERSON_FIELDS.put("emails", ContactPerson::emails);
    PERSON_FIELDS.put("addresses", ContactPerson::addresses);
    PERSON_FIELDS.put("birthday", ContactPerson::birthday);
    PERSON_FIELDS.put("source", ContactPerson::source);
    PERSON_FIELDS.put("comment", ContactPerson::comment);
    PERSON_FIELDS.put("tags", ContactPerson::tags);
    PERSON_FIELDS.put("attachments", ContactPerson::attachments);
  }

  /** The names of the fields whose values differ, as the diff should report them. */
  private static <C> Set<String> differingFields(
      C a, C b, Map<String, Function<C, Object>> fields, Function<C, Map<String, FieldValue>> custom) {
    Set<String> names = new LinkedHashSet<>();
    fields.forEach((name, read) -> {
      if (!Objects.equals(read.apply(a), read.apply(b))) {
        names.add(name);
      }
    });
    Set<String> keys = new LinkedHashSet<>(custom.apply(a).keySet());
    keys.addAll(custom.apply(b).keySet());
    for (String key : keys) {
      if (!Objects.equals(custom.apply(a).get(key), custom.apply(b).get(key))) {
        names.add("custom." + key);
      }
    }
    return names;
  }

  private static Gen<Client> clients() {
    return CardGenerators.clients();
  }

  @Test
  void aClientDiffAppliedToTheOldCardGivesTheNewOne() {
    qt().forAll(clients(), clients(), longs().all()).checkAssert((before, other, mask) -> {
      Client after = edit(before, other, mask);
      CardDiff<Client> diff = CardDiff.between(before, after);
      assertThat(diff.applyTo(before)).isEqualTo(after);
      assertThat(diff.reversed().applyTo(after)).isEqualTo(before);
      assertThat(diff.changedFields())
          .isEqualTo(differingFields(before, after, CLIENT_FIELDS, Client::customFields));
      assertThat(diff.isEmpty()).isEqualTo(before.equals(after));
      assertThat(diff.changes()).allMatch(c -> c.isCustomField() == c.field().startsWith("custom."));
    });
  }

  @Test
  void aContactPersonDiffAppliedToTheOldCardGivesTheNewOne() {
    qt().forAll(CardGenerators.contactPersons(), CardGenerators.contactPersons(), longs().all())
        .checkAssert((before, other, mask) -> {
          ContactPerson after = edit(before, other, mask);
          CardDiff<ContactPerson> diff = CardDiff.between(before, after);
          assertThat(diff.applyTo(before)).isEqualTo(after);
          assertThat(diff.reversed().applyTo(after)).isEqualTo(before);
          assertThat(diff.changedFields())
              .isEqualTo(differingFields(before, after, PERSON_FIELDS, ContactPerson::customFields));
        });
  }

  @Test
  void theDiffOfACardWithItselfIsEmpty() {
    qt().forAll(clients(), CardGenerators.contactPersons()).checkAssert((client, person) -> {
      assertThat(CardDiff.between(client, client).isEmpty()).isTrue();
      assertThat(CardDiff.between(client, client).applyTo(client)).isEqualTo(client);
      assertThat(CardDiff.between(person, person).changes()).isEmpty();
    });
  }

  @Test
  void aDiffIsNotAppliedOverAChangeItDoesNotKnow() {
    qt().forAll(CardGenerators.contactPersons(), DomainGenerators.personNames())
        .assuming((person, name) -> !person.name().equals(name))
        .checkAssert((person, name) -> {
          PersonName third = PersonName.of("Третьяков", "Третий");
          ContactPerson renamed = ContactPerson.builder().from(person).name(name).build();
          CardDiff<ContactPerson> diff = CardDiff.between(person, renamed);
          assertThat(diff.changes()).extracting(FieldChange::field).containsExactly("name");
          ContactPerson meanwhile = ContactPerson.builder().from(person).name(third).build();
          if (!third.equals(person.name())) {
            BuilderRejectionPropertiesTest.rejects("name", () -> diff.applyTo(meanwhile));
          }
        });
  }

  @Test
  void versionsOfDifferentCardsAreNotDiffed() {
    qt().forAll(clients(), clients())
        .assuming((a, b) -> !a.id().equals(b.id()))
        .checkAssert((a, b) -> {
          try {
            CardDiff.between(a, b);
            throw new AssertionError("diff of two cards " + a.id() + " and " + b.id());
          } catch (InvalidValueException e) {
            assertThat(e.field()).endsWith("id");
          }
        });
  }
}
