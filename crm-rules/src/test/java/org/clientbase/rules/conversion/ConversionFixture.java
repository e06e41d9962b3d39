package org.clientbase.rules.conversion;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.clientbase.core.card.Source;
import org.clientbase.core.card.Tag;
import org.clientbase.core.contact.Email;
import org.clientbase.core.contact.Phone;
import org.clientbase.core.id.LeadId;
import org.clientbase.core.id.UserId;
import org.clientbase.core.lead.Lead;
import org.clientbase.core.person.PersonName;
import org.clientbase.rules.status.StatusScheme;
import org.clientbase.memory.InMemoryClientbase;

/** An in-memory client base with a converter and a leads directory over it, on a fixed clock. */
final class ConversionFixture {
  static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
  static final Instant NOW = Instant.parse("2026-03-10T07:30:00Z");
  static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

  /** The user every conversion of the tests acts for; the base allows every user everything. */
  static final UserId USER = UserId.of("manager-1");

  final InMemoryClientbase base = InMemoryClientbase.create();
  final Clock clock = Clock.fixed(NOW, MOSCOW);

  LeadConverter.Builder converterBuilder() {
    return LeadConverter.builder()
        .clientbase(base)
        .accessPolicy(base.accessPolicy())
        .clock(clock)
        .scheme(StatusScheme.defaults())
        .addListener(base.domainEvents());
  }

  LeadConverter converter() {
    return converterBuilder().build();
  }

  LeadDirectory.Builder directoryBuilder() {
    return LeadDirectory.builder().clientbase(base).converter(converter());
  }

  LeadDirectory directory() {
    return directoryBuilder().build();
  }

  static Lead.Builder lead(String id, String fullName) {
    return Lead.builder().id(LeadId.of(id)).name(PersonName.parse(fullName));
  }

  static Lead ivanovOfRomashka() {
    return lead("l-1", "Иванов Иван Иванович")
        .company("ООО «Ромашка»")
        .addPhones(Phone.parse("8 (916) 123-45-67"))
        .addEmails(Email.of("ivanov@romashka.ru"))
        .source(Source.of("Website"))
        .comment("Asked for a price list")
        .addTags(Tag.of("exhibition-2026"))
        .build();
  }

  static Lead petrovaAlone() {
    return lead("l-2", "Петрова Анна Сергеевна")
        .addPhones(Phone.parse("+7 903 765-43-21"))
        .build();
  }
}
