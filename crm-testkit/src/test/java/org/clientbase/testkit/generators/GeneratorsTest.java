package org.clientbase.testkit.generators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.clientbase.core.activity.Interest;
import org.clientbase.core.activity.InterestOutcome;
import org.clientbase.core.client.ClientContact;
import org.clientbase.core.client.ClientKind;
import org.clientbase.core.client.ContactPerson;
import org.clientbase.core.client.Counterparty;
import org.clientbase.core.contact.Phone;
import org.clientbase.core.field.CardType;
import org.clientbase.core.id.EntityId;
import org.clientbase.core.person.PersonName;
import org.clientbase.core.status.StatusAssignment;
import org.clientbase.core.tax.Inn;
import org.clientbase.core.tax.Kpp;
import org.clientbase.core.tax.Ogrn;
import org.clientbase.testkit.generators.ClientHistory.Profile;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The generators produce valid, consistent, realistic and reproducible values. */
class GeneratorsTest {
  private static final LocalDate FROM = LocalDate.of(2024, 1, 1);

  private static <T> void producesValues(Gen<T> gen) {
    qt().withExamples(300).forAll(gen).checkAssert(value -> assertThat(value).isNotNull());
  }

  @Test
  void everyGeneratorProducesValidValues() {
    List<Gen<?>> gens = List.of(
        DomainGenerators.clientIds(), DomainGenerators.contactPersonIds(),
        DomainGenerators.counterpartyIds(), DomainGenerators.leadIds(),
        DomainGenerators.interactionIds(), DomainGenerators.interestIds(),
        DomainGenerators.paymentIds(), DomainGenerators.shipmentIds(), DomainGenerators.taskIds(),
        DomainGenerators.statusIds(), DomainGenerators.userIds(), DomainGenerators.teamIds(),
        DomainGenerators.fileIds(), DomainGenerators.personNames(), DomainGenerators.russianNames(),
        DomainGenerators.latinNames(), DomainGenerators.companyNames(),
        DomainGenerators.soleProprietorNames(), DomainGenerators.inns(), DomainGenerators.kpps(),
        DomainGenerators.ogrns(), DomainGenerators.ogrnips(), DomainGenerators.phones(),
        DomainGenerators.mobilePhones(), DomainGenerators.landlinePhones(),
        DomainGenerators.phoneSpellings(), DomainGenerators.phoneTexts(), DomainGenerators.emails(),
        DomainGenerators.postalAddresses(), DomainGenerators.russianAddresses(),
        DomainGenerators.birthdays(), DomainGenerators.rubles(), DomainGenerators.rubles(0, 10),
        CardGenerators.tags(), CardGenerators.categories(), CardGenerators.sources(),
        CardGenerators.comments(), CardGenerators.fileReferences(),
        CardGenerators.fieldDefinitions(), CardGenerators.customFieldSamples(),
        CardGenerators.customValuesFor(CardGenerators.fieldCatalogue()),
        CardGenerators.cardConfigurations(CardType.CLIENT),
        CardGenerators.cardConfigurations(CardType.LEAD),
        CardGenerators.cardConfigurations(CardType.CONTACT_PERSON),
        CardGenerators.cardConfigurations(CardType.COUNTERPARTY),
        CardGenerators.leads(), CardGenerators.unconvertedLeads(), CardGenerators.clients(),
        CardGenerators.clientPortraits(), CardGenerators.contactPersons(),
        CardGenerators.counterparties(), CardGenerators.clientContacts(),
        ActivityGenerators.dates(), ActivityGenerators.instants(), ActivityGenerators.interactions(),
        ActivityGenerators.interests(), ActivityGenerators.activeInterests(),
        ActivityGenerators.wonInterests(), ActivityGenerators.lostInterests(),
        ActivityGenerators.payments(), ActivityGenerators.shipments(), ActivityGenerators.tasks(),
        StatusGenerators.colours(), StatusGenerators.templateKeys(),
        StatusGenerators.calculationModes(), StatusGenerators.workStatuses(),
        StatusGenerators.workStatusSchemes(), StatusGenerators.statusAssignments());
    gens.forEach(GeneratorsTest::producesValues);
  }

