package org.clientbase.rules.conversion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.clientbase.rules.conversion.ConversionFixture.USER;
import static org.clientbase.rules.conversion.ConversionFixture.NOW;
import static org.clientbase.rules.conversion.ConversionFixture.TODAY;
import static org.clientbase.rules.conversion.ConversionFixture.ivanovOfRomashka;
import static org.clientbase.rules.conversion.ConversionFixture.lead;
import static org.clientbase.rules.conversion.ConversionFixture.petrovaAlone;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.clientbase.core.InvalidValueException;
import org.clientbase.core.MissingValuesException;
import org.clientbase.core.activity.Interaction;
import org.clientbase.core.activity.InteractionState;
import org.clientbase.core.activity.InteractionType;
import org.clientbase.core.activity.Interest;
import org.clientbase.core.activity.Participant;
import org.clientbase.core.card.Source;
import org.clientbase.core.client.Client;
import org.clientbase.core.client.ClientKind;
import org.clientbase.core.client.ContactPerson;
import org.clientbase.core.client.Counterparty;
import org.clientbase.core.contact.Email;
import org.clientbase.core.contact.Phone;
import org.clientbase.core.field.CardConfiguration;
import org.clientbase.core.field.CardType;
import org.clientbase.core.field.FieldDefinition;
import org.clientbase.core.field.FieldType;
import org.clientbase.core.field.FieldValue;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.ContactPersonId;
import org.clientbase.core.id.InteractionId;
import org.clientbase.core.id.InterestId;
import org.clientbase.core.id.LeadId;
import org.clientbase.core.id.UserId;
import org.clientbase.core.lead.Lead;
import org.clientbase.core.money.Money;
import org.clientbase.core.status.StatusAssignment;
import org.clientbase.core.status.StatusReason;
import org.clientbase.core.status.TemplateKey;
import org.clientbase.core.tax.Inn;
import org.clientbase.rules.UnknownRecordException;
import org.clientbase.rules.status.StatusScheme;
import org.clientbase.spi.store.ClientStatusHistory;
import org.clientbase.memory.FailurePlan;
import org.clientbase.memory.InjectedFailure;
import org.junit.jupiter.api.Test;

class LeadConverterTest {
  private final ConversionFixture f = new ConversionFixture();

  private Client client(ClientId id) {
    return f.base.clientStore().find(id).orElseThrow().value();
  }

  private Lead storedLead(String id) {
    return f.base.leadStore().find(LeadId.of(id)).orElseThrow().value();
  }

  @Test
  void leadWithFullNameAndCompanyBecomesALegalEntityClientAndAContactPerson() {
    f.base.leadStore().insert(ivanovOfRomashka());

    var result = (ConversionResult.Converted) f.converter().convert(USER, LeadId.of("l-1"));

    Client client = client(result.client());
    assertThat(client.kind()).isEqualTo(ClientKind.LEGAL_ENTITY);
    assertThat(client.name()).isEqualTo("ООО «Ромашка»");
    ContactPerson person = f.base.contactPersonStore().find(result.contactPerson().orElseThrow()).orElseThrow().value();
    assertThat(person.name().format()).isEqualTo("Иванов Иван Иванович");
    assertThat(client.contact(person.id())).isPresent();
    assertThat(result.clientCreated()).isTrue();
    assertThat(result.contactPersonCreated()).isTrue();
  }

  @Test
  void leadWithOnlyAFullNameBecomesAnIndividualClient() {
    f.base.leadStore().insert(petrovaAlone());

    var result = (ConversionResult.Converted) f.converter().convert(USER, LeadId.of("l-2"));

    Client client = client(result.client());
    assertThat(client.kind()).isEqualTo(ClientKind.INDIVIDUAL);
    assertThat(client.name()).isEqualTo("Петрова Анна Сергеевна");
    assertThat(result.contactPerson()).isEmpty();
    assertThat(f.base.contactPersonStore().count()).isZero();
  }

  @Test
  void leadWithACompanyAndATwelveDigitInnBecomesASoleProprietorWithItsCounterparty() {
    f.base.leadStore().insert(lead("l-3", "Петров Пётр Петрович")
        .company("ИП Петров П. П.").inn(Inn.of("500100732259")).build());

    var result = (ConversionResult.Converted) f.converter().convert(USER, LeadId.of("l-3"));

    assertThat(client(result.client()).kind()).isEqualTo(ClientKind.SOLE_PROPRIETOR);
    List<Counterparty> counterparties = f.base.counterpartyStore().findByClient(result.client());
    assertThat(counterparties).singleElement()
        .satisfies(k -> assertThat(k.inn()).isEqualTo(Inn.of("500100732259")));
  }

