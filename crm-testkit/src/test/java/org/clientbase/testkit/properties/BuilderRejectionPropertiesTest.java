package org.clientbase.testkit.properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;

import java.time.Duration;
import java.time.MonthDay;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.clientbase.core.InvalidValueException;
import org.clientbase.core.MissingValuesException;
import org.clientbase.core.activity.Interaction;
import org.clientbase.core.activity.InteractionState;
import org.clientbase.core.activity.Interest;
import org.clientbase.core.activity.InterestOutcome;
import org.clientbase.core.activity.Participant;
import org.clientbase.core.activity.Payment;
import org.clientbase.core.activity.Shipment;
import org.clientbase.core.card.Category;
import org.clientbase.core.card.FileReference;
import org.clientbase.core.card.Source;
import org.clientbase.core.card.Tag;
import org.clientbase.core.client.Client;
import org.clientbase.core.client.ClientContact;
import org.clientbase.core.client.ClientKind;
import org.clientbase.core.client.ContactPerson;
import org.clientbase.core.client.Counterparty;
import org.clientbase.core.contact.Email;
import org.clientbase.core.contact.Phone;
import org.clientbase.core.contact.PostalAddress;
import org.clientbase.core.field.CardConfiguration;
import org.clientbase.core.field.CardType;
import org.clientbase.core.field.FieldDefinition;
import org.clientbase.core.field.FieldType;
import org.clientbase.core.field.FieldValue;
import org.clientbase.core.field.ReferenceTarget;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.FileId;
import org.clientbase.core.id.LeadId;
import org.clientbase.core.id.StatusId;
import org.clientbase.core.id.UserId;
import org.clientbase.core.lead.Lead;
import org.clientbase.core.money.Money;
import org.clientbase.core.person.Birthday;
import org.clientbase.core.person.PersonName;
import org.clientbase.core.status.CalculationMode;
import org.clientbase.core.status.Colour;
import org.clientbase.core.status.StatusAssignment;
import org.clientbase.core.status.TemplateKey;
import org.clientbase.core.status.WorkStatus;
import org.clientbase.core.task.Task;
import org.clientbase.core.task.TaskState;
import org.clientbase.core.tax.Inn;
import org.clientbase.core.tax.Kpp;
import org.clientbase.core.tax.Ogrn;
import org.clientbase.testkit.generators.ActivityGenerators;
import org.clientbase.testkit.generators.CardGenerators;
import org.clientbase.testkit.generators.DomainGenerators;
import org.clientbase.testkit.generators.StatusGenerators;
import org.junit.jupiter.api.Test;

/**
 * Every factory and builder rejects each invalid field with an {@link InvalidValueException}
 * that names the field: start from a valid generated value, break one field at a time, and
 * check the exception's {@link InvalidValueException#field()}.
 *
 * <p>Field names carry the card and often its id ({@code "Client c-7 phones"},
 * {@code "Lead.company"}); the check is that the name ends with the field, after a space or a
 * dot.
 */
class BuilderRejectionPropertiesTest {

  /** Asserts that the call fails with an {@link InvalidValueException} naming the field. */
  static InvalidValueException rejects(String field, ThrowingCallable call) {
    Throwable thrown = catchThrowable(call);
    assertThat(thrown).as("a broken %s must be rejected", field)
        .isInstanceOf(InvalidValueException.class);
    InvalidValueException e = (InvalidValueException) thrown;
    String named = e.field();
    assertThat(named.equals(field) || named.endsWith(" " + field) || named.endsWith("." + field))
        .as("exception \"%s\" names the field %s (it names \"%s\")", e.getMessage(), field, named)
        .isTrue();
    assertThat(e.rule()).isNotBlank();
    return e;
  }

  /** Malformed spellings of a valid phone: too few digits, a letter O for a zero, junk after. */
  static List<String> malformedPhones(Phone phone) {
    String e164 = phone.e164();
    return List.of(
        e164.substring(1, e164.length() - 4),
        e164.substring(0, e164.length() - 1) + "O",
        phone.format() + " abc",
        phone.format() + " доб.",
        "+0" + e164.substring(2),
        e164 + "1234567890");
  }

  /** Malformed spellings of a valid email. */
  static List<String> malformedEmails(Email email) {
    String local = email.localPart();
    String domain = email.domain();
    return List.of(
        local + domain,
        local + "@" + domain + "@" + domain,
        "." + local + "@" + domain,
        local + "..x@" + domain,
        local + " x@" + domain,
        local + "@" + domain.replace(".", ""),
        local + "@" + domain + ".",
        local + "@-" + domain,
        local + "@" + domain.substring(0, domain.lastIndexOf('.') + 1) + "r",
        "@" + domain,
        local + "@");
  }

