package org.clientbase.rules.conversion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.List;
import org.clientbase.core.client.Client;
import org.clientbase.core.client.ClientContact;
import org.clientbase.core.client.ClientKind;
import org.clientbase.core.client.ContactPerson;
import org.clientbase.core.client.Counterparty;
import org.clientbase.core.contact.Email;
import org.clientbase.core.contact.Phone;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.ContactPersonId;
import org.clientbase.core.id.CounterpartyId;
import org.clientbase.core.id.LeadId;
import org.clientbase.core.id.UserId;
import org.clientbase.core.lead.Lead;
import org.clientbase.core.person.PersonName;
import org.clientbase.core.tax.Inn;
import org.clientbase.rules.access.AccessDeniedException;
import org.clientbase.rules.status.StatusScheme;
import org.clientbase.spi.ProgressListener;
import org.clientbase.memory.InMemoryClientbase;
import org.clientbase.memory.RuleBasedAccessPolicy;
import org.clientbase.memory.RuleBasedAccessPolicy.Access;
import org.junit.jupiter.api.Test;

/**
 * Conversion on behalf of a user keeps to the host's access policy: manager-1 may edit only its
 * own client c-1, may see but not edit c-3, and may not even see c-2 (with its contact person
 * p-2, its INN and its phone).
 */
class ConversionAccessTest {
  private static final UserId MANAGER_1 = UserId.of("manager-1");
  private static final UserId MANAGER_2 = UserId.of("manager-2");
  private static final String INN = "7707083893";
  private static final String HIDDEN_PHONE = "+7 916 555-01-02";

  private final RuleBasedAccessPolicy policy = RuleBasedAccessPolicy.builder()
      .responsibleManagerEdits()
      .rule("manager-1 sees c-3", (u, c) -> u.equals(MANAGER_1) && c.id().equals(ClientId.of("c-3")), Access.VIEW)
      .build();
  private final InMemoryClientbase base = InMemoryClientbase.create(policy);
  private final Clock clock = Clock.fixed(ConversionFixture.NOW, ConversionFixture.MOSCOW);

  ConversionAccessTest() {
    base.contactPersonStore().insert(ContactPerson.builder().id(ContactPersonId.of("p-2"))
        .name(PersonName.parse("Сидоров Пётр")).addEmails(Email.of("sidorov@hidden.ru")).build());
    base.clientStore().insert(client("c-1", "ООО «Своя»", MANAGER_1).build());
    base.clientStore().insert(client("c-2", "ООО «Чужая»", MANAGER_2)
        .addPhones(Phone.parse(HIDDEN_PHONE)).addEmails(Email.of("info@hidden.ru"))
        .addContacts(ClientContact.of(ContactPersonId.of("p-2"))).build());
    base.counterpartyStore().insert(Counterparty.builder().id(CounterpartyId.of("k-2")).client(ClientId.of("c-2"))
        .legalName("ООО «Чужая»").inn(Inn.of(INN)).build());
    base.clientStore().insert(client("c-3", "ООО «Соседняя»", MANAGER_2).addPhones(Phone.parse("+7 916 555-03-03")).build());
  }

  private static Client.Builder client(String id, String name, UserId responsible) {
    return Client.builder().id(ClientId.of(id)).kind(ClientKind.LEGAL_ENTITY).name(name)
        .createdOn(ConversionFixture.TODAY).responsible(responsible);
  }

  private LeadConverter converter(DuplicatePolicy duplicates) {
    return LeadConverter.builder().clientbase(base).accessPolicy(policy).clock(clock)
        .scheme(StatusScheme.defaults()).duplicatePolicy(duplicates).build();
  }

  private LeadId lead(String id, String phone) {
    base.leadStore().insert(Lead.builder().id(LeadId.of(id)).name(PersonName.parse("Иванов Иван"))
        .company("Ромашка").inn(Inn.of(INN)).addPhones(Phone.parse(phone)).build());
    return LeadId.of(id);
  }

