package org.clientbase.rules.matching;

import org.clientbase.spi.access.AccessPolicy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.clientbase.rules.matching.Cards.company;
import static org.clientbase.rules.matching.Cards.counterparty;
import static org.clientbase.rules.matching.Cards.email;
import static org.clientbase.rules.matching.Cards.lead;
import static org.clientbase.rules.matching.Cards.person;
import static org.clientbase.rules.matching.Cards.phone;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.clientbase.core.client.Client;
import org.clientbase.core.client.ClientContact;
import org.clientbase.core.client.ContactPerson;
import org.clientbase.core.field.CardType;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.ContactPersonId;
import org.clientbase.core.id.EntityId;
import org.clientbase.core.id.LeadId;
import org.clientbase.core.id.UserId;
import org.clientbase.core.lead.Lead;
import org.clientbase.rules.conversion.ConversionResult;
import org.clientbase.rules.conversion.DuplicatePolicy;
import org.clientbase.rules.conversion.LeadConverter;
import org.clientbase.rules.status.StatusScheme;
import org.clientbase.spi.ProgressListener;
import org.clientbase.testkit.generators.DuplicateDataset;
import org.clientbase.testkit.generators.DuplicateGens;
import org.junit.jupiter.api.Test;

class DuplicateControlTest {
  private final MatchingFixture fixture = new MatchingFixture();

  private void store(Client client) {
    fixture.base.clientStore().insert(client);
    fixture.reindex(client.id());
  }

  private void store(ContactPerson person) {
    fixture.base.contactPersonStore().insert(person);
    fixture.reindex(person.id());
  }

  private void store(Lead lead) {
    fixture.base.leadStore().insert(lead);
    fixture.reindex(lead.id());
  }

  @Test
  void reindexGivesACardItsKeysAndRemovesItOnceMerged() {
    ContactPerson anna = person("p-1", "Петрова", "Анна").addPhones(phone("+7 916 123-45-67"))
        .addEmails(email("anna@romashka.ru")).build();
    store(anna);
    assertThat(fixture.index.keys(anna.id())).contains("tel:+7916|1234567", "mail:anna@romashka.ru", "pn:#28|petrova", "ln:petrova");
    fixture.base.contactPersonStore().update(
        ContactPerson.builder().from(anna).mergedInto(ContactPersonId.of("p-9")).build(), 1);
    assertThat(fixture.control.reindex(anna.id())).isEmpty();
    assertThat(fixture.index.keys(anna.id())).isEmpty();
  }

  @Test
  void aNewLeadIsCheckedAgainstLeadsClientsAndContactPersons() {
    store(company("c-1", "ООО «Ромашка»").addPhones(phone("+7 495 123-45-67")).build());
    store(person("p-1", "Иванов", "Сергей").addEmails(email("s.ivanov@romashka.ru")).build());
    store(lead("l-1", "Иванов", "Сергей").addPhones(phone("+7 916 000-00-01")).build());
    Lead newcomer = lead("l-2", "Sergey", "Ivanov").company("Romashka LLC")
        .addPhones(phone("8 916 000 00 01")).addEmails(email("S.Ivanov@romashka.ru")).build();
    CheckResult result = fixture.control.check(MatchingFixture.USER, newcomer);
    assertThat(result.matches()).extracting(Match::right).containsExactlyInAnyOrder(
        LeadId.of("l-1"), ContactPersonId.of("p-1"));
    assertThat(result.action()).isEqualTo(CheckAction.BLOCK);
    assertThatThrownBy(result::orThrow).isInstanceOf(DuplicateBlockedException.class)
        .hasMessageStartingWith("l-2 is a duplicate of");
  }