  @Test
  void contactsSourceCommentAndTagsCarryOver() {
    Lead lead = ivanovOfRomashka();
    f.base.leadStore().insert(lead);

    var result = (ConversionResult.Converted) f.converter().convert(USER, LeadId.of("l-1"));

    Client client = client(result.client());
    assertThat(client.phones()).containsExactlyElementsOf(lead.phones());
    assertThat(client.emails()).containsExactlyElementsOf(lead.emails());
    assertThat(client.source()).isEqualTo(lead.source());
    assertThat(client.comment()).isEqualTo(lead.comment());
    assertThat(client.tags()).isEqualTo(lead.tags());
    ContactPerson person = f.base.contactPersonStore().find(result.contactPerson().orElseThrow()).orElseThrow().value();
    assertThat(person.phones()).containsExactlyElementsOf(lead.phones());
    assertThat(person.emails()).containsExactlyElementsOf(lead.emails());
  }

  @Test
  void mappedCustomFieldsCarryOverAndUnmappedOnesDoNot() {
    FieldDefinition leadIndustry = FieldDefinition.builder().key("industry").label("Industry")
        .type(FieldType.ENUMERATION).addEnumerationValues("Retail", "Farming").build();
    FieldDefinition clientIndustry = FieldDefinition.builder().key("sector").label("Sector")
        .type(FieldType.ENUMERATION).addEnumerationValues("Retail", "Farming", "IT").build();
    FieldDefinition note = FieldDefinition.builder().key("note").label("Note").type(FieldType.STRING).build();
    FieldMapping mapping = FieldMapping.builder(
            CardConfiguration.builder().cardType(CardType.LEAD).addCustomFields(leadIndustry, note).build(),
            CardConfiguration.builder().cardType(CardType.CLIENT).addCustomFields(clientIndustry).build(),
            CardConfiguration.builder().cardType(CardType.CONTACT_PERSON).build())
        .map("industry", MappingTarget.CLIENT, "sector")
        .build();
    f.base.leadStore().insert(Lead.builder().from(ivanovOfRomashka())
        .putCustomFields("industry", FieldValue.choice("Farming"))
        .putCustomFields("note", FieldValue.text("met at the fair"))
        .build());

    var result = (ConversionResult.Converted) f.converterBuilder().fieldMapping(mapping).build().convert(USER, LeadId.of("l-1"));

    assertThat(client(result.client()).customFields()).containsExactly(
        java.util.Map.entry("sector", FieldValue.choice("Farming")));
  }

  @Test
  void aCarriedValueOutsideTheTargetsListIsRefusedNamingTheField() {
    FieldDefinition leadIndustry = FieldDefinition.builder().key("industry").label("Industry")
        .type(FieldType.ENUMERATION).addEnumerationValues("Retail").build();
    FieldDefinition clientIndustry = FieldDefinition.builder().key("sector").label("Sector")
        .type(FieldType.ENUMERATION).addEnumerationValues("Retail").build();
    FieldMapping mapping = FieldMapping.builder(
            CardConfiguration.builder().cardType(CardType.LEAD).addCustomFields(leadIndustry).build(),
            CardConfiguration.builder().cardType(CardType.CLIENT).addCustomFields(clientIndustry).build(),
            CardConfiguration.builder().cardType(CardType.CONTACT_PERSON).build())
        .map("industry", MappingTarget.CLIENT, "sector")
        .build();
    f.base.leadStore().insert(Lead.builder().from(ivanovOfRomashka())
        .putCustomFields("industry", FieldValue.choice("Mining"))
        .build());

    assertThatThrownBy(() -> f.converterBuilder().fieldMapping(mapping).build().convert(ConversionFixture.USER, LeadId.of("l-1")))
        .isInstanceOf(org.clientbase.core.InvalidValueException.class)
        .hasMessage("custom field sector Mining: is not one of [Retail]");
  }