  @Test
  void sameSeedGivesSameValues() {
    assertThat(sample(StatusGenerators.clientHistories(FROM, 400), 7))
        .isEqualTo(sample(StatusGenerators.clientHistories(FROM, 400), 7));
    assertThat(sample(CardGenerators.clientPortraits(), 11))
        .isEqualTo(sample(CardGenerators.clientPortraits(), 11));
    assertThat(sample(CardGenerators.clientPortraits(), 11))
        .isNotEqualTo(sample(CardGenerators.clientPortraits(), 12));
  }

  private static <T> List<T> sample(Gen<T> gen, long seed) {
    List<T> values = new ArrayList<>();
    qt().withFixedSeed(seed).withExamples(30).forAll(gen).checkAssert(values::add);
    return values;
  }

  @Test
  void russianWomenHaveFeminineSurnamesAndPatronymics() {
    qt().forAll(DomainGenerators.russianFemaleNames()).checkAssert(name -> {
      String last = name.lastName();
      assertThat(last.endsWith("а") || last.endsWith("ая") || last.endsWith("ко")
          || last.endsWith("их") || last.endsWith("ых") || last.endsWith("ев") || last.endsWith("ов"))
          .as(last).isTrue();
      name.patronymic().ifPresent(p ->
          assertThat(p).matches(".*(вна|чна|кызы)"));
    });
    qt().forAll(DomainGenerators.russianMaleNames()).checkAssert(name ->
        name.patronymic().ifPresent(p -> assertThat(p).matches(".*(вич|ич|оглы)")));
  }

  @Test
  void feminineSurnamesFollowRussianRules() {
    assertThat(NameGens.feminine("Иванов")).isEqualTo("Иванова");
    assertThat(NameGens.feminine("Никитин")).isEqualTo("Никитина");
    assertThat(NameGens.feminine("Вишневский")).isEqualTo("Вишневская");
    assertThat(NameGens.feminine("Троицкий")).isEqualTo("Троицкая");
    assertThat(NameGens.feminine("Толстой")).isEqualTo("Толстая");
    assertThat(NameGens.feminine("Шевченко")).isEqualTo("Шевченко");
    assertThat(NameGens.feminine("Черных")).isEqualTo("Черных");
    assertThat(NameGens.feminine("Римский-Корсаков")).isEqualTo("Римская-Корсакова");
  }

  @Test
  void taxIdsAreValidAndOfTheRightLength() {
    qt().forAll(DomainGenerators.legalEntityInns()).checkAssert(inn ->
        assertThat(Inn.of(inn.value()).isLegalEntity()).isTrue());
    qt().forAll(DomainGenerators.individualInns()).checkAssert(inn ->
        assertThat(Inn.of(inn.value()).value()).hasSize(12));
    qt().forAll(DomainGenerators.kpps()).checkAssert(kpp -> assertThat(Kpp.of(kpp.value())).isEqualTo(kpp));
    qt().forAll(DomainGenerators.ogrns()).checkAssert(ogrn ->
        assertThat(Ogrn.of(ogrn.value()).isSoleProprietor()).isFalse());
    qt().forAll(DomainGenerators.ogrnips()).checkAssert(ogrn ->
        assertThat(Ogrn.of(ogrn.value()).value()).hasSize(15).startsWith("3"));
  }