  // ------------------------------------------------------------ values

  @Test
  void phonesAndEmailsRejectMalformedText() {
    qt().forAll(DomainGenerators.phones()).checkAssert(phone -> {
      for (String text : malformedPhones(phone)) {
        assertThat(rejects("Phone", () -> Phone.parse(text)).value()).isEqualTo(text);
      }
    });
    qt().forAll(DomainGenerators.emails()).checkAssert(email -> {
      for (String text : malformedEmails(email)) {
        assertThat(rejects("Email", () -> Email.of(text)).value()).isEqualTo(text);
      }
    });
    rejects("Phone", () -> Phone.parse("  "));
    rejects("Email", () -> Email.of(null));
  }

  @Test
  void personNamesRejectEachBrokenPart() {
    qt().forAll(DomainGenerators.personNames()).checkAssert(name -> {
      String first = name.firstName();
      String last = name.lastName();
      rejects("lastName", () -> PersonName.of(" ", first));
      rejects("lastName", () -> PersonName.of(last + "1", first));
      rejects("firstName", () -> PersonName.of(last, ""));
      rejects("firstName", () -> PersonName.of(last, first + "@"));
      rejects("patronymic", () -> PersonName.of(last, first, "\t"));
      rejects("patronymic", () -> PersonName.of(last, first, "--"));
      rejects("PersonName", () -> PersonName.parse(last));
    });
  }

  @Test
  void addressesBirthdaysMoneyAndLabelsRejectBrokenParts() {
    qt().forAll(DomainGenerators.russianAddresses()).checkAssert(address -> {
      assertThat(catchThrowable(() -> PostalAddress.builder().country(address.country()).build()))
          .isInstanceOfSatisfying(MissingValuesException.class,
              e -> assertThat(e.missing()).containsExactly("city"));
      assertThat(catchThrowable(() -> PostalAddress.builder().city(address.city()).build()))
          .isInstanceOfSatisfying(MissingValuesException.class,
              e -> assertThat(e.missing()).containsExactly("country"));
      rejects("postcode", () -> PostalAddress.builder().country(address.country())
          .city(address.city()).postcode("12345").build());
      rejects("street", () -> PostalAddress.builder().street(" "));
    });
    qt().forAll(DomainGenerators.birthdays()).checkAssert(birthday -> {
      rejects("Birthday", () -> Birthday.of(MonthDay.of(2, 29), Year.of(2023)));
      rejects("ageOn", () -> Birthday.of(birthday.dateOfBirth().orElse(java.time.LocalDate.of(2000, 1, 1)))
          .ageOn(birthday.dateOfBirth().orElse(java.time.LocalDate.of(2000, 1, 1)).minusDays(1)));
    });
    qt().forAll(DomainGenerators.rubles()).checkAssert(money -> {
      rejects("amount", () -> Money.of(money.amount().add(new java.math.BigDecimal("0.001")), money.currency()));
      rejects("currency", () -> Money.of(money.amount().toPlainString(), "РУБ"));
      rejects("amount", () -> Money.of("1 500", "RUB"));
    });
    rejects("Tag", () -> Tag.of(" "));
    rejects("Tag", () -> Tag.of("x".repeat(101)));
    rejects("Source", () -> Source.of(""));
    rejects("dimension", () -> Category.of(" ", "Москва"));
    rejects("value", () -> Category.of("Регион", null));
    rejects("name", () -> FileReference.of(FileId.of("f-1"), "  "));
    rejects("ClientId", () -> ClientId.of(" c-1"));
    rejects("LeadId", () -> LeadId.of(""));
    rejects("Colour", () -> Colour.of("#12345"));
    rejects("red", () -> Colour.ofRgb(256, 0, 0));
    rejects("periodDays", () -> CalculationMode.automatic(TemplateKey.ACTIVE, 0));
    rejects("TemplateKey", () -> TemplateKey.of("win back"));
  }

  // ------------------------------------------------------------ cards

