package org.clientbase.rules.interaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.clientbase.rules.access.Fixture.ADMIN;
import static org.clientbase.rules.access.Fixture.MANAGER_1;
import static org.clientbase.rules.access.Fixture.MANAGER_2;
import static org.clientbase.rules.access.Fixture.MANAGER_3;
import static org.clientbase.rules.access.Fixture.T0;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import org.clientbase.core.MissingValuesException;
import org.clientbase.core.InvalidValueException;
import org.clientbase.core.activity.Interaction;
import org.clientbase.core.activity.InteractionDirection;
import org.clientbase.core.activity.InteractionState;
import org.clientbase.core.activity.InteractionType;
import org.clientbase.core.client.Client;
import org.clientbase.core.client.ClientContact;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.ContactPersonId;
import org.clientbase.core.id.InteractionId;
import org.clientbase.core.id.LeadId;
import org.clientbase.rules.access.AccessDeniedException;
import org.clientbase.rules.access.Fixture;
import org.clientbase.spi.Versioned;
import org.junit.jupiter.api.Test;

class InteractionServiceTest {
  private final Fixture f = new Fixture();
  private final InteractionService interactions = InteractionService.builder()
      .clientbase(f.base).accessPolicy(f.policy)
      .clock(f.clock).pageSize(2)
      .build();

  InteractionServiceTest() {
    f.store(List.of(
        Client.builder().from(Fixture.client("c-1", MANAGER_1)).addContacts(ClientContact.of(ContactPersonId.of("p-1"))).build(),
        Fixture.client("c-2", MANAGER_2)));
  }

  private Interaction planned(InteractionType type, String client, int hours) {
    return Interaction.builder()
        .id(interactions.newInteractionId())
        .type(type)
        .direction(InteractionDirection.OUTGOING)
        .state(InteractionState.PLANNED)
        .subject("Discuss the offer")
        .client(ClientId.of(client))
        .start(T0.plus(Duration.ofHours(hours)))
        .build();
  }

  @Test
  void callsMeetingsEmailsSmsAndCalendarEntriesAreRecordedAndListedByClientAndType() {
    for (InteractionType type : InteractionType.values()) {
      interactions.record(MANAGER_1, planned(type, "c-1", type.ordinal()));
    }
    interactions.record(MANAGER_2, planned(InteractionType.PHONE_CALL, "c-2", 10));

    assertThat(interactions.byClient(MANAGER_1, ClientId.of("c-1"))).extracting(Interaction::type)
        .containsExactly(InteractionType.values());
    assertThat(interactions.byClient(MANAGER_1, ClientId.of("c-1"), EnumSet.of(InteractionType.SMS, InteractionType.EMAIL)))
        .extracting(Interaction::type).containsExactly(InteractionType.EMAIL, InteractionType.SMS);
    assertThat(interactions.byType(ADMIN, InteractionType.PHONE_CALL, T0, T0.plus(Duration.ofDays(1))))
        .extracting(i -> i.client().orElseThrow().value()).containsExactly("c-1", "c-2");
    assertThat(interactions.byType(MANAGER_1, InteractionType.PHONE_CALL, T0, T0.plus(Duration.ofDays(1))))
        .extracting(i -> i.client().orElseThrow().value()).containsExactly("c-1");
    assertThat(interactions.byType(ADMIN, InteractionType.CALENDAR_ENTRY, T0.plus(Duration.ofHours(4)), T0.plus(Duration.ofHours(4))))
        .hasSize(1);
  }