  @Test
  void theHostsPolicyDecidesByTheStrongestMatch() {
    store(person("p-1", "Петрова", "Анна").addEmails(email("anna@romashka.ru")).build());
    ContactPerson strong = person("p-2", "Petrova", "A.").addEmails(email("anna@romashka.ru")).build();
    ContactPerson certain = person("p-3", "Petrova", "Anna").addEmails(email("Anna@Romashka.ru")).build();
    ContactPerson stranger = person("p-4", "Сидоров", "Борис").addEmails(email("boris@vector.ru")).build();
    assertThat(fixture.control.check(MatchingFixture.USER, certain).action()).isEqualTo(CheckAction.BLOCK);
    assertThat(fixture.control.check(MatchingFixture.USER, stranger).action()).isEqualTo(CheckAction.ALLOW);
    assertThat(fixture.control.check(MatchingFixture.USER, stranger).hasMatches()).isFalse();
    MatchingFixture warnOnly = new MatchingFixture(DuplicateControl.builder().checkPolicy(CheckPolicy.warnOnly()));
    warnOnly.base.contactPersonStore().insert(person("p-1", "Петрова", "Анна").addEmails(email("anna@romashka.ru")).build());
    warnOnly.reindexAll();
    assertThat(warnOnly.control.check(MatchingFixture.USER, certain).action()).isEqualTo(CheckAction.WARN);
    assertThat(warnOnly.control.check(MatchingFixture.USER, certain).orThrow().matches()).hasSize(1);
    assertThat(CheckPolicy.defaults().on(MatchLevel.STRONG, CheckAction.BLOCK).actionFor(MatchLevel.STRONG))
        .isEqualTo(CheckAction.BLOCK);
    assertThat(fixture.control.check(MatchingFixture.USER, strong).matches()).singleElement()
        .satisfies(m -> assertThat(m.right()).isEqualTo(ContactPersonId.of("p-1")));
  }

  @Test
  void aClientIsCheckedWithItsCounterpartiesAndContactPersons() {
    store(person("p-1", "Иванов", "Сергей").build());
    store(company("c-1", "ООО «Ромашка»").addContacts(ClientContact.of(ContactPersonId.of("p-1"))).build());
    fixture.base.counterpartyStore().insert(counterparty("k-1", "c-1", "ООО «Ромашка»", Cards.INN));
    fixture.reindex(ClientId.of("c-1"));
    Client again = company("c-2", "Ромашка").build();
    CheckResult result = fixture.control.check(MatchingFixture.USER, again, List.of(counterparty("k-2", "c-2", "ООО Ромашка", Cards.INN)));
    assertThat(result.matches()).singleElement().satisfies(m -> {
      assertThat(m.right()).isEqualTo(ClientId.of("c-1"));
      assertThat(m.level()).contains(MatchLevel.CERTAIN);
    });
  }

  @Test
  void aKeySharedByTooManyCardsIsSkipped() {
    MatchingFixture small = new MatchingFixture(DuplicateControl.builder().maxBlockSize(2));
    for (int i = 1; i <= 3; i++) {
      small.base.contactPersonStore().insert(person("p-" + i, "Иванов", "Сергей")
          .addPhones(phone("+7 495 123-45-67")).build());
    }
    small.reindexAll();
    List<Match> found = new ArrayList<>();
    ScanSummary summary = small.control.scan(MatchingFixture.SYSTEM, CardType.CONTACT_PERSON, ScanPart.all(), found::add, ProgressListener.none());
    assertThat(found).isEmpty();
    assertThat(summary.skippedKeys()).isPositive();
  }

  @Test
  void aScanReportsEveryPairOnceAndResumesAfterItsLastCard() {
    DuplicateDataset<ContactPerson> data = DuplicateGens.contactPersons(11, 300);
    data.cards().forEach(fixture.base.contactPersonStore()::insert);
    fixture.reindexAll();
    List<String> whole = new ArrayList<>();
    ScanSummary all = fixture.control.scan(MatchingFixture.SYSTEM, CardType.CONTACT_PERSON, ScanPart.all(), m -> whole.add(m.left() + "~" + m.right()),
        ProgressListener.none());
    assertThat(all.scanned()).isEqualTo(300);
    assertThat(whole).doesNotHaveDuplicates().isNotEmpty();
    List<String> inSteps = new ArrayList<>();
    Optional<EntityId> checkpoint = Optional.empty();
    DuplicateControl control = DuplicateControl.builder().clientbase(fixture.base).accessPolicy(AccessPolicy.allowAll()).batchSize(7).build();
    for (int step = 0; step < 100; step++) {
      ScanPart next = checkpoint.map(last -> ScanPart.after(last, 20)).orElse(ScanPart.first(20));
      ScanSummary part = control.scan(MatchingFixture.SYSTEM, CardType.CONTACT_PERSON, next,
          m -> inSteps.add(m.left() + "~" + m.right()), ProgressListener.none());
      if (part.lastCard().equals(checkpoint)) {
        break;
      }
      checkpoint = part.lastCard();
    }
    assertThat(inSteps).containsExactlyInAnyOrderElementsOf(whole);
  }