  @Test
  void convertingIntoAClientTheUserMayNotSeeAnswersAsIfItDidNotExist() {
    LeadId lead = lead("l-1", "+7 495 000-00-01");
    InMemoryClientbase.Snapshot before = base.snapshot();
    LeadConverter converter = converter(DuplicatePolicy.CREATE_ANYWAY);

    Throwable hidden = org.assertj.core.api.Assertions.catchThrowable(() ->
        converter.convert(MANAGER_1, lead, ConversionOptions.builder().intoClient(ClientId.of("c-2")).build()));
    Throwable missing = org.assertj.core.api.Assertions.catchThrowable(() ->
        converter.convert(MANAGER_1, lead, ConversionOptions.builder().intoClient(ClientId.of("c-2x")).build()));

    assertThat(hidden).isInstanceOf(AccessDeniedException.class)
        .hasMessage("manager-1 may not edit client c-2: not stored, or the access policy forbids it");
    assertThat(missing).isInstanceOf(AccessDeniedException.class)
        .hasMessage("manager-1 may not edit client c-2x: not stored, or the access policy forbids it");
    assertThat(base.snapshot()).isEqualTo(before);
  }

  @Test
  void convertingIntoAClientTheUserMaySeeButNotEditIsRefusedBeforeAnythingChanges() {
    LeadId lead = lead("l-1", "+7 495 000-00-01");
    InMemoryClientbase.Snapshot before = base.snapshot();

    assertThatThrownBy(() -> converter(DuplicatePolicy.CREATE_ANYWAY)
        .convert(MANAGER_1, lead, ConversionOptions.builder().intoClient(ClientId.of("c-3")).build()))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessage("manager-1 may not edit client c-3: the access policy forbids it");
    assertThat(base.snapshot()).isEqualTo(before);
  }

  @Test
  void aContactPersonOfAClientTheUserMayNotSeeAnswersAsIfItDidNotExist() {
    LeadId lead = lead("l-1", "+7 495 000-00-01");
    InMemoryClientbase.Snapshot before = base.snapshot();

    assertThatThrownBy(() -> converter(DuplicatePolicy.CREATE_ANYWAY).convert(MANAGER_1, lead,
        ConversionOptions.builder().intoClient(ClientId.of("c-1")).intoContactPerson(ContactPersonId.of("p-2")).build()))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessage("manager-1 may not edit contact person p-2: not stored, or the access policy forbids it");
    assertThatThrownBy(() -> converter(DuplicatePolicy.CREATE_ANYWAY).convert(MANAGER_1, lead,
        ConversionOptions.builder().intoClient(ClientId.of("c-1")).intoContactPerson(ContactPersonId.of("p-404")).build()))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessage("manager-1 may not edit contact person p-404: not stored, or the access policy forbids it");
    assertThat(base.snapshot()).isEqualTo(before);
  }

  @Test
  void theGatesReportNeverShowsAClientTheUserMayNotSee() {
    LeadId lead = lead("l-1", HIDDEN_PHONE);
    InMemoryClientbase.Snapshot before = base.snapshot();

    ConversionResult result = converter(DuplicatePolicy.STOP_AND_REPORT).convert(MANAGER_1, lead);

    assertThat(result).isInstanceOfSatisfying(ConversionResult.DuplicatesFound.class, found -> {
      assertThat(found.matches()).isEmpty();
      assertThat(found.hidden()).isEqualTo(1);
    });
    assertThat(result.toString()).doesNotContain("c-2", INN, "916", "Чужая")
        .contains("an existing client you cannot see");
    assertThat(base.snapshot()).isEqualTo(before);
  }

