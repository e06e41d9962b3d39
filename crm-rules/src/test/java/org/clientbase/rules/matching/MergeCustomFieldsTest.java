package org.clientbase.rules.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.clientbase.rules.matching.Cards.company;
import static org.clientbase.rules.matching.Cards.person;

import java.util.List;
import org.clientbase.core.InvalidValueException;
import org.clientbase.core.MissingValuesException;
import org.clientbase.core.client.Client;
import org.clientbase.core.field.CardConfiguration;
import org.clientbase.core.field.CardType;
import org.clientbase.core.field.FieldDefinition;
import org.clientbase.core.field.FieldType;
import org.clientbase.core.field.FieldValue;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.ContactPersonId;
import org.clientbase.memory.InMemoryClientbase;
import org.junit.jupiter.api.Test;

/** A merge writes a survivor only if its custom values fit the host's card configuration. */
class MergeCustomFieldsTest {
  private static final FieldDefinition INDUSTRY = FieldDefinition.builder().key("industry").label("Отрасль")
      .type(FieldType.ENUMERATION).addEnumerationValues("Retail", "Wholesale").build();
  private static final CardConfiguration CLIENT_CARD =
      CardConfiguration.builder().cardType(CardType.CLIENT).addCustomFields(INDUSTRY).build();
  private static final CardConfiguration PERSON_CARD =
      CardConfiguration.builder().cardType(CardType.CONTACT_PERSON).addCustomFields(INDUSTRY).build();

  private final MatchingFixture fixture = new MatchingFixture();
  private final DuplicateMerger merger = fixture.mergerBuilder(fixture.base.unitOfWork())
      .clientCard(CLIENT_CARD).contactPersonCard(PERSON_CARD).build();
  private final ClientId c1 = ClientId.of("c-1");
  private final ClientId c2 = ClientId.of("c-2");

  private void twoCardsTheSecondWithIndustry(String industry) {
    fixture.base.clientStore().insert(company("c-1", "ООО «Ромашка»").build());
    fixture.base.clientStore().insert(company("c-2", "Romashka LLC")
        .putCustomFields("industry", FieldValue.choice(industry)).build());
  }

  @Test
  void aMergeGivingTheSurvivorAChoiceOutsideItsListIsRefusedAndWritesNothing() {
    twoCardsTheSecondWithIndustry("Space");
    InMemoryClientbase.Snapshot before = fixture.base.snapshot();

    assertThatThrownBy(() -> merger.merge(MergeRequest.ofClients(List.of(c1, c2)).withSurvivor(c1)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Client c-1 custom field industry Space: is not one of [Retail, Wholesale]");

    assertThat(fixture.base.snapshot()).isEqualTo(before);
    assertThat(fixture.journal.count()).as("no merge record either").isZero();
  }

  @Test
  void aMergeWithinTheConfigurationTakesTheCustomValue() {
    twoCardsTheSecondWithIndustry("Retail");

    merger.merge(MergeRequest.ofClients(List.of(c1, c2)).withSurvivor(c1));

    Client survivor = fixture.base.clientStore().find(c1).orElseThrow().value();
    assertThat(survivor.customFields()).containsEntry("industry", FieldValue.choice("Retail"));
  }

  @Test
  void withoutAConfigurationASurvivorCarryingACustomValueIsRefused() {
    twoCardsTheSecondWithIndustry("Retail");
    InMemoryClientbase.Snapshot before = fixture.base.snapshot();

    DuplicateMerger unconfigured = fixture.mergerBuilder(fixture.base.unitOfWork()).build();

    assertThatThrownBy(() -> unconfigured.merge(MergeRequest.ofClients(List.of(c1, c2)).withSurvivor(c1)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Client c-1 custom field industry: is not defined for CLIENT cards");
    assertThat(fixture.base.snapshot()).isEqualTo(before);
  }

  @Test
  void aContactPersonMergeIsCheckedAgainstTheContactPersonConfiguration() {
    fixture.base.contactPersonStore().insert(person("p-1", "Иванов", "Иван").build());
    fixture.base.contactPersonStore().insert(person("p-2", "Иванов", "Иван")
        .putCustomFields("industry", FieldValue.choice("x".repeat(900))).build());
    InMemoryClientbase.Snapshot before = fixture.base.snapshot();

    assertThatThrownBy(() -> merger.merge(MergeRequest.ofContactPersons(
        List.of(ContactPersonId.of("p-1"), ContactPersonId.of("p-2"))).withSurvivor(ContactPersonId.of("p-1"))))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("ContactPerson p-1 custom field industry xxxx")
        .hasMessageContaining("(900 characters)")
        .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(300));
    assertThat(fixture.base.snapshot()).isEqualTo(before);
  }

  @Test
  void theBuilderRefusesTheConfigurationOfAnotherCardType() {
    assertThatThrownBy(() -> DuplicateMerger.builder().clientCard(PERSON_CARD))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("DuplicateMerger.clientCard CONTACT_PERSON: is the configuration of another card type;"
            + " a CLIENT configuration is needed");
    assertThatThrownBy(() -> DuplicateMerger.builder().contactPersonCard(PERSON_CARD).contactPersonCard(PERSON_CARD))
        .hasMessageContaining("was already set");
  }

  @Test
  void theBuilderNamesEveryMissingPartAtOnce() {
    assertThatThrownBy(() -> DuplicateMerger.builder().clientCard(CLIENT_CARD).build())
        .isInstanceOf(MissingValuesException.class)
        .hasMessage("DuplicateMerger: missing clientbase, clock");
  }
}
