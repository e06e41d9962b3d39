package org.clientbase.rules.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.clientbase.core.activity.Interest;
import org.clientbase.core.activity.InterestOutcome;
import org.clientbase.core.activity.Payment;
import org.clientbase.core.activity.Shipment;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.PaymentId;
import org.clientbase.core.id.ShipmentId;
import org.clientbase.rules.status.internal.ActivityBuilder;
import org.clientbase.rules.status.internal.ActivityIndex;
import org.clientbase.rules.status.internal.Window;
import org.junit.jupiter.api.Test;

/**
 * Building an activity in one pass over each kind of fact gives the index, the order and the
 * errors that sorting, indexing and checking the facts one after the other give.
 */
class ActivityBuildTest {
  private static final LocalDate D = LocalDate.of(2026, 3, 20);

  @Test
  void epochDaysAreTheDatesOwn() {
    for (LocalDate day = LocalDate.of(1899, 12, 1); day.isBefore(LocalDate.of(2157, 2, 1));
        day = day.plusDays(1)) {
      assertThat(ActivityBuilder.epochDay(day)).as("%s", day).isEqualTo(day.toEpochDay());
    }
    qt().forAll(longs().between(LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay()))
        .checkAssert(day -> assertThat(ActivityBuilder.epochDay(LocalDate.ofEpochDay(day)))
            .isEqualTo(day));
  }

  @Test
  void factsInAnyOrderGiveTheIndexOfTheSortedFacts() {
    qt().forAll(StatusGenerators.activities(Facts.CLIENT, 400), integers().all())
        .checkAssert((activity, seed) -> {
          List<Interest> interests = shuffled(activity.interests(), seed);
          List<Payment> payments = shuffled(activity.payments(), seed + 1);
          List<Shipment> shipments = shuffled(activity.shipments(), seed + 2);
          ClientActivity built = ClientActivity.of(Facts.CLIENT, interests, payments, shipments);

          assertThat(built).isEqualTo(activity);
          assertThat(built.interests()).containsExactlyElementsOf(activity.interests());
          assertThat(built.payments()).containsExactlyElementsOf(activity.payments());
          assertThat(built.shipments()).containsExactlyElementsOf(activity.shipments());
          assertThat(built.index()).containsExactly(reference(activity));
          assertThat(built.latestBuying()).isEqualTo(ActivityIndex.latestBuying(built.index()));
          assertThat(built.latestOpening()).isEqualTo(ActivityIndex.latestOpening(built.index()));
          assertThat(built.latestClosing()).isEqualTo(ActivityIndex.latestClosing(built.index()));
        });
  }

  @Test
  void factsOnOneDayAreOrderedById() {
    ClientActivity activity = Facts.client().payment("p-3", D).payment("p-1", D)
        .payment("p-2", D.minusDays(1)).shipment("s-2", D).shipment("s-1", D).activity();

    assertThat(activity.payments()).extracting(Payment::id).containsExactly(
        PaymentId.of("p-2"), PaymentId.of("p-1"), PaymentId.of("p-3"));
    assertThat(activity.shipments()).extracting(Shipment::id).containsExactly(
        ShipmentId.of("s-1"), ShipmentId.of("s-2"));
  }

  @Test
  void differentIdsWithTheSameHashAreNotAnError() {
    assertThat("p-Aa".hashCode()).isEqualTo("p-BB".hashCode());

    ClientActivity activity = Facts.client().payment("p-Aa", D).payment("p-BB", D.minusDays(2))
        .shipment("s-Aa", D).shipment("s-BB", D).activity();

    assertThat(activity.payments()).extracting(Payment::id)
        .containsExactly(PaymentId.of("p-BB"), PaymentId.of("p-Aa"));
    assertThat(activity.index()).containsExactly(reference(activity));
  }

  @Test
  void theFirstProblemInOrderIsNamedWhateverCheckFindsIt() {
    // an interest's problem before a payment's, a payment's before a shipment's, and within a
    // kind the first fact in date order
    Payment foreign = Payment.of(PaymentId.of("p-9"), ClientId.of("c-2"), D, Facts.AMOUNT);
    ClientActivity.Builder both = ClientActivity.builder(Facts.CLIENT)
        .shipment(Shipment.of(ShipmentId.of("s-1"), Facts.CLIENT, D, Facts.AMOUNT))
        .shipment(Shipment.of(ShipmentId.of("s-1"), Facts.CLIENT, D.minusDays(4), Facts.AMOUNT))
        .payment(foreign);
    assertThatThrownBy(both::build)
        .isInstanceOf(InvalidActivityException.class)
        .hasMessage("Client c-1: fact p-9 is a payment of client c-2");
    ClientActivity.Builder later = ClientActivity.builder(Facts.CLIENT)
        .payment(foreign)
        .payment(Payment.of(PaymentId.of("p-1"), Facts.CLIENT, D.minusDays(3), Facts.AMOUNT))
        .payment(Payment.of(PaymentId.of("p-1"), Facts.CLIENT, D.minusDays(1), Facts.AMOUNT));
    assertThatThrownBy(later::build)
        .isInstanceOf(InvalidActivityException.class)
        .hasMessage("Client c-1: fact p-1 is given twice: two payment facts share this id");
  }

  /** The index of sorted facts, built the plain way: every day of each section, then sorted. */
  private static int[] reference(ClientActivity activity) {
    List<Long> buying = new ArrayList<>();
    activity.payments().forEach(p -> buying.add(p.date().toEpochDay()));
    activity.shipments().forEach(s -> buying.add(s.date().toEpochDay()));
    int n = activity.interests().size();
    long[] open = new long[n];
    long[] close = new long[n];
    for (int i = 0; i < n; i++) {
      Interest interest = activity.interests().get(i);
      open[i] = interest.openedOn().toEpochDay();
      close[i] = interest.closedOn().map(LocalDate::toEpochDay).orElse(Window.NEVER);
      if (interest.outcome().orElse(null) == InterestOutcome.WON) {
        buying.add(close[i]);
      }
    }
    Collections.sort(buying);
    long[] none = new long[0];
    return ActivityIndex.of(buying.stream().mapToLong(Long::longValue).toArray(), none, open,
        close, none, none);
  }

  private static <T> List<T> shuffled(List<T> facts, int seed) {
    List<T> copy = new ArrayList<>(facts);
    Collections.shuffle(copy, new Random(seed));
    return copy;
  }
}
