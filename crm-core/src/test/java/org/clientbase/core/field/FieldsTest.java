package org.clientbase.core.field;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.clientbase.core.InvalidValueException;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.LeadId;
import org.clientbase.core.id.StatusId;
import org.junit.jupiter.api.Test;

class FieldsTest {
  private final FieldDefinition industry = FieldDefinition.builder()
      .key("industry").label("Industry").type(FieldType.ENUMERATION)
      .addEnumerationValues("Retail", "Manufacturing").build();
  private final FieldDefinition founded = FieldDefinition.builder()
      .key("founded").label("Founded").type(FieldType.DATE).build();
  private final FieldDefinition parent = FieldDefinition.builder()
      .key("parentCompany").label("Parent company").type(FieldType.REFERENCE)
      .referenceTarget(ReferenceTarget.CLIENT).build();

  @Test
  void aValueOfTheRightTypeIsAccepted() {
    assertThatCode(() -> {
      industry.check(FieldValue.choice("Retail"));
      founded.check(FieldValue.date(LocalDate.of(1999, 5, 1)));
      parent.check(FieldValue.reference(ClientId.of("c-9")));
    }).doesNotThrowAnyException();
  }

  @Test
  void aValueOfTheWrongTypeIsRejected() {
    assertThatThrownBy(() -> founded.check(FieldValue.text("last year")))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("custom field founded Text[text=last year]: expected a DATE value, got STRING");
  }

  @Test
  void anEnumerationValueNotInItsListIsRejected() {
    assertThatThrownBy(() -> industry.check(FieldValue.choice("Farming")))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("custom field industry Farming: is not one of [Retail, Manufacturing]");
  }

  @Test
  void aReferenceToTheWrongKindOfEntityIsRejected() {
    assertThatThrownBy(() -> parent.check(FieldValue.reference(LeadId.of("l-1"))))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("must reference a CLIENT, not a LeadId");
  }

  @Test
  void anEnumerationWithoutValuesCannotBeDefined() {
    assertThatThrownBy(() -> FieldDefinition.builder().key("size").label("Size").type(FieldType.ENUMERATION).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("at least one value");
  }

  @Test
  void aReferenceFieldNeedsATarget() {
    assertThatThrownBy(() -> FieldDefinition.builder().key("owner").label("Owner").type(FieldType.REFERENCE).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("referenceTarget");
  }

  @Test
  void aFieldKeyMustBeAnIdentifier() {
    assertThatThrownBy(() -> FieldDefinition.builder().key("Industry code").label("x").type(FieldType.STRING).build())
        .isInstanceOf(InvalidValueException.class)
        .satisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo("FieldDefinition.key"));
  }

  @Test
  void decimalsEqualRegardlessOfTrailingZeros() {
    assertThat(FieldValue.decimal(new BigDecimal("1.50"))).isEqualTo(FieldValue.decimal(new BigDecimal("1.5")));
  }

  @Test
  void aCardConfigurationChecksValuesAndKnowsWhatEachStatusRequires() {
    CardConfiguration clients = CardConfiguration.builder()
        .cardType(CardType.CLIENT)
        .addCustomFields(industry, founded)
        .addShownFields("name", "responsible", "industry")
        .addRequiredFields("name")
        .putRequiredByStatus(StatusId.of("active"), Set.of("industry", "responsible"))
        .build();

    assertThat(clients.requiredFor(StatusId.of("active"))).containsExactlyInAnyOrder("name", "industry", "responsible");
    assertThat(clients.requiredFor(StatusId.of("new"))).containsExactly("name");
    assertThatThrownBy(() -> clients.checkCustomValues(Map.of("region", FieldValue.text("Moscow"))))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("is not defined for this card type");
    assertThatThrownBy(() -> clients.checkCustomValues(Map.of("industry", FieldValue.whole(3))))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("expected a ENUMERATION value");
  }

  @Test
  void aCustomFieldIsDefinedOncePerCardType() {
    assertThatThrownBy(() -> CardConfiguration.builder().cardType(CardType.CLIENT).addCustomFields(industry, industry).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("is defined twice");
  }

  @Test
  void aClientCardIsValidatedAgainstItsConfigurationInOneCall() {
    CardConfiguration clients = CardConfiguration.builder()
        .cardType(CardType.CLIENT)
        .addCustomFields(FieldDefinition.builder().key("industry").label("Industry")
            .type(FieldType.ENUMERATION).addEnumerationValues("Retail", "IT").build())
        .build();
    java.util.function.Supplier<org.clientbase.core.client.Client.Builder> card =
        () -> org.clientbase.core.client.Client.builder()
            .id(ClientId.of("c-1"))
            .kind(org.clientbase.core.client.ClientKind.LEGAL_ENTITY)
            .name("Ромашка")
            .createdOn(LocalDate.of(2026, 1, 15));

    assertThatCode(() -> card.get().putCustomFields("industry", FieldValue.choice("IT")).build().check(clients))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> card.get().putCustomFields("industry", FieldValue.choice("Mining")).build()
            .check(clients))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Client c-1 custom field industry Mining: is not one of [Retail, IT]");
    assertThatThrownBy(() -> card.get().putCustomFields(
            "colour", FieldValue.text("red")).build().check(clients))
        .hasMessage("Client c-1 custom field colour: is not defined for CLIENT cards");
    assertThatThrownBy(() -> card.get().build()
            .check(CardConfiguration.builder().cardType(CardType.LEAD).build()))
        .hasMessageContaining("a CLIENT configuration is needed");
  }
}