  @Test
  void aMappingIsCheckedAgainstBothCardsAndReportsEveryProblemBeforeAnythingIsWritten() {
    FieldDefinition leadIndustry = FieldDefinition.builder().key("industry").label("Industry")
        .type(FieldType.ENUMERATION).addEnumerationValues("Retail", "Farming").build();
    FieldDefinition clientIndustry = FieldDefinition.builder().key("industry").label("Industry")
        .type(FieldType.ENUMERATION).addEnumerationValues("Retail").build();
    FieldDefinition size = FieldDefinition.builder().key("size").label("Size").type(FieldType.INTEGER).build();
    FieldDefinition clientSize = FieldDefinition.builder().key("size").label("Size").type(FieldType.STRING).build();

    assertThatThrownBy(() -> FieldMapping.builder(
                CardConfiguration.builder().cardType(CardType.LEAD).addCustomFields(leadIndustry, size).build(),
                CardConfiguration.builder().cardType(CardType.CLIENT).addCustomFields(clientIndustry, clientSize).build(),
                CardConfiguration.builder().cardType(CardType.CONTACT_PERSON).build())
            .map("industry", MappingTarget.CLIENT, "industry")
            .map("size", MappingTarget.CLIENT, "size")
            .map("region", MappingTarget.CONTACT_PERSON, "region")
            .build())
        .isInstanceOf(InvalidFieldMappingException.class)
        .satisfies(e -> assertThat(((InvalidFieldMappingException) e).problems()).containsExactly(
            "lead field industry -> CLIENT field industry: enumeration values [Farming] are missing on the target",
            "lead field size -> CLIENT field size: type INTEGER does not fit STRING",
            "lead field region is not defined on the lead card",
            "CONTACT_PERSON field region is not defined on the CONTACT_PERSON card"));
  }

  @Test
  void theLeadIsKeptMarkedConvertedWithTheDateAndLinksToWhatWasCreated() {
    f.base.leadStore().insert(ivanovOfRomashka());

    var result = (ConversionResult.Converted) f.converter().convert(USER, LeadId.of("l-1"));

    Lead lead = storedLead("l-1");
    assertThat(lead.convertedAt()).contains(NOW);
    assertThat(lead.linkedClient()).contains(result.client());
    assertThat(lead.linkedContactPerson()).isEqualTo(result.contactPerson());
    assertThat(f.base.leadStore().count()).isEqualTo(1);
  }

  @Test
  void everyReferenceToTheLeadIsReplacedWithTheClientAndContact() {
    Lead lead = ivanovOfRomashka();
    f.base.leadStore().insert(lead);
    f.base.interestStore().insert(Interest.builder()
        .id(InterestId.of("i-1")).lead(lead.id()).openedOn(LocalDate.of(2026, 3, 1)).build());
    f.base.interactionStore().insert(Interaction.builder()
        .id(InteractionId.of("e-1")).type(InteractionType.PHONE_CALL).state(InteractionState.COMPLETED)
        .subject("First call").lead(lead.id()).start(Instant.parse("2026-03-01T09:00:00Z"))
        .addParticipants(Participant.builder().lead(lead.id()).contactUsed("+79161234567").build())
        .build());
    f.base.referenceRewriter().addDocument("order-17", List.of(lead.id()));

    var result = (ConversionResult.Converted) f.converter().convert(USER, lead.id());

    Interest interest = f.base.interestStore().find(InterestId.of("i-1")).orElseThrow().value();
    assertThat(interest.client()).contains(result.client());
    assertThat(interest.lead()).isEmpty();
    Interaction call = f.base.interactionStore().find(InteractionId.of("e-1")).orElseThrow().value();
    assertThat(call.lead()).isEmpty();
    assertThat(call.client()).contains(result.client());
    assertThat(call.contactPersons()).containsExactly(result.contactPerson().orElseThrow());
    assertThat(call.participants().get(0).contactPerson()).isEqualTo(result.contactPerson());
    assertThat(f.base.referenceRewriter().references("order-17"))
        .doesNotContain(lead.id()).contains(result.client());
    assertThat(result.rewrittenReferences()).isGreaterThanOrEqualTo(3);
  }

  @Test
  void aLeadAlreadyLinkedToAClientIsNotConvertedAgain() {
    f.base.leadStore().insert(lead("l-9", "Сидоров Олег Викторович").linkedClient(ClientId.of("c-77")).build());

    ConversionResult result = f.converter().convert(USER, LeadId.of("l-9"));

    assertThat(result).isEqualTo(new ConversionResult.AlreadyLinked(
        LeadId.of("l-9"), Optional.of(ClientId.of("c-77")), Optional.empty()));
    assertThat(f.base.clientStore().count()).isZero();
  }