  @Test
  void clientBuilderRejectsEachBrokenField() {
    qt().forAll(CardGenerators.clients()).checkAssert(client -> {
      rejects("name", () -> Client.builder().from(client).name("  ").build());
      rejects("name", () -> Client.builder().from(client).name(" " + client.name()).build());
      rejects("comment", () -> Client.builder().from(client).comment(" \n ").build());
      if (!client.phones().isEmpty()) {
        rejects("phones", () -> Client.builder().from(client).addPhones(client.phones().get(0)).build());
      }
      if (!client.emails().isEmpty()) {
        rejects("emails", () -> Client.builder().from(client).addEmails(client.emails().get(0)).build());
      }
      if (!client.contacts().isEmpty()) {
        rejects("contacts", () -> Client.builder().from(client)
            .addContacts(ClientContact.of(client.contacts().get(0).contactPerson())).build());
      }
      rejects("role", () -> ClientContact.builder()
          .contactPerson(org.clientbase.core.id.ContactPersonId.of("p-1")).role(" ").build());
    });
  }

  @Test
  void contactPersonBuilderRejectsEachBrokenField() {
    qt().forAll(CardGenerators.contactPersons()).checkAssert(person -> {
      rejects("position", () -> ContactPerson.builder().from(person).position("").build());
      rejects("position", () -> ContactPerson.builder().from(person).position("Главный  бухгалтер").build());
      rejects("comment", () -> ContactPerson.builder().from(person).comment("   ").build());
      if (!person.phones().isEmpty()) {
        rejects("phones", () -> ContactPerson.builder().from(person).addPhones(person.phones().get(0)).build());
      }
      if (!person.emails().isEmpty()) {
        Email same = Email.of(person.emails().get(0).localPart() + "@"
            + person.emails().get(0).domain().toUpperCase(java.util.Locale.ROOT));
        rejects("emails", () -> ContactPerson.builder().from(person).addEmails(same).build());
      }
    });
  }

  @Test
  void leadBuilderRejectsEachBrokenField() {
    qt().forAll(CardGenerators.unconvertedLeads(), ActivityGenerators.instants()).checkAssert((lead, when) -> {
      rejects("company", () -> Lead.builder().from(lead).company(" ").build());
      rejects("company", () -> Lead.builder().from(lead).company("ООО  «Ромашка»").build());
      rejects("comment", () -> Lead.builder().from(lead).comment("").build());
      if (!lead.phones().isEmpty()) {
        rejects("phones", () -> Lead.builder().from(lead).addPhones(lead.phones().get(0)).build());
      }
      if (!lead.emails().isEmpty()) {
        rejects("emails", () -> Lead.builder().from(lead).addEmails(lead.emails().get(0)).build());
      }
      rejects("convertedAt", () -> Lead.builder().from(lead).convertedAt(when).build());
    });
  }

  @Test
  void counterpartyBuilderRejectsEachBrokenField() {
    qt().forAll(CardGenerators.counterparties(), DomainGenerators.ogrns(), DomainGenerators.ogrnips())
        .checkAssert((counterparty, ogrn, ogrnip) -> {
          rejects("legalName", () -> Counterparty.builder().from(counterparty).legalName(" ").build());
          if (counterparty.inn().isLegalEntity()) {
            rejects("OGRN", () -> Counterparty.builder().from(counterparty).ogrn(ogrnip).build());
          } else {
            rejects("KPP", () -> Counterparty.builder().from(counterparty).kpp(Kpp.of("773601001")).build());
            rejects("OGRN", () -> Counterparty.builder().from(counterparty).ogrn(ogrn).build());
          }
          String inn = counterparty.inn().value();
          String badInn = inn.substring(0, inn.length() - 1) + (char) ('0' + (inn.charAt(inn.length() - 1) - '0' + 1) % 10);
          rejects("INN", () -> Inn.of(badInn));
          rejects("KPP", () -> Kpp.of("7736010"));
          rejects("OGRN", () -> Ogrn.of("102770013219"));
        });
  }

  // ------------------------------------------------------------ facts

  @Test
  void interactionBuilderRejectsEachBrokenFieldAndForbiddenMove() {
    qt().forAll(ActivityGenerators.interactions()).checkAssert(interaction -> {
      rejects("subject", () -> Interaction.builder().from(interaction).subject(" ").build());
      rejects("content", () -> Interaction.builder().from(interaction).content("  ").build());
      rejects("end", () -> Interaction.builder().from(interaction)
          .end(interaction.start().minus(Duration.ofMinutes(1))).build());
      rejects("references", () -> Interaction.builder().from(interaction)
          .client(Optional.empty()).lead(Optional.empty()).contactPersons(List.of()).build());
      Interaction cancelled = Interaction.builder().from(interaction).state(InteractionState.CANCELLED).build();
      Interaction completed = Interaction.builder().from(interaction).state(InteractionState.COMPLETED).build();
      rejects("state", () -> cancelled.inState(InteractionState.COMPLETED));
      rejects("state", () -> cancelled.inState(InteractionState.PLANNED));
      rejects("state", () -> completed.inState(InteractionState.CANCELLED));
      rejects("state", () -> completed.inState(InteractionState.PLANNED));
      rejects("Participant", () -> Participant.builder().contactUsed("+7 916 123-45-67").build());
      rejects("contactUsed", () -> Participant.builder().client(ClientId.of("c-1")).contactUsed(" ").build());
      Interaction planned = Interaction.builder().from(interaction).state(InteractionState.PLANNED).build();
      assertThat(planned.inState(InteractionState.CANCELLED).state()).isEqualTo(InteractionState.CANCELLED);
      assertThat(planned.inState(InteractionState.COMPLETED).state()).isEqualTo(InteractionState.COMPLETED);
    });
  }