  @Test
  void theConversionGateFindsTheClientALatinSpelledLeadBelongsTo() {
    store(person("p-1", "Иванов", "Сергей").build());
    store(company("c-1", "ООО «Ромашка»").addPhones(phone("+7 495 123-45-67"))
        .addContacts(ClientContact.of(ContactPersonId.of("p-1"))).build());
    Lead lead = lead("l-1", "Sergey", "Ivanov").company("Romashka LLC").addPhones(phone("+7 916 555-44-33")).build();
    fixture.base.leadStore().insert(lead);
    LeadConverter.Builder converter = LeadConverter.builder().accessPolicy(fixture.base.accessPolicy())
        .clientbase(fixture.base).clock(Clock.fixed(MatchingFixture.NOW, java.time.ZoneOffset.UTC))
        .scheme(StatusScheme.defaults()).duplicatePolicy(DuplicatePolicy.STOP_AND_REPORT);
    ConversionResult exact = converter.build().convert(UserId.of("manager-1"), lead.id());
    assertThat(exact).as("the exact gate sees no shared INN, email or phone").isInstanceOf(ConversionResult.Converted.class);

    MatchingFixture again = new MatchingFixture();
    again.base.contactPersonStore().insert(person("p-1", "Иванов", "Сергей").build());
    again.base.clientStore().insert(company("c-1", "ООО «Ромашка»").addPhones(phone("+7 495 123-45-67"))
        .addContacts(ClientContact.of(ContactPersonId.of("p-1"))).build());
    again.base.leadStore().insert(lead);
    again.reindexAll();
    ConversionResult fuzzy = LeadConverter.builder().accessPolicy(fixture.base.accessPolicy())
        .clientbase(again.base).clock(Clock.fixed(MatchingFixture.NOW, java.time.ZoneOffset.UTC))
        .scheme(StatusScheme.defaults()).duplicatePolicy(DuplicatePolicy.STOP_AND_REPORT)
        .duplicateFinder(again.control.duplicateFinder()).build()
        .convert(UserId.of("manager-1"), lead.id());
    assertThat(fuzzy).isInstanceOfSatisfying(ConversionResult.DuplicatesFound.class, found -> {
      assertThat(found.matches()).singleElement().satisfies(m -> {
        assertThat(m.client()).isEqualTo(ClientId.of("c-1"));
        assertThat(m.reasons()).anySatisfy(r -> assertThat(r).startsWith("organisation name: \"Romashka LLC\""));
      });
    });
  }

  @Test
  void theGateTakesAClientThroughItsMatchingContactPerson() {
    store(person("p-1", "Петрова", "Анна").addPhones(phone("+7 916 123-45-67")).build());
    store(company("c-1", "ООО «Вектор»").addContacts(ClientContact.of(ContactPersonId.of("p-1"))).build());
    store(company("c-2", "ООО «Гранит»").addContacts(ClientContact.of(ContactPersonId.of("p-1"))).build());
    Lead lead = lead("l-1", "Petrova", "Anna").addPhones(phone("8 916 123 45 67")).build();
    assertThat(fixture.control.duplicateFinder().findClientsLike(lead)).extracting(m -> m.client())
        .containsExactly(ClientId.of("c-1"), ClientId.of("c-2"));
    assertThat(fixture.control.duplicateFinder().findClientsLike(lead).get(0).reasons())
        .allSatisfy(r -> assertThat(r).startsWith("contact person p-1: "));
  }

  @Test
  void checksCanBeAskedAgainstAnyTypes() {
    store(company("c-1", "ООО «Ромашка»").addEmails(email("info@romashka.ru")).build());
    MatchCard card = MatchCard.of(lead("l-9", "Сидоров", "Борис").addEmails(email("INFO@romashka.ru")).build());
    assertThat(fixture.control.check(MatchingFixture.USER, card, EnumSet.of(CardType.CLIENT)).matches()).hasSize(1);
    assertThat(fixture.control.check(MatchingFixture.USER, card, Set.of(CardType.CONTACT_PERSON)).matches()).isEmpty();
  }
}