  @Test
  void theGatesReportShowsTheClientsTheUserMaySee() {
    lead("l-0", "+7 495 000-00-09");
    base.leadStore().insert(Lead.builder().id(LeadId.of("l-1")).name(PersonName.parse("Иванов Иван"))
        .addPhones(Phone.parse("+7 916 555-03-03")).addPhones(Phone.parse(HIDDEN_PHONE)).build());

    ConversionResult result = converter(DuplicatePolicy.STOP_AND_REPORT).convert(MANAGER_1, LeadId.of("l-1"));

    assertThat(result).isInstanceOfSatisfying(ConversionResult.DuplicatesFound.class, found -> {
      assertThat(found.matches()).extracting(ClientMatch::client).containsExactly(ClientId.of("c-3"));
      assertThat(found.hidden()).isEqualTo(1);
    });
    assertThat(result.toString()).doesNotContain("c-2", HIDDEN_PHONE);
  }

  @Test
  void convertIntoMatchNeverConvertsIntoAClientTheUserMayNotEdit() {
    LeadId hiddenMatch = lead("l-1", HIDDEN_PHONE);
    base.leadStore().insert(Lead.builder().id(LeadId.of("l-2")).name(PersonName.parse("Петров Пётр"))
        .addPhones(Phone.parse("+7 916 555-03-03")).build());
    InMemoryClientbase.Snapshot before = base.snapshot();
    LeadConverter converter = converter(DuplicatePolicy.CONVERT_INTO_MATCH);

    assertThat(converter.convert(MANAGER_1, hiddenMatch)).isInstanceOfSatisfying(ConversionResult.DuplicatesFound.class,
        found -> assertThat(found.hidden()).isEqualTo(1));
    assertThat(converter.convert(MANAGER_1, LeadId.of("l-2"))).isInstanceOfSatisfying(
        ConversionResult.DuplicatesFound.class,
        found -> assertThat(found.matches()).extracting(ClientMatch::client).containsExactly(ClientId.of("c-3")));
    assertThat(base.snapshot()).isEqualTo(before);
  }

  @Test
  void convertIntoMatchConvertsIntoAClientTheUserMayEdit() {
    LeadId lead = lead("l-1", HIDDEN_PHONE);

    ConversionResult result = converter(DuplicatePolicy.CONVERT_INTO_MATCH).convert(MANAGER_2, lead);

    assertThat(result).isInstanceOfSatisfying(ConversionResult.Converted.class,
        converted -> assertThat(converted.client()).isEqualTo(ClientId.of("c-2")));
  }

  @Test
  void aSwitchOffConvertsWithTheRightsOfTheUserSwitchingLeadsOff() {
    lead("l-1", HIDDEN_PHONE);
    Client hiddenBefore = base.clientStore().find(ClientId.of("c-2")).orElseThrow().value();
    LeadDirectory directory = LeadDirectory.builder().clientbase(base)
        .converter(converter(DuplicatePolicy.CONVERT_INTO_MATCH)).build();

    SwitchOffSummary summary = directory.switchOff(MANAGER_1, toConvert -> true, ProgressListener.none());

    assertThat(summary.outcome()).isEqualTo(SwitchOffSummary.Outcome.INCOMPLETE);
    assertThat(summary.skipped()).singleElement().satisfies(s -> assertThat(s.reason())
        .contains("an existing client you cannot see").doesNotContain("c-2", INN));
    assertThat(base.clientStore().find(ClientId.of("c-2")).orElseThrow().value()).isEqualTo(hiddenBefore);
    assertThat(base.leadStore().find(LeadId.of("l-1")).orElseThrow().value().isLinked()).isFalse();

    SwitchOffSummary byOwner = directory.switchOff(MANAGER_2, toConvert -> true, ProgressListener.none());
    assertThat(byOwner.outcome()).isEqualTo(SwitchOffSummary.Outcome.SWITCHED_OFF);
    assertThat(base.leadStore().find(LeadId.of("l-1")).orElseThrow().value().linkedClient())
        .contains(ClientId.of("c-2"));
    assertThat(List.of(byOwner.converted().get(0).client())).containsExactly(ClientId.of("c-2"));
  }
}