  @Test
  void aPlannedInteractionIsCompletedAndCountsAsRelationshipHistory() {
    InteractionId call = interactions.record(MANAGER_1, planned(InteractionType.PHONE_CALL, "c-1", -1)).value().id();
    InteractionId meeting = interactions.record(MANAGER_1, planned(InteractionType.MEETING, "c-1", 24)).value().id();
    f.clock.advance(Duration.ofMinutes(15));

    Versioned<Interaction> done = interactions.complete(MANAGER_1, call);
    interactions.cancel(MANAGER_1, meeting);

    assertThat(done.value().state()).isEqualTo(InteractionState.COMPLETED);
    assertThat(done.value().end()).contains(T0.plus(Duration.ofMinutes(15)));
    assertThat(interactions.relationshipHistory(MANAGER_1, ClientId.of("c-1"))).extracting(Interaction::id).containsExactly(call);
    assertThat(InteractionService.countsAsRelationship(done.value())).isTrue();
  }

  @Test
  void onlyPlannedToCompletedOrCancelledIsAllowed() {
    InteractionId call = interactions.record(MANAGER_1, planned(InteractionType.PHONE_CALL, "c-1", 1)).value().id();
    interactions.cancel(MANAGER_1, call);

    assertThatThrownBy(() -> interactions.complete(MANAGER_1, call))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Interaction interaction-1 state COMPLETED: cannot follow CANCELLED");
    assertThat(interactions.cancel(MANAGER_1, call).version()).isEqualTo(2);

    InteractionId other = interactions.record(MANAGER_1, planned(InteractionType.EMAIL, "c-1", 1)).value().id();
    interactions.complete(MANAGER_1, other);
    assertThatThrownBy(() -> interactions.cancel(MANAGER_1, other)).hasMessageContaining("cannot follow COMPLETED");
    assertThat(f.base.interactionStore().find(other).orElseThrow().version()).isEqualTo(2);
  }

  @Test
  void interactionsFollowTheirClientsAccess() {
    InteractionId theirs = interactions.record(MANAGER_2, planned(InteractionType.PHONE_CALL, "c-2", 1)).value().id();

    assertThatThrownBy(() -> interactions.record(MANAGER_1, planned(InteractionType.PHONE_CALL, "c-2", 2)))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> interactions.complete(MANAGER_1, theirs)).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> interactions.byClient(MANAGER_1, ClientId.of("c-2"))).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> interactions.find(MANAGER_3, theirs)).isInstanceOf(AccessDeniedException.class);
    assertThat(f.base.interactionStore().find(theirs).orElseThrow().version()).isEqualTo(1);
    assertThat(f.base.interactionStore().all()).hasSize(1);
  }

  @Test
  void interactionsWithoutAClientFollowTheirContactPersonsOrAreOpenForLeads() {
    Interaction withPerson = Interaction.builder().from(planned(InteractionType.EMAIL, "c-1", 1))
        .client(java.util.Optional.empty()).addContactPersons(ContactPersonId.of("p-1")).build();
    Interaction withLead = Interaction.builder().from(planned(InteractionType.EMAIL, "c-1", 2))
        .client(java.util.Optional.empty()).lead(LeadId.of("l-1")).build();

    assertThatThrownBy(() -> interactions.record(MANAGER_2, withPerson))
        .isInstanceOf(AccessDeniedException.class).hasMessageContaining("interaction interaction-1");
    interactions.record(MANAGER_1, withPerson);
    interactions.record(MANAGER_2, withLead);

    assertThat(interactions.byType(MANAGER_2, InteractionType.EMAIL, T0, T0.plus(Duration.ofDays(1))))
        .extracting(Interaction::id).containsExactly(withLead.id());
    assertThat(interactions.byType(MANAGER_3, InteractionType.EMAIL, T0, T0.plus(Duration.ofDays(1))))
        .extracting(Interaction::id).containsExactly(withPerson.id(), withLead.id());
  }

  @Test
  void theBuilderAndThePeriodAreChecked() {
    assertThatThrownBy(() -> InteractionService.builder().build())
        .isInstanceOf(MissingValuesException.class)
        .hasMessage("InteractionService: missing clientbase, accessPolicy, clock");
    assertThatThrownBy(() -> interactions.byType(ADMIN, InteractionType.SMS, T0, T0.minusSeconds(1)))
        .hasMessageContaining("ends before it starts");
  }
}
