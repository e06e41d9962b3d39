package org.clientbase.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.clientbase.core.activity.Interaction;
import org.clientbase.core.activity.InteractionState;
import org.clientbase.core.activity.InteractionType;
import org.clientbase.core.activity.Interest;
import org.clientbase.core.card.Category;
import org.clientbase.core.card.Source;
import org.clientbase.core.card.Tag;
import org.clientbase.core.client.Client;
import org.clientbase.core.client.ClientContact;
import org.clientbase.core.client.ClientKind;
import org.clientbase.core.contact.Email;
import org.clientbase.core.contact.Phone;
import org.clientbase.core.contact.PostalAddress;
import org.clientbase.core.field.FieldDefinition;
import org.clientbase.core.field.FieldType;
import org.clientbase.core.field.FieldValue;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.ContactPersonId;
import org.clientbase.core.id.InteractionId;
import org.clientbase.core.id.InterestId;
import org.clientbase.core.id.LeadId;
import org.clientbase.core.id.StatusId;
import org.clientbase.core.id.TaskId;
import org.clientbase.core.id.UserId;
import org.clientbase.core.lead.Lead;
import org.clientbase.core.money.Money;
import org.clientbase.core.person.PersonName;
import org.clientbase.core.task.Task;
import org.clientbase.core.tax.Inn;
import org.clientbase.core.tax.Kpp;
import org.clientbase.core.tax.Ogrn;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Random Unicode (unpaired surrogates, controls, bidi controls, combining marks, emoji, very
 * long runs) fed into every value type's factory and builder: each gives a value whose text
 * follows the text policy, or a {@link ClientbaseException} with a short message.
 */
class UnicodeValuesPropertyTest {
  /** Pieces the strings are made of: each a kind of character a hostile input may carry. */
  private static final List<String> PIECES = List.of(
      "a", "Z", "7", "0", " ", "  ", "\t", "\n", "\r\n", "\u0000", "\u0007", "\u001B", "\u007F",
      "\u0085", "\u00A0", "\u2028", "\uD800", "\uDC00", "\uDBFF\uDFFF", "\u202E", "\u2066",
      "\u200E", "\u061C", "\u200D", "\uFEFF", "\u0301", "\u0306", "й", "и", "Ё", "ß", "😀",
      "👩\u200D👩\u200D👧", "🇷🇺", "-", ".", "@", "+", "#", "(", ")", "'", "e", "E", "1e9", "доб.",
      "ext", "@example.ru", "+7", "8 (916) 123-45-67", "7707083894", "1027700132195", "\\",
      "\"", "ÿ", "\uFFFF", "\uFFFE", "中");

  private static final Gen<String> HOSTILE_STRINGS =
      lists().of(integers().between(0, PIECES.size() - 1)).ofSizeBetween(0, 40)
          .zip(integers().between(0, 20), (indexes, grow) -> {
            StringBuilder text = new StringBuilder();
            indexes.forEach(i -> text.append(PIECES.get(i)));
            // one string in twenty-one is very long: a few thousand to a million characters
            return grow == 20 && text.length() > 0
                ? text.toString().repeat(1 + (1 << 20) / (text.length() * (1 + indexes.size() % 64)))
                : text.toString();
          });

  private static final Map<String, Function<String, Object>> FACTORIES = Map.ofEntries(
      Map.entry("ClientId", ClientId::of),
      Map.entry("LeadId", LeadId::of),
      Map.entry("StatusId", StatusId::of),
      Map.entry("Money amount", s -> Money.of(s, "RUB")),
      Map.entry("Money currency", s -> Money.of("1", s)),
      Map.entry("Phone", Phone::parse),
      Map.entry("Email", Email::of),
      Map.entry("Inn", Inn::of),
      Map.entry("Inn body", Inn::fromBody),
      Map.entry("Kpp", Kpp::of),
      Map.entry("Ogrn", Ogrn::of),
      Map.entry("Ogrn body", Ogrn::fromBody),
      Map.entry("PersonName.parse", PersonName::parse),
      Map.entry("PersonName.of", s -> PersonName.of(s, s)),
      Map.entry("Tag", Tag::of),
      Map.entry("Source", Source::of),
      Map.entry("Category", s -> Category.of("region", s)),
      Map.entry("FieldValue.text", FieldValue::text),
      Map.entry("FieldValue.choice", FieldValue::choice),
      Map.entry("PostalAddress", s -> PostalAddress.builder().country("Россия").city(s).street(s).build()),
      Map.entry("FieldDefinition", s -> FieldDefinition.builder().key(s).label(s).type(FieldType.STRING).build()),
      Map.entry("Client name", s -> client().name(s).build()),
      Map.entry("Client comment", s -> client().comment(s).build()),
      Map.entry("Client custom key", s -> client().putCustomFields(s, FieldValue.flag(true)).build()),
      Map.entry("ClientContact role",
          s -> ClientContact.builder().contactPerson(ContactPersonId.of("p-1")).role(s).build()),
      Map.entry("Lead", s -> Lead.builder().id(LeadId.of("l-1")).name(PersonName.of("Иванов", "Иван"))
          .company(s).comment(s).build()),
      Map.entry("Interest", s -> Interest.builder().id(InterestId.of("i-1")).client(ClientId.of("c-1"))
          .openedOn(LocalDate.of(2026, 1, 1)).subject(s).build()),
      Map.entry("Interaction", s -> Interaction.builder().id(InteractionId.of("x-1"))
          .type(InteractionType.PHONE_CALL).state(InteractionState.COMPLETED).subject(s).content(s)
          .start(Instant.parse("2026-01-01T10:00:00Z")).client(ClientId.of("c-1")).build()),
      Map.entry("Task", s -> Task.builder().id(TaskId.of("t-1")).subject(s).description(s)
          .responsible(UserId.of("u-1")).start(Instant.parse("2026-01-01T10:00:00Z"))
          .due(Instant.parse("2026-01-02T10:00:00Z")).build()));

  private static Client.Builder client() {
    return Client.builder().id(ClientId.of("c-1")).kind(ClientKind.INDIVIDUAL).name("Иванов Иван")
        .createdOn(LocalDate.of(2026, 1, 15));
  }

  @Test
  void everyFactoryAndBuilderGivesAPolicyAbidingValueOrAClientbaseExceptionWithAShortMessage() {
    qt().withExamples(400).forAll(HOSTILE_STRINGS).checkAssert(text ->
        FACTORIES.forEach((name, factory) -> {
          Object value;
          try {
            value = factory.apply(text);
          } catch (ClientbaseException e) {
            assertThat(e.getMessage()).as(name).isNotBlank().hasSizeLessThan(1024);
            return;
          }
          assertThat(value).as(name).isNotNull();
          assertThat(String.valueOf(value)).as(name + " holds an unpaired surrogate or a NUL")
              .doesNotContain("\u0000").matches(UnicodeValuesPropertyTest::wellFormed);
        }));
  }

  private static boolean wellFormed(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return false;
      }
    }
    return true;
  }
}
