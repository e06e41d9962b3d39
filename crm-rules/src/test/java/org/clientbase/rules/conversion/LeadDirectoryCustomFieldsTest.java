package org.clientbase.rules.conversion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.clientbase.rules.conversion.ConversionFixture.lead;

import org.clientbase.core.InvalidValueException;
import org.clientbase.core.field.CardConfiguration;
import org.clientbase.core.field.CardType;
import org.clientbase.core.field.FieldDefinition;
import org.clientbase.core.field.FieldType;
import org.clientbase.core.field.FieldValue;
import org.clientbase.core.lead.Lead;
import org.clientbase.memory.InMemoryClientbase;
import org.junit.jupiter.api.Test;

/** The lead directory stores a lead only if its custom values fit the host's configuration of leads. */
class LeadDirectoryCustomFieldsTest {
  private static final CardConfiguration LEAD_CARD = CardConfiguration.builder().cardType(CardType.LEAD)
      .addCustomFields(FieldDefinition.builder().key("channel").label("Канал").type(FieldType.ENUMERATION)
          .addEnumerationValues("Телефон", "Email").build())
      .build();

  private final ConversionFixture f = new ConversionFixture();

  @Test
  void aLeadWithAChoiceOutsideTheListIsRefusedAndNotStored() {
    LeadDirectory directory = f.directoryBuilder().leadCard(LEAD_CARD).build();
    Lead telegram = lead("l-9", "Сидоров Олег").putCustomFields("channel", FieldValue.choice("Telegram")).build();
    InMemoryClientbase.Snapshot before = f.base.snapshot();

    assertThatThrownBy(() -> directory.create(telegram))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Lead l-9 custom field channel Telegram: is not one of [Телефон, Email]");
    assertThat(f.base.snapshot()).isEqualTo(before);

    Lead phone = lead("l-9", "Сидоров Олег").putCustomFields("channel", FieldValue.choice("Телефон")).build();
    assertThat(directory.create(phone).value()).isEqualTo(phone);
  }

  @Test
  void withoutAConfigurationALeadCarryingACustomValueIsRefused() {
    Lead withChannel = lead("l-9", "Сидоров Олег").putCustomFields("channel", FieldValue.choice("Email")).build();

    assertThatThrownBy(() -> f.directory().create(withChannel))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Lead l-9 custom field channel: is not defined for LEAD cards");
    assertThat(f.base.leadStore().find(withChannel.id())).isEmpty();
  }

  @Test
  void theBuilderRefusesTheConfigurationOfAnotherCardType() {
    assertThatThrownBy(() -> LeadDirectory.builder().leadCard(CardConfiguration.withoutCustomFields(CardType.CLIENT)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("LeadDirectory.leadCard CLIENT: is the configuration of another card type;"
            + " a LEAD configuration is needed");
  }
}
