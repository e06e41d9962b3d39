package org.clientbase.testkit.generators;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clientbase.core.field.CardConfiguration;
import org.clientbase.core.field.CardType;
import org.clientbase.core.field.FieldDefinition;
import org.clientbase.core.field.FieldType;
import org.clientbase.core.field.FieldValue;
import org.clientbase.core.field.ReferenceTarget;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.ContactPersonId;
import org.clientbase.core.id.CounterpartyId;
import org.clientbase.core.id.EntityId;
import org.clientbase.core.id.LeadId;
import org.clientbase.core.id.StatusId;
import org.clientbase.core.id.UserId;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/** Custom field definitions, values that fit them, and card configurations. */
final class FieldGens {
  private FieldGens() {}

  private static FieldDefinition simple(String key, String label, FieldType type) {
    return FieldDefinition.builder().key(key).label(label).type(type).build();
  }

  private static FieldDefinition enumeration(String key, String label, List<String> values) {
    return FieldDefinition.builder().key(key).label(label).type(FieldType.ENUMERATION)
        .addAllEnumerationValues(values).build();
  }

  private static FieldDefinition reference(String key, String label, ReferenceTarget target) {
    return FieldDefinition.builder().key(key).label(label).type(FieldType.REFERENCE)
        .referenceTarget(target).build();
  }

  /** The custom fields a CRM of a Russian trading company typically adds to its cards. */
  static final List<FieldDefinition> CATALOGUE = List.of(
      enumeration("industry", "Отрасль", Dictionary.INDUSTRIES),
      enumeration("loyaltyLevel", "Уровень лояльности", List.of("Бронза", "Серебро", "Золото", "Платина")),
      enumeration("preferredChannel", "Предпочтительный канал", List.of("Телефон", "Email", "Telegram", "WhatsApp", "Встреча")),
      simple("employees", "Число сотрудников", FieldType.INTEGER),
      simple("annualRevenue", "Годовая выручка, млн руб.", FieldType.DECIMAL),
      simple("discountPercent", "Скидка, %", FieldType.DECIMAL),
      simple("contractDate", "Дата договора", FieldType.DATE),
      simple("lastReconciliation", "Дата последней сверки", FieldType.DATE),
      simple("vatPayer", "Плательщик НДС", FieldType.BOOLEAN),
      simple("newsletter", "Подписан на рассылку", FieldType.BOOLEAN),
      simple("website", "Сайт", FieldType.STRING),
      simple("deliveryTerms", "Условия доставки", FieldType.STRING),
      reference("accountManager", "Аккаунт-менеджер", ReferenceTarget.USER),
      reference("parentCompany", "Головная компания", ReferenceTarget.CLIENT),
      reference("referredBy", "Кто порекомендовал", ReferenceTarget.CONTACT_PERSON),
      reference("originLead", "Исходный лид", ReferenceTarget.LEAD),
      reference("mainCounterparty", "Основной контрагент", ReferenceTarget.COUNTERPARTY));

  private static final List<String> STRING_VALUES = List.of(
      "www.romashka.ru", "Доставка до склада клиента", "Самовывоз", "https://vektor-group.ru",
      "Только в будние дни", "Отгрузка паллетами", "Free text with Latin letters");

  private static final List<String> ENUM_WORDS = List.of(
      "Да", "Нет", "Частично", "Первый", "Второй", "Третий", "Высокий", "Средний", "Низкий",
      "Alpha", "Beta", "Gamma", "Север", "Юг", "Запад", "Восток");

  /** A definition made up by a host: a key like field7, any type. */
  static FieldDefinition synthetic(RandomnessSource in) {
    String key = Rnd.oneOf(in, "field", "extra", "attr", "custom") + Rnd.between(in, 1, 99);
    FieldType type = Rnd.pick(in, List.of(FieldType.values()));
    FieldDefinition.Builder definition = FieldDefinition.builder()
        .key(key)
        .label(Rnd.oneOf(in, "Поле ", "Признак ", "Extra ") + key.replaceAll("\\D", ""))
        .type(type);
    if (type == FieldType.ENUMERATION) {
      definition.addAllEnumerationValues(Rnd.subset(in, ENUM_WORDS, 1, 6));
    }
    if (type == FieldType.REFERENCE) {
      definition.referenceTarget(Rnd.pick(in, List.of(ReferenceTarget.values())));
    }
    return definition.build();
  }

  static final Gen<FieldDefinition> DEFINITION =
      in -> Rnd.chance(in, 75) ? Rnd.pick(in, CATALOGUE) : synthetic(in);

