package org.clientbase.core;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.clientbase.core.activity.Interaction;
import org.clientbase.core.card.Tag;
import org.clientbase.core.client.Client;
import org.clientbase.core.client.ContactPerson;
import org.clientbase.core.contact.Email;
import org.clientbase.core.contact.Phone;
import org.clientbase.core.field.CardConfiguration;
import org.clientbase.core.field.FieldDefinition;
import org.clientbase.core.field.FieldValue;
import org.clientbase.core.id.ContactPersonId;
import org.clientbase.core.id.StatusId;
import org.clientbase.core.lead.Lead;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** A null element, key or value given to a domain builder's collection is named, not a bare null pointer. */
class BuilderNullElementsTest {
  private static final Phone NO_PHONE = null;
  private static final Tag NO_TAG = null;
  private static final FieldValue NO_VALUE = null;

  private static void refused(String message, Executable call) {
    assertThatThrownBy(call::execute)
        .isInstanceOf(MissingValuesException.class)
        .hasMessage(message);
  }

  @Test
  void aNullListElementNamesTheBuilderAndTheField() {
    refused("Client: missing phones element", () -> Client.builder().addPhones(NO_PHONE));
    refused("Client: missing phones element", () -> Client.builder().addPhones(Phone.parse("+7 495 123-45-67"), null));
    refused("Client: missing emails element", () -> Client.builder().addAllEmails(Arrays.asList(Email.of("a@b.ru"), null)));
    refused("ContactPerson: missing attachments element", () -> ContactPerson.builder().addAttachments(null, null));
    refused("Lead: missing phones element", () -> Lead.builder().phones(Arrays.asList(NO_PHONE)));
    refused("Interaction: missing contactPersons element",
        () -> Interaction.builder().addContactPersons(ContactPersonId.of("p-1"), null));
    refused("FieldDefinition: missing enumerationValues element",
        () -> FieldDefinition.builder().addAllEnumerationValues(Arrays.asList("Retail", null)));
    refused("CardConfiguration: missing customFields element",
        () -> CardConfiguration.builder().addCustomFields((FieldDefinition) null));
  }

  @Test
  void aNullSetElementNamesTheBuilderAndTheField() {
    refused("Client: missing tags element", () -> Client.builder().addTags(NO_TAG));
    refused("ContactPerson: missing tags element", () -> ContactPerson.builder().addAllTags(Arrays.asList(Tag.of("vip"), null)));
    refused("Lead: missing tags element", () -> Lead.builder().addTags(Tag.of("vip"), null));
    refused("CardConfiguration: missing shownFields element", () -> CardConfiguration.builder().addShownFields("name", null));
  }

  @Test
  void aNullMapKeyOrValueNamesTheBuilderAndTheField() {
    refused("Client: missing customFields value for key: industry",
        () -> Client.builder().putCustomFields("industry", NO_VALUE));
    refused("Client: missing customFields key", () -> Client.builder().putCustomFields(null, FieldValue.flag(true)));
    Map<String, FieldValue> withNull = new HashMap<>();
    withNull.put("vip", null);
    refused("Lead: missing customFields value for key: vip", () -> Lead.builder().putAllCustomFields(withNull));
    refused("ContactPerson: missing customFields value for key: vip", () -> ContactPerson.builder().customFields(withNull));
    refused("CardConfiguration: missing requiredByStatus value for key: active",
        () -> CardConfiguration.builder().putRequiredByStatus(StatusId.of("active"), null));
  }
}