  @Test
  void interestBuilderRejectsEachBrokenField() {
    qt().forAll(ActivityGenerators.interests()).checkAssert(interest -> {
      rejects("party", () -> Interest.builder().from(interest)
          .client(Optional.empty()).lead(Optional.empty()).build());
      rejects("stage", () -> Interest.builder().from(interest).stage(" ").build());
      rejects("subject", () -> Interest.builder().from(interest).subject("").build());
      rejects("amount", () -> Interest.builder().from(interest).amount(Money.of("-0.01", "RUB")).build());
      if (interest.isActive()) {
        rejects("closedOn", () -> Interest.builder().from(interest).outcome(InterestOutcome.WON).build());
        rejects("outcome", () -> Interest.builder().from(interest).closedOn(interest.openedOn()).build());
        rejects("lossReason", () -> Interest.builder().from(interest).lossReason("Дорого").build());
        rejects("closedOn", () -> interest.wonOn(interest.openedOn().minusDays(1)));
        rejects("closedOn", () -> interest.lostOn(interest.openedOn().minusDays(1), "Дорого"));
        rejects("lossReason", () -> interest.lostOn(interest.openedOn(), " "));
        rejects("stage", () -> interest.atStage(" "));
      } else {
        rejects("closedOn", () -> Interest.builder().from(interest)
            .closedOn(interest.openedOn().minusDays(1)).build());
        if (interest.outcome().get() == InterestOutcome.WON) {
          rejects("lossReason", () -> Interest.builder().from(interest).lossReason("Дорого").build());
        }
        // a closed interest cannot be closed again; the exception names the interest
        assertThat(catchThrowable(() -> interest.wonOn(interest.closedOn().get())))
            .isInstanceOf(InvalidValueException.class);
      }
    });
  }

  @Test
  void paymentsAndShipmentsRejectNegativeAmountsAndBlankDocuments() {
    Money minus = Money.of("-100.00", "RUB");
    qt().forAll(ActivityGenerators.payments(), ActivityGenerators.shipments()).checkAssert((payment, shipment) -> {
      rejects("amount", () -> Payment.builder().from(payment).amount(minus).build());
      rejects("amount", () -> Payment.of(payment.id(), payment.client(), payment.date(), minus));
      rejects("document", () -> Payment.builder().from(payment).document(" ").build());
      rejects("amount", () -> Shipment.builder().from(shipment).amount(minus).build());
      rejects("amount", () -> Shipment.of(shipment.id(), shipment.client(), shipment.date(), minus));
      rejects("document", () -> Shipment.builder().from(shipment).document("").build());
    });
  }

  @Test
  void taskBuilderRejectsEachBrokenFieldAndForbiddenMove() {
    qt().forAll(ActivityGenerators.tasks()).checkAssert(task -> {
      rejects("subject", () -> Task.builder().from(task).subject(" ").build());
      rejects("description", () -> Task.builder().from(task).description("  ").build());
      rejects("due", () -> Task.builder().from(task).due(task.start().minusSeconds(1)).build());
      rejects("reminder", () -> Task.builder().from(task).reminder(task.due().plusSeconds(1)).build());
      Task done = Task.builder().from(task).state(TaskState.DONE).build();
      Task cancelled = Task.builder().from(task).state(TaskState.CANCELLED).build();
      rejects("state", () -> done.inState(TaskState.OPEN));
      rejects("state", () -> done.inState(TaskState.CANCELLED));
      rejects("state", () -> cancelled.inState(TaskState.IN_PROGRESS));
    });
  }