  static EntityId referenceId(RandomnessSource in, ReferenceTarget target) {
    return switch (target) {
      case CLIENT -> ClientId.of(CardGens.idText(in, "c"));
      case CONTACT_PERSON -> ContactPersonId.of(CardGens.idText(in, "p"));
      case LEAD -> LeadId.of(CardGens.idText(in, "l"));
      case COUNTERPARTY -> CounterpartyId.of(CardGens.idText(in, "k"));
      case USER -> UserId.of(CardGens.idText(in, "u"));
    };
  }

  /** A value that fits the definition. */
  static FieldValue valueFor(RandomnessSource in, FieldDefinition definition) {
    return switch (definition.type()) {
      case STRING -> FieldValue.text(Rnd.pick(in, STRING_VALUES));
      case INTEGER -> FieldValue.whole(Rnd.chance(in, 90)
          ? Rnd.between(in, 0, 5000) : Rnd.longBetween(in, Long.MIN_VALUE, Long.MAX_VALUE));
      case DECIMAL -> FieldValue.decimal(
          BigDecimal.valueOf(Rnd.longBetween(in, -1_000_000, 100_000_000), Rnd.between(in, 0, 3)));
      case DATE -> FieldValue.date(LocalDate.of(2000, 1, 1).plusDays(Rnd.between(in, 0, 365 * 30)));
      case BOOLEAN -> FieldValue.flag(Rnd.chance(in, 50));
      case ENUMERATION -> FieldValue.choice(Rnd.pick(in, definition.enumerationValues()));
      case REFERENCE -> FieldValue.reference(referenceId(in, definition.referenceTarget().orElseThrow()));
    };
  }

  static final Gen<CustomFieldSample> SAMPLE = in -> {
    FieldDefinition definition = DEFINITION.generate(in);
    return new CustomFieldSample(definition, valueFor(in, definition));
  };

  /** Values for some of the definitions (each present with the given chance), by key. */
  static Map<String, FieldValue> valuesFor(
      RandomnessSource in, Collection<FieldDefinition> definitions, int percent) {
    Map<String, FieldValue> values = new LinkedHashMap<>();
    for (FieldDefinition definition : definitions) {
      if (Rnd.chance(in, percent)) {
        values.put(definition.key(), valueFor(in, definition));
      }
    }
    return values;
  }

  static final List<String> CLIENT_FIELDS = List.of(
      "name", "kind", "phones", "emails", "addresses", "responsible", "contacts", "tags",
      "categories", "source", "comment");
  static final List<String> CONTACT_FIELDS = List.of(
      "name", "position", "phones", "emails", "addresses", "birthday", "source", "comment",
      "tags", "attachments");
  static final List<String> LEAD_FIELDS = List.of(
      "name", "company", "phones", "emails", "source", "comment", "tags", "responsible");
  static final List<String> COUNTERPARTY_FIELDS = List.of(
      "legalName", "inn", "kpp", "ogrn", "legalAddress");

  static List<String> standardFields(CardType type) {
    return switch (type) {
      case CLIENT -> CLIENT_FIELDS;
      case CONTACT_PERSON -> CONTACT_FIELDS;
      case LEAD -> LEAD_FIELDS;
      case COUNTERPARTY -> COUNTERPARTY_FIELDS;
    };
  }

  static CardConfiguration configuration(RandomnessSource in, CardType type) {
    List<FieldDefinition> custom = Rnd.subset(in, CATALOGUE, 0, 6);
    List<String> all = new ArrayList<>(standardFields(type));
    custom.forEach(d -> all.add(d.key()));
    List<String> shown = Rnd.chance(in, 15) ? List.of() : Rnd.subset(in, all, 1, all.size());
    List<String> requirable = shown.isEmpty() ? all : shown;
    List<String> required = Rnd.subset(in, requirable, 0, Math.min(3, requirable.size()));
    CardConfiguration.Builder configuration = CardConfiguration.builder()
        .cardType(type)
        .addAllCustomFields(custom)
        .addAllShownFields(shown)
        .addAllRequiredFields(required);
    if (type == CardType.CLIENT) {
      for (String status : Rnd.subset(in, List.of("new", "in-progress", "active", "lost", "returned"), 0, 3)) {
        Set<String> fields = new LinkedHashSet<>(Rnd.subset(in, all, 1, 3));
        configuration.putRequiredByStatus(StatusId.of(status), fields);
      }
    }
    return configuration.build();
  }
}