  @Test
  void convertingTwiceConvertsOnce() {
    f.base.leadStore().insert(ivanovOfRomashka());
    LeadConverter converter = f.converter();

    var first = (ConversionResult.Converted) converter.convert(USER, LeadId.of("l-1"));
    ConversionResult second = converter.convert(USER, LeadId.of("l-1"));

    assertThat(second).isInstanceOf(ConversionResult.AlreadyLinked.class);
    assertThat(((ConversionResult.AlreadyLinked) second).client()).contains(first.client());
    assertThat(f.base.clientStore().count()).isEqualTo(1);
  }

  @Test
  void theNewClientGetsTheNewStatusRecordedInItsHistory() {
    f.base.leadStore().insert(ivanovOfRomashka());

    var result = (ConversionResult.Converted) f.converter().convert(USER, LeadId.of("l-1"));

    assertThat(result.firstStatus()).contains(StatusScheme.NEW);
    ClientStatusHistory history = f.base.statusHistoryStore().history(result.client());
    assertThat(history.entries()).containsExactly(StatusAssignment.builder()
        .client(result.client())
        .status(StatusScheme.NEW)
        .since(TODAY)
        .reason(StatusReason.byRule(TemplateKey.NEW_CLIENT))
        .explanation("created from lead l-1")
        .build());
  }

  @Test
  void underAnAllManualSchemeTheNewClientHasNoFirstStatus() {
    f.base.leadStore().insert(ivanovOfRomashka());
    LeadConverter converter = LeadConverter.builder()
        .accessPolicy(f.base.accessPolicy())
        .clientbase(f.base).clock(f.clock)
        .scheme(StatusScheme.allManual())
        .build();

    var result = (ConversionResult.Converted) converter.convert(USER, LeadId.of("l-1"));

    assertThat(result.firstStatus()).isEmpty();
    assertThat(f.base.statusHistoryStore().history(result.client()).entries()).isEmpty();
  }

  @Test
  void aLeadCanBeConvertedIntoAnExistingClientFillingOnlyItsEmptyFields() {
    Client existing = Client.builder().id(ClientId.of("c-5")).kind(ClientKind.LEGAL_ENTITY).name("Ромашка")
        .createdOn(LocalDate.of(2025, 1, 1)).addPhones(Phone.parse("+7 495 000-00-01"))
        .source(Source.of("Referral")).build();
    f.base.clientStore().insert(existing);
    f.base.leadStore().insert(ivanovOfRomashka());

    var result = (ConversionResult.Converted) f.converter()
        .convert(USER, LeadId.of("l-1"), ConversionOptions.builder().intoClient(existing.id()).build());

    Client filled = client(existing.id());
    assertThat(result.clientCreated()).isFalse();
    assertThat(filled.phones()).containsExactly(Phone.parse("+7 495 000-00-01"));
    assertThat(filled.source()).contains(Source.of("Referral"));
    assertThat(filled.emails()).containsExactly(Email.of("ivanov@romashka.ru"));
    assertThat(filled.comment()).contains("Asked for a price list");
    assertThat(filled.contact(result.contactPerson().orElseThrow())).isPresent();
    assertThat(f.base.clientStore().count()).isEqualTo(1);
    assertThat(result.firstStatus()).isEmpty();
  }

  @Test
  void aLeadCanBeConvertedIntoAnExistingContactPerson() {
    ContactPerson anna = ContactPerson.builder().id(ContactPersonId.of("p-3"))
        .name(org.clientbase.core.person.PersonName.parse("Иванов Иван Иванович")).build();
    f.base.contactPersonStore().insert(anna);
    f.base.clientStore().insert(Client.builder().id(ClientId.of("c-5")).kind(ClientKind.LEGAL_ENTITY)
        .name("Ромашка").createdOn(LocalDate.of(2025, 1, 1)).build());
    f.base.leadStore().insert(ivanovOfRomashka());

    var result = (ConversionResult.Converted) f.converter().convert(USER, LeadId.of("l-1"),
        ConversionOptions.builder().intoClient(ClientId.of("c-5")).intoContactPerson(anna.id()).build());

    assertThat(result.contactPerson()).contains(anna.id());
    assertThat(result.contactPersonCreated()).isFalse();
    ContactPerson filled = f.base.contactPersonStore().find(anna.id()).orElseThrow().value();
    assertThat(filled.phones()).containsExactly(Phone.parse("+79161234567"));
    assertThat(client(ClientId.of("c-5")).contact(anna.id())).isPresent();
  }

