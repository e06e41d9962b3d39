package org.clientbase.testkit.generators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.clientbase.core.client.ClientKind;
import org.clientbase.core.client.ContactPerson;
import org.clientbase.core.client.Counterparty;
import org.clientbase.core.contact.Email;
import org.clientbase.core.contact.Phone;
import org.clientbase.core.id.EntityId;
import org.junit.jupiter.api.Test;

class DuplicateGensTest {

  private static Set<String> identifiers(ContactPerson person) {
    Set<String> ids = new HashSet<>();
    person.phones().forEach(p -> ids.add(p.e164()));
    person.emails().forEach(e -> ids.add(e.address().toLowerCase(Locale.ROOT)));
    return ids;
  }

  @Test
  void theSameSeedGivesTheSameBase() {
    DuplicateDataset<ContactPerson> a = DuplicateGens.contactPersons(5, 400);
    DuplicateDataset<ContactPerson> b = DuplicateGens.contactPersons(5, 400);
    assertThat(a).isEqualTo(b);
    assertThat(DuplicateGens.contactPersons(6, 400)).isNotEqualTo(a);
  }

  @Test
  void aBaseHasTheAskedSizeInIdOrderWithAboutOnePersonInFourDuplicated() {
    DuplicateDataset<ContactPerson> base = DuplicateGens.contactPersons(7, 2000);
    assertThat(base.cards()).hasSize(2000);
    List<EntityId> ids = base.cards().stream().map(c -> (EntityId) c.id()).toList();
    assertThat(ids).isSorted().doesNotHaveDuplicates();
    assertThat(base.entityCount()).isBetween(1400L, 1700L);
    assertThat(base.truePairs()).isBetween(400L, 1000L);
  }

  @Test
  void everyDuplicateSharesAPhoneOrEmailWithItsPersonsOtherCards() {
    DuplicateDataset<ContactPerson> base = DuplicateGens.contactPersons(8, 1500);
    Map<Integer, List<ContactPerson>> byPerson = new HashMap<>();
    base.cards().forEach(c -> byPerson.computeIfAbsent(base.entities().get(c.id()), e -> new ArrayList<>()).add(c));
    for (List<ContactPerson> cards : byPerson.values()) {
      if (cards.size() < 2) {
        continue;
      }
      Set<ContactPerson> reached = new HashSet<>(List.of(cards.get(0)));
      boolean grew = true;
      while (grew) {
        grew = false;
        for (ContactPerson card : cards) {
          if (!reached.contains(card) && reached.stream().anyMatch(r ->
              identifiers(r).stream().anyMatch(identifiers(card)::contains))) {
            reached.add(card);
            grew = true;
          }
        }
      }
      assertThat(reached).as("cards of one person linked by shared phones and emails").hasSameSizeAs(cards);
    }
  }

  @Test
  void differentPeopleNeverShareAMailbox() {
    DuplicateDataset<ContactPerson> base = DuplicateGens.contactPersons(9, 3000);
    Map<String, Integer> owner = new HashMap<>();
    for (ContactPerson card : base.cards()) {
      for (Email email : card.emails()) {
        Integer previous = owner.putIfAbsent(email.address().toLowerCase(Locale.ROOT), base.entities().get(card.id()));
        assertThat(previous == null || previous.equals(base.entities().get(card.id()))).as(email.address()).isTrue();
      }
    }
  }

  @Test
  void someColleaguesShareAnOfficeNumber() {
    DuplicateDataset<ContactPerson> base = DuplicateGens.contactPersons(10, 3000);
    Map<String, Set<Integer>> people = new HashMap<>();
    for (ContactPerson card : base.cards()) {
      for (Phone phone : card.phones()) {
        people.computeIfAbsent(phone.e164(), p -> new HashSet<>()).add(base.entities().get(card.id()));
      }
    }
    assertThat(people.values()).anySatisfy(owners -> assertThat(owners).hasSizeGreaterThan(1));
  }

  @Test
  void groupsHaveDistinctIdsAndDuplicatesKeepAnIdentifier() {
    qt().withExamples(200).forAll(DuplicateGens.contactPersonGroups()).checkAssert(group -> {
      assertThat(group.cards().stream().map(ContactPerson::id).distinct()).hasSize(group.cards().size());
      for (ContactPerson duplicate : group.duplicates()) {
        assertThat(identifiers(duplicate)).containsAnyElementsOf(identifiers(group.original()));
      }
    });
    qt().withExamples(200).forAll(DuplicateGens.clientGroups()).checkAssert(group -> {
      ClientPortrait original = group.original();
      for (ClientPortrait duplicate : group.duplicates()) {
        assertThat(duplicate.client().kind()).isEqualTo(original.client().kind());
        boolean shared = duplicate.client().phones().stream().anyMatch(original.client().phones()::contains)
            || duplicate.client().emails().stream().anyMatch(original.client().emails()::contains)
            || duplicate.counterparties().stream().map(Counterparty::inn)
                .anyMatch(inn -> original.counterparties().stream().anyMatch(k -> k.inn().equals(inn)));
        assertThat(shared || original.client().kind() == ClientKind.INDIVIDUAL && original.client().phones().isEmpty())
            .as("%s shares a phone, email or INN with %s", duplicate.client(), original.client()).isTrue();
        duplicate.counterparties().forEach(k -> assertThat(k.client()).isEqualTo(duplicate.client().id()));
      }
    });
  }

  @Test
  void spellingsOfANameAndACompanyAreValid() {
    qt().withExamples(300).forAll(DomainGenerators.russianNames()).checkAssert(name ->
        qt().withExamples(5).forAll(SpellingGens.spellingsOf(name)).checkAssert(spelling ->
            assertThat(spelling.format()).isNotBlank()));
    qt().withExamples(300).forAll(DomainGenerators.companyNames()).checkAssert(name ->
        qt().withExamples(5).forAll(SpellingGens.companySpellingsOf(name)).checkAssert(spelling ->
            assertThat(spelling).isNotBlank()));
  }

  @Test
  void latinSpellingsFollowTheirSystems() {
    assertThat(SpellingGens.latin("Юлия", 0)).isEqualTo("Yuliya");
    assertThat(SpellingGens.latin("Юлия", 1)).isEqualTo("Iuliia");
    assertThat(SpellingGens.latin("Юлия", 2)).isEqualTo("Julija");
    assertThat(SpellingGens.latin("Салтыков-Щедрин", 1)).isEqualTo("Saltykov-Shchedrin");
    assertThat(SpellingGens.baseOf("ООО «Ромашка»")).isEqualTo("Ромашка");
  }
}