  @Test
  void statusDefinitionsAndAssignmentsRejectBrokenFields() {
    qt().forAll(StatusGenerators.workStatuses(), StatusGenerators.statusAssignments())
        .checkAssert((status, assignment) -> {
          rejects("name", () -> WorkStatus.builder().from(status).name(" ").build());
          rejects("name", () -> WorkStatus.builder().from(status).name(status.name() + " ").build());
          rejects("status", () -> StatusAssignment.builder().from(assignment)
              .previous(assignment.status()).build());
        });
  }

  // ------------------------------------------------------------ custom fields

  @Test
  void customValuesOfTheWrongTypeOrOutsideTheirListAreRejected() {
    qt().forAll(CardGenerators.customFieldSamples(), CardGenerators.customFieldSamples())
        .checkAssert((sample, other) -> {
          FieldDefinition definition = sample.definition();
          definition.check(sample.value());
          String field = "custom field " + definition.key();
          if (other.value().type() != definition.type()) {
            rejects(definition.key(), () -> definition.check(other.value()));
            assertThat(rejects(definition.key(), () -> definition.check(other.value())).field())
                .isEqualTo(field);
          }
          if (definition.type() == FieldType.ENUMERATION) {
            String outside = "Нет в списке " + definition.enumerationValues().size();
            rejects(definition.key(), () -> definition.check(FieldValue.choice(outside)));
          }
          if (definition.type() == FieldType.REFERENCE) {
            ReferenceTarget target = definition.referenceTarget().get();
            FieldValue wrongKind = target == ReferenceTarget.USER
                ? FieldValue.reference(ClientId.of("c-1")) : FieldValue.reference(UserId.of("u-1"));
            rejects(definition.key(), () -> definition.check(wrongKind));
          }
        });
  }

  @Test
  void fieldDefinitionsRejectEachBrokenPart() {
    qt().forAll(CardGenerators.fieldDefinitions()).checkAssert(definition -> {
      rejects("key", () -> FieldDefinition.builder().from(definition).key("Industry code").build());
      rejects("label", () -> FieldDefinition.builder().from(definition).label(" ").build());
      if (definition.type() == FieldType.ENUMERATION) {
        rejects("enumerationValues", () -> FieldDefinition.builder().from(definition)
            .enumerationValues(List.of()).build());
        rejects("enumerationValues", () -> FieldDefinition.builder().from(definition)
            .addEnumerationValues(definition.enumerationValues().get(0)).build());
        rejects("enumeration value", () -> FieldDefinition.builder().from(definition)
            .addEnumerationValues(" x").build());
      } else {
        rejects("enumerationValues", () -> FieldDefinition.builder().from(definition)
            .addEnumerationValues("Да").build());
      }
      if (definition.type() == FieldType.REFERENCE) {
        rejects("referenceTarget", () -> FieldDefinition.builder().from(definition)
            .referenceTarget(Optional.empty()).build());
      } else {
        rejects("referenceTarget", () -> FieldDefinition.builder().from(definition)
            .referenceTarget(ReferenceTarget.CLIENT).build());
      }
    });
  }

  @Test
  void cardConfigurationsRejectUnknownOrBrokenCustomValuesAndInconsistentFields() {
    qt().forAll(CardGenerators.cardConfigurations(CardType.CLIENT)).checkAssert(configuration -> {
      InvalidValueException unknown = rejects("custom field",
          () -> configuration.checkCustomValues(Map.of("noSuchField", FieldValue.flag(true))));
      assertThat(unknown.value()).isEqualTo("noSuchField");
      for (FieldDefinition definition : configuration.customFields()) {
        FieldValue wrong = definition.type() == FieldType.BOOLEAN
            ? FieldValue.text("да") : FieldValue.flag(true);
        rejects(definition.key(), () -> configuration.checkCustomValues(Map.of(definition.key(), wrong)));
        InvalidValueException twice = rejects("custom field", () -> CardConfiguration.builder()
            .from(configuration).addCustomFields(definition).build());
        assertThat(twice.value()).isEqualTo(definition.key());
      }
      if (!configuration.shownFields().isEmpty()) {
        rejects("required field", () -> CardConfiguration.builder().from(configuration)
            .addRequiredFields("notShownAnywhere").build());
      }
      assertThat(configuration.requiredFor(StatusId.of("active"))).containsAll(configuration.requiredFields());
    });
  }

  @Test
  void theKindOfClientDoesNotMatterToTheCardChecks() {
    for (ClientKind kind : ClientKind.values()) {
      qt().withExamples(100).forAll(CardGenerators.clients(kind)).checkAssert(client ->
          rejects("name", () -> Client.builder().from(client).name("").build()));
    }
  }
}