  @Test
  void anInterestCanBeOpenedAndTheResponsibleManagerSet() {
    f.base.leadStore().insert(ivanovOfRomashka());

    var result = (ConversionResult.Converted) f.converter().convert(USER, LeadId.of("l-1"), ConversionOptions.builder()
        .responsible(UserId.of("manager-7"))
        .openInterest(InterestRequest.about("Office furniture").atStage("Qualification")
            .withAmount(Money.of("150000", "RUB")))
        .build());

    assertThat(client(result.client()).responsible()).contains(UserId.of("manager-7"));
    Interest interest = f.base.interestStore().find(result.interest().orElseThrow()).orElseThrow().value();
    assertThat(interest.client()).contains(result.client());
    assertThat(interest.openedOn()).isEqualTo(TODAY);
    assertThat(interest.isActive()).isTrue();
    assertThat(interest.responsible()).contains(UserId.of("manager-7"));
  }

  private void existingClientWithThePhone() {
    f.base.clientStore().insert(Client.builder().id(ClientId.of("c-5")).kind(ClientKind.LEGAL_ENTITY)
        .name("Ромашка").createdOn(LocalDate.of(2025, 1, 1)).addPhones(Phone.parse("+7 916 123 45 67")).build());
    f.base.leadStore().insert(ivanovOfRomashka());
  }

  @Test
  void theDuplicateGateCanStopAndReportWritingNothing() {
    existingClientWithThePhone();
    var before = f.base.snapshot();

    ConversionResult result = f.converterBuilder().duplicatePolicy(DuplicatePolicy.STOP_AND_REPORT).build()
        .convert(USER, LeadId.of("l-1"));

    assertThat(result).isEqualTo(new ConversionResult.DuplicatesFound(LeadId.of("l-1"),
        List.of(new ClientMatch(ClientId.of("c-5"), List.of("same phone +7 916 123-45-67"))), 0));
    assertThat(f.base.snapshot()).isEqualTo(before);
  }

  @Test
  void theDuplicateGateCanConvertIntoTheMatch() {
    existingClientWithThePhone();

    var result = (ConversionResult.Converted) f.converter().convert(USER, LeadId.of("l-1"),
        ConversionOptions.builder().duplicatePolicy(DuplicatePolicy.CONVERT_INTO_MATCH).build());

    assertThat(result.client()).isEqualTo(ClientId.of("c-5"));
    assertThat(f.base.clientStore().count()).isEqualTo(1);
  }

  @Test
  void theDuplicateGateFindsAClientByTheInnOfItsCounterparty() {
    f.base.clientStore().insert(Client.builder().id(ClientId.of("c-5")).kind(ClientKind.LEGAL_ENTITY)
        .name("Ромашка").createdOn(LocalDate.of(2025, 1, 1)).build());
    f.base.counterpartyStore().insert(Counterparty.builder().id(org.clientbase.core.id.CounterpartyId.of("k-5"))
        .client(ClientId.of("c-5")).legalName("ООО «Ромашка»").inn(Inn.of("7707083893")).build());
    f.base.leadStore().insert(Lead.builder().from(ivanovOfRomashka()).inn(Inn.of("7707083893")).build());

    ConversionResult result = f.converterBuilder().duplicatePolicy(DuplicatePolicy.STOP_AND_REPORT).build()
        .convert(USER, LeadId.of("l-1"));

    assertThat(((ConversionResult.DuplicatesFound) result).matches().get(0).reasons())
        .containsExactly("same INN 7707083893");
  }

  @Test
  void theDuplicateGateCanBeToldToCreateAnyway() {
    existingClientWithThePhone();

    var result = (ConversionResult.Converted) f.converterBuilder().duplicatePolicy(DuplicatePolicy.STOP_AND_REPORT)
        .build().convert(USER, LeadId.of("l-1"), ConversionOptions.builder().duplicatePolicy(DuplicatePolicy.CREATE_ANYWAY).build());

    assertThat(result.clientCreated()).isTrue();
    assertThat(f.base.clientStore().count()).isEqualTo(2);
  }

