package org.clientbase.core.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;
import org.clientbase.core.InvalidValueException;
import org.clientbase.core.card.Tag;
import org.clientbase.core.client.Client;
import org.clientbase.core.client.ClientContact;
import org.clientbase.core.client.ClientKind;
import org.clientbase.core.client.ContactPerson;
import org.clientbase.core.contact.Phone;
import org.clientbase.core.field.FieldValue;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.ContactPersonId;
import org.clientbase.core.id.UserId;
import org.clientbase.core.person.Birthday;
import org.clientbase.core.person.PersonName;
import org.junit.jupiter.api.Test;

class CardDiffTest {
  private final Client before = Client.builder()
      .id(ClientId.of("c-1"))
      .kind(ClientKind.LEGAL_ENTITY)
      .name("Ромашка")
      .createdOn(LocalDate.of(2026, 1, 15))
      .addPhones(Phone.parse("+7 495 123-45-67"))
      .responsible(UserId.of("manager-1"))
      .putCustomFields("industry", FieldValue.choice("Retail"))
      .putCustomFields("employees", FieldValue.whole(40))
      .build();

  @Test
  void equalCardsHaveAnEmptyDiff() {
    assertThat(CardDiff.between(before, before).isEmpty()).isTrue();
  }

  @Test
  void diffNamesEachChangedFieldWithOldAndNewValues() {
    Client after = Client.builder().from(before)
        .responsible(UserId.of("manager-7"))
        .addTags(Tag.of("VIP"))
        .build();

    CardDiff<Client> diff = CardDiff.between(before, after);

    assertThat(diff.changedFields()).containsExactly("responsible", "tags");
    assertThat(diff.changes().get(0).before()).contains(UserId.of("manager-1"));
    assertThat(diff.changes().get(0).after()).contains(UserId.of("manager-7"));
    assertThat(diff.changes().get(1).before()).isEmpty();
  }

  @Test
  void customFieldsAreDiffedOneByOne() {
    Client after = Client.builder().from(before)
        .customFields(java.util.Map.of(
            "industry", FieldValue.choice("Manufacturing"),
            "website", FieldValue.text("romashka.ru")))
        .build();

    CardDiff<Client> diff = CardDiff.between(before, after);

    assertThat(diff.changedFields())
        .containsExactlyInAnyOrder("custom.industry", "custom.employees", "custom.website");
    assertThat(diff.changes()).allMatch(FieldChange::isCustomField);
    assertThat(diff.applyTo(before)).isEqualTo(after);
  }

  @Test
  void applyingTheDiffToTheOldCardGivesTheNewCard() {
    Client after = Client.builder().from(before)
        .name("Ромашка Плюс")
        .phones(java.util.List.of())
        .responsible(Optional.empty())
        .addContacts(ClientContact.builder()
            .contactPerson(ContactPersonId.of("p-1")).role("Director").keyPerson(true).build())
        .comment("Moved to a new office")
        .build();

    assertThat(CardDiff.between(before, after).applyTo(before)).isEqualTo(after);
    assertThat(CardDiff.between(before, after).reversed().applyTo(after)).isEqualTo(before);
  }

  @Test
  void contactPersonCardsAreDiffedToo() {
    ContactPerson a = ContactPerson.builder()
        .id(ContactPersonId.of("p-1"))
        .name(PersonName.of("Петрова", "Анна", "Сергеевна"))
        .build();
    ContactPerson b = ContactPerson.builder().from(a)
        .position("Chief accountant")
        .birthday(Birthday.of(MonthDay.of(2, 29)))
        .build();

    CardDiff<ContactPerson> diff = CardDiff.between(a, b);

    assertThat(diff.changedFields()).containsExactly("position", "birthday");
    assertThat(diff.applyTo(a)).isEqualTo(b);
  }

  @Test
  void versionsOfDifferentCardsCannotBeDiffed() {
    Client other = Client.builder().from(before).id(ClientId.of("c-2")).build();

    assertThatThrownBy(() -> CardDiff.between(before, other))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("c-2");
  }

  @Test
  void aDiffIsNotAppliedOverAChangeItDoesNotKnow() {
    Client after = Client.builder().from(before).responsible(UserId.of("manager-7")).build();
    Client changedMeanwhile = Client.builder().from(before).responsible(UserId.of("manager-3")).build();

    assertThatThrownBy(() -> CardDiff.between(before, after).applyTo(changedMeanwhile))
        .isInstanceOf(InvalidValueException.class)
        .satisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo("Client c-1 responsible"))
        .hasMessageContaining("manager-3");
  }
}
