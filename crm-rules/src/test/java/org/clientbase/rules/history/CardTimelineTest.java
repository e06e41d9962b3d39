package org.clientbase.rules.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.clientbase.core.InvalidValueException;
import org.clientbase.core.client.Client;
import org.clientbase.core.history.CardDiff;
import org.clientbase.core.id.UserId;
import org.clientbase.rules.access.Fixture;
import org.clientbase.spi.store.CardRevision;
import org.clientbase.spi.store.RevisionKind;
import org.junit.jupiter.api.Test;

class CardTimelineTest {
  private static final UserId WHO = UserId.of("manager-1");
  private static final Instant NINE = Instant.parse("2026-03-10T09:00:00Z");
  private final Client v1 = Fixture.client("c-1", WHO);
  private final Client v2 = Client.builder().from(v1).name("Ромашка").build();
  private final Client v3 = Client.builder().from(v2).comment("moved").build();

  private CardRevision<Client> created(Instant at) {
    return new CardRevision<>(v1.id(), 1, at, Optional.of(WHO), RevisionKind.CREATED, 1, CardDiff.between(v1, v1), Optional.of(v1));
  }

  private CardRevision<Client> updated(long number, Instant at, Client before, Client after) {
    return new CardRevision<>(v1.id(), number, at, Optional.of(WHO), RevisionKind.UPDATED, number,
        CardDiff.between(before, after), Optional.empty());
  }

  @Test
  void theCardAsOfAnInstantIsTheLastRevisionAtOrBeforeIt() {
    CardTimeline<Client> timeline = CardTimeline.of(List.of(
        created(NINE), updated(2, NINE.plusSeconds(60), v1, v2), updated(3, NINE.plusSeconds(120), v2, v3)));
    assertThat(timeline.asOf(NINE.minusMillis(1))).isEmpty();
    assertThat(timeline.asOf(NINE)).contains(v1);
    assertThat(timeline.asOf(NINE.plusSeconds(59))).contains(v1);
    assertThat(timeline.asOf(NINE.plusSeconds(60))).contains(v2);
    assertThat(timeline.asOf(NINE.plusSeconds(3600))).contains(v3);
    assertThat(timeline.current()).contains(v3);
    assertThat(timeline.atRevision(2)).isEqualTo(v2);
  }

  @Test
  void revisionsAtTheSameInstantShowTheLastOfThem() {
    CardTimeline<Client> timeline = CardTimeline.of(List.of(created(NINE), updated(2, NINE, v1, v2)));
    assertThat(timeline.asOf(NINE)).contains(v2);
  }

  @Test
  void anObservedRevisionRestartsTheRebuildFromItsSnapshot() {
    Client found = Client.builder().from(v2).comment("changed by a script").build();
    CardRevision<Client> observed = new CardRevision<>(v1.id(), 3, NINE.plusSeconds(120), Optional.empty(),
        RevisionKind.OBSERVED, 5, CardDiff.between(v2, found), Optional.of(found));
    Client last = Client.builder().from(found).name("Ромашка 2").build();
    CardTimeline<Client> timeline = CardTimeline.of(List.of(
        created(NINE), updated(2, NINE.plusSeconds(60), v1, v2), observed, updated(4, NINE.plusSeconds(180), found, last)));
    assertThat(timeline.asOf(NINE.plusSeconds(150))).contains(found);
    assertThat(timeline.current()).contains(last);
  }

  @Test
  void anEmptyTimelineKnowsNothing() {
    CardTimeline<Client> timeline = CardTimeline.of(List.of());
    assertThat(timeline.isEmpty()).isTrue();
    assertThat(timeline.current()).isEmpty();
    assertThat(timeline.asOf(NINE)).isEmpty();
    assertThatThrownBy(() -> timeline.atRevision(1)).hasMessageContaining("nothing is recorded");
  }

  @Test
  void brokenHistoriesAreRefusedNamingTheProblem() {
    assertThatThrownBy(() -> CardTimeline.of(List.of(created(NINE), updated(3, NINE, v1, v2))))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("numbered 1, 2, 3");
    assertThatThrownBy(() -> CardTimeline.of(List.of(created(NINE), updated(2, NINE.minusSeconds(1), v1, v2))))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("is before the previous revision's");
    Client other = Fixture.client("c-2", WHO);
    CardRevision<Client> foreign = new CardRevision<>(other.id(), 2, NINE, Optional.of(WHO), RevisionKind.UPDATED, 2,
        CardDiff.between(other, Client.builder().from(other).name("X").build()), Optional.empty());
    assertThatThrownBy(() -> CardTimeline.of(List.of(created(NINE), foreign)))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("another card");
  }

  @Test
  void aRevisionRefusesPartsThatDoNotFitItsKind() {
    assertThatThrownBy(() -> new CardRevision<>(v1.id(), 2, NINE, Optional.of(WHO), RevisionKind.CREATED, 1,
        CardDiff.between(v1, v1), Optional.of(v1)))
        .hasMessageContaining("a creation is the first revision");
    assertThatThrownBy(() -> new CardRevision<>(v1.id(), 2, NINE, Optional.of(WHO), RevisionKind.UPDATED, 2,
        CardDiff.between(v1, v1), Optional.empty()))
        .hasMessageContaining("an update changes at least one field");
    assertThatThrownBy(() -> new CardRevision<>(v1.id(), 2, NINE, Optional.of(WHO), RevisionKind.OBSERVED, 2,
        CardDiff.between(v1, v2), Optional.of(v2)))
        .hasMessageContaining("who changed the card is not known");
  }
}