  @Test
  void portraitsAreConsistent() {
    qt().withExamples(500).forAll(CardGenerators.clientPortraits()).checkAssert(portrait -> {
      List<ContactPerson> people = portrait.contactPersons();
      assertThat(portrait.client().contacts().stream().map(ClientContact::contactPerson).toList())
          .isEqualTo(people.stream().map(ContactPerson::id).toList());
      ClientKind kind = portrait.client().kind();
      if (kind == ClientKind.INDIVIDUAL) {
        assertThat(portrait.counterparties()).isEmpty();
      } else {
        assertThat(portrait.counterparties()).isNotEmpty();
      }
      for (Counterparty counterparty : portrait.counterparties()) {
        assertThat(counterparty.client()).isEqualTo(portrait.client().id());
        assertThat(counterparty.inn().isLegalEntity()).isEqualTo(kind == ClientKind.LEGAL_ENTITY);
        assertThat(counterparty.kpp().isPresent()).isEqualTo(kind == ClientKind.LEGAL_ENTITY);
        counterparty.ogrn().ifPresent(o ->
            assertThat(o.isSoleProprietor()).isEqualTo(kind == ClientKind.SOLE_PROPRIETOR));
        assertThat(counterparty.inn().value()).startsWith(counterparty.kpp()
            .map(k -> k.value().startsWith("7750") ? counterparty.inn().value().substring(0, 4)
                : k.value().substring(0, 4))
            .orElse(counterparty.inn().value().substring(0, 2)));
      }
    });
  }

  @Test
  void allThreeKindsOfClientAreGenerated() {
    Set<ClientKind> kinds = new HashSet<>();
    qt().withExamples(200).forAll(CardGenerators.clients()).checkAssert(c -> kinds.add(c.kind()));
    assertThat(kinds).containsExactlyInAnyOrder(ClientKind.values());
  }

  @Test
  void spellingsOfOneNumberAreVaried() {
    Set<String> shapes = new HashSet<>();
    qt().forAll(DomainGenerators.phoneSpellings()).checkAssert(s -> {
      assertThat(s.spellings()).hasSizeGreaterThanOrEqualTo(2);
      s.spellings().forEach(text -> shapes.add(text.replaceAll("\\d", "9")));
    });
    // digits are masked as 9, so 8 (916) 123-45-67 has the shape 9 (999) 999-99-99
    assertThat(shapes).contains("9 (999) 999-99-99", "+9 999 9999999", "9-999-999-99-99");
    assertThat(shapes).anyMatch(shape -> shape.contains("доб"));
    assertThat(shapes).anyMatch(shape -> shape.contains("ext"));
  }

  @Test
  void birthdaysIncludeTheTwentyNinthOfFebruary() {
    List<Boolean> leapDay = new ArrayList<>();
    qt().forAll(DomainGenerators.birthdays()).checkAssert(b ->
        leapDay.add(b.monthDay().getMonthValue() == 2 && b.monthDay().getDayOfMonth() == 29));
    assertThat(leapDay).contains(true);
  }

  @Test
  void historiesStayInTheirPeriodAndBelongToTheirClient() {
    qt().withExamples(300).forAll(StatusGenerators.clientHistories(FROM, 730)).checkAssert(h -> {
      assertThat(h.from()).isEqualTo(FROM);
      assertThat(h.until()).isEqualTo(FROM.plusDays(729));
      assertThat(h.client().createdOn()).isEqualTo(FROM);
      Set<EntityId> ids = new HashSet<>();
      for (Interest interest : h.interests()) {
        assertThat(interest.client()).contains(h.clientId());
        assertThat(interest.openedOn()).isBetween(h.from(), h.until());
        interest.closedOn().ifPresent(c -> assertThat(c).isBetween(interest.openedOn(), h.until()));
        assertThat(ids.add(interest.id())).isTrue();
      }
      h.payments().forEach(p -> {
        assertThat(p.client()).isEqualTo(h.clientId());
        assertThat(p.date()).isBetween(h.from(), h.until());
        assertThat(ids.add(p.id())).isTrue();
      });
      h.shipments().forEach(s -> {
        assertThat(s.client()).isEqualTo(h.clientId());
        assertThat(s.date()).isBetween(h.from(), h.until());
        assertThat(ids.add(s.id())).isTrue();
      });
      h.interactions().forEach(e -> assertThat(ids.add(e.id())).isTrue());
      h.tasks().forEach(t -> assertThat(ids.add(t.id())).isTrue());
    });
  }