  @Test
  void aStoreFailingMidwayLeavesNothingWritten() {
    f.base.leadStore().insert(ivanovOfRomashka());
    f.base.referenceRewriter().addDocument("order-17", List.of(LeadId.of("l-1")));
    var before = f.base.snapshot();
    LeadConverter converter = f.converter();

    for (long call = 1; ; call++) {
      f.base.faults().arm(FailurePlan.atCall(call).writesOnly());
      try {
        converter.convert(USER, LeadId.of("l-1"));
        break;
      } catch (InjectedFailure expected) {
        assertThat(f.base.snapshot()).as("after a failure at write %d", call).isEqualTo(before);
      } finally {
        f.base.faults().disarm();
      }
    }
    assertThat(storedLead("l-1").isLinked()).isTrue();
    assertThat(f.base.clientStore().count()).isEqualTo(1);
  }

  @Test
  void aListenerHearsOfEachConversionAndAThrowingOneDoesNotUndoIt() {
    f.base.leadStore().insert(ivanovOfRomashka());
    LeadConverter converter = f.converterBuilder()
        .addListener(event -> {
          throw new IllegalStateException("listener broke");
        })
        .build();

    var result = (ConversionResult.Converted) converter.convert(USER, LeadId.of("l-1"));

    assertThat(f.base.domainEvents().events()).singleElement()
        .isEqualTo(new LeadConverted(NOW, result));
    assertThat(storedLead("l-1").isLinked()).isTrue();
  }

  private org.clientbase.rules.history.CardHistory history() {
    return org.clientbase.rules.history.CardHistory.builder()
        .clientbase(f.base)
        .clock(f.clock)
        .accessPolicy(f.base.accessPolicy())
        .build();
  }

  @Test
  void theCardsAConversionCreatesAreRecordedInTheChangeHistory() {
    f.base.leadStore().insert(ivanovOfRomashka());
    LeadConverter converter = f.converterBuilder().recordHistory(history()).build();

    var result = (ConversionResult.Converted) converter.convert(UserId.of("manager-7"), LeadId.of("l-1"));

    var clientRevisions = f.base.clientHistoryStore().revisions(result.client());
    assertThat(clientRevisions).singleElement().satisfies(r -> {
      assertThat(r.kind()).isEqualTo(org.clientbase.spi.store.RevisionKind.CREATED);
      assertThat(r.author()).contains(UserId.of("manager-7"));
      assertThat(r.at()).isEqualTo(NOW);
      assertThat(r.snapshot()).contains(client(result.client()));
    });
    assertThat(f.base.contactPersonHistoryStore().revisions(result.contactPerson().orElseThrow()))
        .singleElement().satisfies(r -> assertThat(r.author()).contains(UserId.of("manager-7")));
  }

  @Test
  void fillingAnExistingClientIsRecordedAsAChangeByTheUserConverting() {
    f.base.clientStore().insert(Client.builder().id(ClientId.of("c-5")).kind(ClientKind.LEGAL_ENTITY)
        .name("Ромашка").createdOn(LocalDate.of(2025, 1, 1)).build());
    f.base.leadStore().insert(ivanovOfRomashka());
    LeadConverter converter = f.converterBuilder().recordHistory(history()).build();

    converter.convert(USER, LeadId.of("l-1"), ConversionOptions.builder().intoClient(ClientId.of("c-5")).build());

    var revisions = f.base.clientHistoryStore().revisions(ClientId.of("c-5"));
    assertThat(revisions).last().satisfies(r -> {
      assertThat(r.author()).contains(USER);
      assertThat(r.diff().changedFields()).contains("phones", "emails", "contacts");
    });
  }

  @Test
  void convertingAnUnknownLeadIsAClearError() {
    assertThatThrownBy(() -> f.converter().convert(USER, LeadId.of("l-404")))
        .isInstanceOf(UnknownRecordException.class)
        .hasMessage("no lead l-404 in the store");
  }

  @Test
  void aConverterWithoutAStoreCannotBeBuilt() {
    assertThatThrownBy(() -> LeadConverter.builder().build())
        .isInstanceOf(MissingValuesException.class)
        .hasMessage("LeadConverter: missing clientbase, accessPolicy, clock, scheme");
    assertThatThrownBy(() -> LeadConverter.builder().clientbase(f.base).clientbase(f.base))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("LeadConverter.clientbase");
  }
}
