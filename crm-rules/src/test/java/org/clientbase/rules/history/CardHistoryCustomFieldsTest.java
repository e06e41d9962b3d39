package org.clientbase.rules.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.clientbase.rules.access.Fixture.MANAGER_1;

import org.clientbase.core.InvalidValueException;
import org.clientbase.core.client.Client;
import org.clientbase.core.client.ContactPerson;
import org.clientbase.core.field.CardConfiguration;
import org.clientbase.core.field.CardType;
import org.clientbase.core.field.FieldDefinition;
import org.clientbase.core.field.FieldType;
import org.clientbase.core.field.FieldValue;
import org.clientbase.memory.InMemoryClientbase;
import org.clientbase.rules.access.Fixture;
import org.clientbase.spi.Versioned;
import org.junit.jupiter.api.Test;

/** The change history writes a card only if its custom values fit the host's card configuration. */
class CardHistoryCustomFieldsTest {
  static final FieldDefinition INDUSTRY = FieldDefinition.builder().key("industry").label("Отрасль")
      .type(FieldType.ENUMERATION).addEnumerationValues("Retail", "Wholesale").build();
  static final CardConfiguration CLIENT_CARD =
      CardConfiguration.builder().cardType(CardType.CLIENT).addCustomFields(INDUSTRY).build();

  private final Fixture f = new Fixture();
  private final CardHistory history = CardHistory.builder()
      .clientbase(f.base).clock(f.clock).accessPolicy(f.policy).clientCard(CLIENT_CARD).build();
  private final Client plain = Fixture.client("c-1", MANAGER_1);
  private final Client romashka = withCustomValue("industry", FieldValue.choice("Retail"));

  private Client withCustomValue(String key, FieldValue value) {
    return Client.builder().from(plain).putCustomFields(key, value).build();
  }

  @Test
  void anUpdateWithAChoiceOutsideTheListIsRefusedAndWritesNothing() {
    Versioned<Client> stored = history.createClient(MANAGER_1, romashka);
    InMemoryClientbase.Snapshot before = f.base.snapshot();
    Client space = withCustomValue("industry", FieldValue.choice("Space"));

    assertThatThrownBy(() -> history.updateClient(MANAGER_1, space, stored.version()))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Client c-1 custom field industry Space: is not one of [Retail, Wholesale]");

    assertThat(f.base.snapshot()).isEqualTo(before);
    assertThat(history.revisions(MANAGER_1, romashka.id())).hasSize(1);
  }

  @Test
  void aNewCardWithAnUnknownOrBadCustomValueIsRefusedAndNotStored() {
    InMemoryClientbase.Snapshot before = f.base.snapshot();
    Client unknown = withCustomValue("size", FieldValue.whole(5));
    Client wrongType = withCustomValue("industry", FieldValue.whole(5));

    assertThatThrownBy(() -> history.createClient(MANAGER_1, unknown))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Client c-1 custom field size: is not defined for CLIENT cards");
    assertThatThrownBy(() -> history.createClient(MANAGER_1, wrongType))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("Client c-1 custom field industry")
        .hasMessageContaining("expected a ENUMERATION value");
    assertThat(f.base.snapshot()).isEqualTo(before);
  }

  @Test
  void contactPersonsAreCheckedAgainstTheirOwnConfigurationWhichByDefaultHasNoCustomFields() {
    ContactPerson anna = ContactPerson.builder().from(Fixture.person("p-1", "Смирнова Анна"))
        .putCustomFields("industry", FieldValue.choice("Retail")).build();
    InMemoryClientbase.Snapshot before = f.base.snapshot();

    assertThatThrownBy(() -> history.createContactPerson(MANAGER_1, anna))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("ContactPerson p-1 custom field industry: is not defined for CONTACT_PERSON cards");
    assertThat(f.base.snapshot()).isEqualTo(before);

    Versioned<ContactPerson> plain = history.createContactPerson(MANAGER_1, Fixture.person("p-1", "Смирнова Анна"));
    assertThatThrownBy(() -> history.updateContactPerson(MANAGER_1, anna, plain.version()))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("ContactPerson p-1 custom field industry");
    assertThat(f.base.contactPersonStore().find(anna.id()).orElseThrow()).isEqualTo(plain);
  }

  @Test
  void theBuilderRefusesTheConfigurationOfAnotherCardType() {
    assertThatThrownBy(() -> CardHistory.builder().contactPersonCard(CLIENT_CARD))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("CardHistory.contactPersonCard CLIENT: is the configuration of another card type;"
            + " a CONTACT_PERSON configuration is needed");
    assertThatThrownBy(() -> CardHistory.builder().clientCard(null))
        .hasMessage("CardHistory.clientCard <missing>: must be given");
  }
}
