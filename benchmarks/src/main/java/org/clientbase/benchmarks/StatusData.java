package org.clientbase.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.clientbase.core.activity.Interest;
import org.clientbase.core.activity.Payment;
import org.clientbase.core.activity.Shipment;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.InterestId;
import org.clientbase.core.id.PaymentId;
import org.clientbase.core.id.ShipmentId;
import org.clientbase.core.id.StatusId;
import org.clientbase.core.money.Money;
import org.clientbase.rules.status.ClientActivity;
import org.clientbase.rules.status.CurrentStatus;
import org.clientbase.rules.status.StatusScheme;

/**
 * Synthetic clients for the status benchmarks: each client's facts are a pure function of its
 * number, so a benchmark, the memory check's generating stores and the tests see the same data
 * without keeping it.
 *
 * <p>A client has about 20 facts over the 420 days up to the evaluation date: 2 to 5 interests
 * (won, lost or still open), 5 to 10 payments and 5 to 10 shipments, in bursts of buying with
 * quiet stretches between, so every template has something to decide.
 */
public final class StatusData {
  /** The evaluation date of the benchmarks. */
  public static final LocalDate TODAY = LocalDate.of(2026, 3, 20);
  /** How far back the facts go. */
  public static final int SPAN_DAYS = 420;

  private static final Money AMOUNT = Money.of("15000.00", "RUB");
  private static final StatusId[] STATUSES = {
    StatusScheme.NEW, StatusScheme.IN_PROGRESS, StatusScheme.ACTIVE, StatusScheme.LOST,
    StatusScheme.RETURNED, StatusScheme.FOREIGN, StatusScheme.NON_TARGET, StatusScheme.LIQUIDATED
  };

  private StatusData() {}

  /** One client's generated card date and facts. */
  public record Facts(
      ClientId client,
      LocalDate createdOn,
      List<Interest> interests,
      List<Payment> payments,
      List<Shipment> shipments) {
    /**
     * Returns the facts as the status engine reads them.
     *
     * @return the activity
     */
    public ClientActivity activity() {
      return ClientActivity.of(client, interests, payments, shipments);
    }
  }

  /**
   * Returns the id of client number {@code index}, zero-padded so that id text order is number
   * order.
   *
   * @param index the number, from 0
   * @return the id
   */
  public static ClientId id(int index) {
    String digits = Integer.toString(index);
    return ClientId.of("c-" + "00000000".substring(Math.min(8, digits.length())) + digits);
  }

  /**
   * Returns the number of a client id made by {@link #id(int)}.
   *
   * @param client the id
   * @return the number
   */
  public static int index(ClientId client) {
    return Integer.parseInt(client.value().substring(2));
  }

  /**
   * Generates the facts of client number {@code index}.
   *
   * @param index the number, from 0
   * @return the facts
   */
  public static Facts facts(int index) {
    ClientId client = id(index);
    SplittableRandom random = new SplittableRandom(0x5EED_0000L + index);
    LocalDate createdOn = createdOn(random);
    List<Interest> interests = new ArrayList<>();
    List<Payment> payments = new ArrayList<>();
    List<Shipment> shipments = new ArrayList<>();
    int interestCount = 2 + random.nextInt(4);
    for (int i = 0; i < interestCount; i++) {
      LocalDate opened = createdOn.plusDays(random.nextInt(SPAN_DAYS - 30));
      Interest interest = Interest.builder()
          .id(InterestId.of(client.value() + "-i" + i))
          .client(client)
          .openedOn(opened)
          .build();
      int fate = random.nextInt(10);
      LocalDate closed = opened.plusDays(1 + random.nextInt(60));
      if (fate < 4 && !closed.isAfter(TODAY.plusDays(10))) {
        interest = interest.wonOn(closed);
      } else if (fate < 7) {
        interest = interest.lostOn(closed, "Выбрал конкурента");
      }
      interests.add(interest);
    }
    // buying comes in bursts around a few centres, so there are quiet stretches between them
    int bursts = 1 + random.nextInt(3);
    int paymentCount = 5 + random.nextInt(6);
    int shipmentCount = 5 + random.nextInt(6);
    LocalDate[] centres = new LocalDate[bursts];
    for (int b = 0; b < bursts; b++) {
      centres[b] = createdOn.plusDays(random.nextInt(SPAN_DAYS));
    }
    for (int p = 0; p < paymentCount; p++) {
      LocalDate day = around(random, centres[random.nextInt(bursts)]);
      payments.add(Payment.of(PaymentId.of(client.value() + "-p" + p), client, day, AMOUNT));
    }
    for (int s = 0; s < shipmentCount; s++) {
      LocalDate day = around(random, centres[random.nextInt(bursts)]);
      shipments.add(Shipment.of(ShipmentId.of(client.value() + "-s" + s), client, day, AMOUNT));
    }
    // in the order a store gives them (SPI): by date, then id
    interests.sort(java.util.Comparator.comparing(Interest::openedOn).thenComparing(Interest::id));
    payments.sort(java.util.Comparator.comparing(Payment::date).thenComparing(Payment::id));
    shipments.sort(java.util.Comparator.comparing(Shipment::date).thenComparing(Shipment::id));
    return new Facts(client, createdOn, interests, payments, shipments);
  }

  /**
   * Returns the creation date of client number {@code index}'s card, without its facts.
   *
   * @param index the number, from 0
   * @return the date {@link #facts(int)} gives
   */
  public static LocalDate createdOn(int index) {
    return createdOn(new SplittableRandom(0x5EED_0000L + index));
  }

  private static LocalDate createdOn(SplittableRandom random) {
    return TODAY.minusDays(SPAN_DAYS).plusDays(random.nextInt(30));
  }

  private static LocalDate around(SplittableRandom random, LocalDate centre) {
    LocalDate day = centre.plusDays(random.nextInt(81) - 40);
    return day.isAfter(TODAY) ? TODAY.minusDays(random.nextInt(5)) : day;
  }

  /**
   * Returns a plausible status for client number {@code index} to evaluate from, set some days
   * before {@link #TODAY}: none 5 %, New 10 %, In progress 15 %, Active 30 %, Lost 20 %,
   * Returned 10 %, manual 10 %.
   *
   * @param index the number
   * @return the status, empty for a client without one
   */
  public static Optional<CurrentStatus> status(int index) {
    SplittableRandom random = new SplittableRandom(0xC0FFEEL + index);
    int roll = random.nextInt(100);
    LocalDate since = TODAY.minusDays(1 + random.nextInt(60));
    int status;
    if (roll < 5) {
      return Optional.empty();
    } else if (roll < 15) {
      status = 0;
    } else if (roll < 30) {
      status = 1;
    } else if (roll < 60) {
      status = 2;
    } else if (roll < 80) {
      status = 3;
    } else if (roll < 90) {
      status = 4;
    } else {
      status = 5 + random.nextInt(3);
    }
    return Optional.of(CurrentStatus.of(STATUSES[status], since));
  }

  /**
   * Returns the default scheme's statuses in order, indexed as the arrays variant indexes them.
   *
   * @return New, In progress, Active, Lost, Returned, Foreign, Non-target, Liquidated
   */
  static StatusId[] statuses() {
    return STATUSES.clone();
  }
}
