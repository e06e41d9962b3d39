package org.clientbase.rules.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.clientbase.core.InvalidValueException;
import org.clientbase.core.card.Category;
import org.clientbase.core.card.Source;
import org.clientbase.core.card.Tag;
import org.clientbase.core.client.Client;
import org.clientbase.core.client.ClientContact;
import org.clientbase.core.client.ClientKind;
import org.clientbase.core.contact.Email;
import org.clientbase.core.contact.Phone;
import org.clientbase.core.contact.PostalAddress;
import org.clientbase.core.field.CardConfiguration;
import org.clientbase.core.field.CardType;
import org.clientbase.core.field.FieldDefinition;
import org.clientbase.core.field.FieldType;
import org.clientbase.core.field.FieldValue;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.ContactPersonId;
import org.clientbase.core.id.UserId;
import org.clientbase.rules.status.StatusScheme;
import org.junit.jupiter.api.Test;

class QualityMeasureTest {
  static final FieldDefinition INDUSTRY = FieldDefinition.builder()
      .key("industry").label("Industry").type(FieldType.ENUMERATION).addEnumerationValues("Retail", "Manufacturing").build();

  /** Every client needs a name and a phone; an active client also a responsible manager, an email and an industry. */
  static final CardConfiguration CLIENT_CARD = CardConfiguration.builder()
      .cardType(CardType.CLIENT)
      .addCustomFields(INDUSTRY)
      .addRequiredFields("name", "phones")
      .putRequiredByStatus(StatusScheme.ACTIVE, Set.of("responsible", "emails", "industry"))
      .putRequiredByStatus(StatusScheme.NEW, Set.of("source"))
      .build();

  private final QualityMeasure measure = QualityMeasure.of(CLIENT_CARD);

  private static Client bare(String id) {
    return Client.builder().id(ClientId.of(id)).kind(ClientKind.LEGAL_ENTITY).name("Ромашка")
        .createdOn(LocalDate.of(2026, 1, 15)).build();
  }

  @Test
  void theShareIsTheFilledPartOfTheFieldsTheStatusRequires() {
    Client client = Client.builder().from(bare("c-1"))
        .addPhones(Phone.parse("+7 495 123-45-67"))
        .responsible(UserId.of("manager-1"))
        .build();

    ClientQuality active = measure.measure(client, StatusScheme.ACTIVE);

    assertThat(active.required()).containsExactlyInAnyOrder("name", "phones", "responsible", "emails", "industry");
    assertThat(active.missing()).containsExactlyInAnyOrder("emails", "industry");
    assertThat(active.filled()).isEqualTo(3);
    assertThat(active.share()).isEqualTo(0.6);
    assertThat(active.complete()).isFalse();
  }

  @Test
  void customFieldsCountByTheirKey() {
    Client client = Client.builder().from(bare("c-1"))
        .addPhones(Phone.parse("+7 495 123-45-67")).responsible(UserId.of("m")).addEmails(Email.of("a@b.ru"))
        .putCustomFields("industry", FieldValue.choice("Retail"))
        .build();
    ClientQuality q = measure.measure(client, StatusScheme.ACTIVE);
    assertThat(q.complete()).isTrue();
    assertThat(q.share()).isEqualTo(1.0);
  }

  @Test
  void aClientWithoutStatusNeedsOnlyTheCardsRequiredFields() {
    ClientQuality q = measure.measure(bare("c-1"));
    assertThat(q.required()).containsExactlyInAnyOrder("name", "phones");
    assertThat(q.missing()).containsExactly("phones");
    assertThat(q.share()).isEqualTo(0.5);
  }

  @Test
  void nothingRequiredMeansComplete() {
    QualityMeasure lax = QualityMeasure.of(CardConfiguration.builder().cardType(CardType.CLIENT).build());
    ClientQuality q = lax.measure(bare("c-1"), StatusScheme.LOST);
    assertThat(q.required()).isEmpty();
    assertThat(q.share()).isEqualTo(1.0);
  }

  @Test
  void theStandardFieldsAreExactlyTheFieldsOfTheClientCard() {
    Client full = Client.builder().from(bare("c-1"))
        .addPhones(Phone.parse("+7 495 123-45-67"))
        .addEmails(Email.of("office@romashka.ru"))
        .addAddresses(PostalAddress.builder().country("Россия").city("Москва").build())
        .responsible(UserId.of("manager-1"))
        .addContacts(ClientContact.of(ContactPersonId.of("p-1")))
        .addTags(Tag.of("VIP"))
        .addCategories(Category.of("region", "Moscow"))
        .source(Source.of("Website"))
        .comment("A good client")
        .build();
    Set<String> filled = new HashSet<>(QualityMeasure.filled(full));
    assertThat(filled).isEqualTo(QualityMeasure.STANDARD_FIELDS);
    assertThat(QualityMeasure.filled(bare("c-2"))).containsExactlyInAnyOrder("id", "kind", "name", "createdOn");
  }

  @Test
  void aConfigurationRequiringUnknownFieldsIsRefusedNamingEachOfThem() {
    CardConfiguration wrong = CardConfiguration.builder().cardType(CardType.CLIENT)
        .addRequiredFields("phone")
        .putRequiredByStatus(StatusScheme.ACTIVE, Set.of("industri", "emails"))
        .build();
    assertThatThrownBy(() -> QualityMeasure.of(wrong))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("are neither standard fields")
        .satisfies(e -> assertThat(((InvalidValueException) e).value())
            .isEqualTo("[industri (required by status active), phone (required by the card)]"));
    assertThatThrownBy(() -> QualityMeasure.of(CardConfiguration.builder().cardType(CardType.LEAD).build()))
        .hasMessage("QualityMeasure card type LEAD: must be CLIENT");
  }
}