  @Test
  void historiesHaveTheShapeOfTheirProfile() {
    qt().withExamples(150).forAll(StatusGenerators.clientHistories(FROM, 730, Profile.NEW))
        .checkAssert(h -> {
          assertThat(h.interests()).isEmpty();
          assertThat(h.payments()).isEmpty();
          assertThat(h.shipments()).isEmpty();
          assertThat(h.interactions()).isEmpty();
        });
    qt().withExamples(150).forAll(StatusGenerators.clientHistories(FROM, 730, Profile.WORKED_ON))
        .checkAssert(h -> {
          assertThat(h.interests()).isNotEmpty();
          assertThat(h.interests()).noneMatch(i -> i.outcome().orElse(null) == InterestOutcome.WON);
          assertThat(h.payments()).isEmpty();
          assertThat(h.shipments()).isEmpty();
        });
    qt().withExamples(150).forAll(StatusGenerators.clientHistories(FROM, 730, Profile.BUYING))
        .checkAssert(h -> assertThat(h.payments().size() + h.shipments().size()).isGreaterThan(0));
    LocalDate lapsedAfter = FROM.plusDays(729 * 60 / 100);
    qt().withExamples(150).forAll(StatusGenerators.clientHistories(FROM, 730, Profile.LAPSED))
        .checkAssert(h -> {
          assertThat(h.payments()).allMatch(p -> !p.date().isAfter(lapsedAfter));
          assertThat(h.shipments()).allMatch(s -> !s.date().isAfter(lapsedAfter));
          assertThat(h.interests()).allMatch(i ->
              i.outcome().orElse(null) != InterestOutcome.WON || !i.closedOn().get().isAfter(lapsedAfter));
        });
    LocalDate returnFrom = FROM.plusDays(729 * 55 / 100);
    qt().withExamples(150).forAll(StatusGenerators.clientHistories(FROM, 730, Profile.RETURNED))
        .checkAssert(h -> assertThat(h.interests().stream().anyMatch(i -> !i.openedOn().isBefore(returnFrom))
            || h.payments().stream().anyMatch(p -> !p.date().isBefore(returnFrom))
            || h.shipments().stream().anyMatch(s -> !s.date().isBefore(returnFrom))).isTrue());
  }

  @Test
  void batchesHaveDistinctClientsInIdOrder() {
    qt().withExamples(20).forAll(StatusGenerators.clientHistoryBatches(FROM, 365, 0, 30)).checkAssert(batch -> {
      List<String> ids = batch.stream().map(h -> h.clientId().value()).toList();
      assertThat(ids).doesNotHaveDuplicates().isSorted();
    });
  }

  @Test
  void statusHistoriesChainTheirStatuses() {
    qt().forAll(StatusGenerators.statusHistories(
        org.clientbase.core.id.ClientId.of("c-1"), FROM, 365)).checkAssert(history -> {
          assertThat(history).isNotEmpty();
          assertThat(history.get(0).previous()).isEmpty();
          for (int i = 1; i < history.size(); i++) {
            StatusAssignment before = history.get(i - 1);
            StatusAssignment after = history.get(i);
            assertThat(after.previous()).contains(before.status());
            assertThat(after.since()).isAfter(before.since());
          }
        });
  }

  @Test
  void generatedPhonesParseBackFromTheirFormat() {
    qt().forAll(DomainGenerators.phones()).checkAssert(p -> assertThat(Phone.parse(p.format())).isEqualTo(p));
  }

  @Test
  void generatedNamesParseBackFromTheirFormat() {
    qt().forAll(DomainGenerators.personNames()).checkAssert(n ->
        assertThat(PersonName.parse(n.format())).isEqualTo(n));
  }
}
