package org.clientbase.rules.status.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import org.clientbase.core.activity.Interest;
import org.clientbase.core.activity.InterestOutcome;
import org.clientbase.core.activity.Payment;
import org.clientbase.core.activity.Shipment;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.EntityId;

/**
 * Builds the {@link ActivityIndex} of a client's interests, payments and shipments in one pass
 * over each kind: the pass reads each fact once to check its owner, check its place in the
 * order, take its epoch day and the hash of its id. The facts of a batch are rarely in the
 * processor's cache, so reading each of them once is most of what building costs.
 *
 * <p>It answers only for the usual case. When a fact is another client's or a lead's, or two
 * ids of a kind have the same hash (two facts given twice, or a rare collision), it gives up
 * and the caller's full check, which names the fact, decides. Ids of different kinds are never
 * equal ({@link EntityId#equals}), so each kind is checked on its own. Not for host facts.
 */
public final class ActivityBuilder {
  /** Orders interests as an activity keeps them: by opening date, then id. */
  public static final Comparator<Interest> INTERESTS =
      Comparator.comparing(Interest::openedOn).thenComparing(Interest::id);
  /** Orders payments as an activity keeps them: by date, then id. */
  public static final Comparator<Payment> PAYMENTS =
      Comparator.comparing(Payment::date).thenComparing(Payment::id);
  /** Orders shipments as an activity keeps them: by date, then id. */
  public static final Comparator<Shipment> SHIPMENTS =
      Comparator.comparing(Shipment::date).thenComparing(Shipment::id);

  // the first epoch day of every month from FIRST_YEAR on: LocalDate.toEpochDay's arithmetic
  // (four divisions and a leap year test) as one look-up, for the dates of real facts
  private static final int FIRST_YEAR = 1900;
  private static final int YEARS = 256;
  private static final int[] MONTH_STARTS = new int[YEARS * 12];
  // a pairwise comparison of hashes beats a table for up to so many ids
  private static final int PAIRWISE = 24;

  static {
    for (int y = 0; y < YEARS; y++) {
      for (int m = 0; m < 12; m++) {
        MONTH_STARTS[y * 12 + m] = (int) LocalDate.of(FIRST_YEAR + y, m + 1, 1).toEpochDay();
      }
    }
  }

  private ActivityBuilder() {}

  /**
   * Returns a date's epoch day, as {@link LocalDate#toEpochDay()} gives it.
   *
   * @param date the date
   * @return its epoch day
   */
  public static long epochDay(LocalDate date) {
    int year = date.getYear() - FIRST_YEAR;
    if (year >= 0 && year < YEARS) {
      return MONTH_STARTS[year * 12 + date.getMonthValue() - 1] + date.getDayOfMonth() - 1;
    }
    return date.toEpochDay();
  }

  /** A date as the index keeps it. */
  private static int day(LocalDate date) {
    int year = date.getYear() - FIRST_YEAR;
    if (year >= 0 && year < YEARS) {
      return MONTH_STARTS[year * 12 + date.getMonthValue() - 1] + date.getDayOfMonth() - 1;
    }
    return ActivityIndex.clamp(date.toEpochDay());
  }

  /**
   * Sorts a client's facts in place when they are out of order (by date, then id; interests by
   * opening date), checks them and returns their index.
   *
   * @param client the client
   * @param interests its interests, none null, an array nobody else holds
   * @param payments its payments, likewise
   * @param shipments its shipments, likewise
   * @return the index, or {@code null} when a fact may be another's or given twice: the caller
   *     must then check the facts itself and build the index another way
   */
  public static int[] build(
      ClientId client, Interest[] interests, Payment[] payments, Shipment[] shipments) {
    int won = 0;
    for (Interest interest : interests) {
      if (interest.outcome().orElse(null) == InterestOutcome.WON) {
        won++;
      }
    }
    int buying = payments.length + shipments.length + won;
    int[] data = ActivityIndex.allocate(buying, interests.length, 0);
    int most = Math.max(interests.length, Math.max(payments.length, shipments.length));
    // the hashes of one kind's ids, then the shipments' days and won interests' closing days
    int[] scratch = new int[most + shipments.length + won];
    int buyingFrom = ActivityIndex.from(data, ActivityIndex.BUYING);
    // payments go to the end of the buying section, to be merged with the others from the front
    if (!payments(client, payments, data, buyingFrom + buying - payments.length, scratch)) {
      return null;
    }
    if (!shipments(client, shipments, scratch, most, scratch)) {
      return null;
    }
    if (!interests(client, interests, data, scratch, most + shipments.length)) {
      return null;
    }
    merge(data, buyingFrom, buying, payments.length, scratch, most, shipments.length, won);
    ActivityIndex.summarise(data);
    return data;
  }

  private static boolean payments(
      ClientId client, Payment[] facts, int[] days, int at, int[] hashes) {
    for (int attempt = 0; attempt < 2; attempt++) {
      int previous = Integer.MIN_VALUE;
      boolean sorted = true;
      // the ids first, in a loop of their own: their objects are read while nothing else waits
      for (int i = 0; i < facts.length; i++) {
        hashes[i] = facts[i].id().value().hashCode();
      }
      for (int i = 0; i < facts.length; i++) {
        Payment fact = facts[i];
        ClientId owner = fact.client();
        if (owner != client && !owner.equals(client)) {
          return false;
        }
        int day = day(fact.date());
        if (day <= previous && (day < previous || PAYMENTS.compare(facts[i - 1], fact) > 0)) {
          sorted = false;
          break;
        }
        previous = day;
        days[at + i] = day;
      }
      if (sorted) {
        return distinct(hashes, facts.length);
      }
      Arrays.sort(facts, PAYMENTS);
    }
    return false;
  }

  private static boolean shipments(
      ClientId client, Shipment[] facts, int[] days, int at, int[] hashes) {
    for (int attempt = 0; attempt < 2; attempt++) {
      int previous = Integer.MIN_VALUE;
      boolean sorted = true;
      // the ids first, in a loop of their own: their objects are read while nothing else waits
      for (int i = 0; i < facts.length; i++) {
        hashes[i] = facts[i].id().value().hashCode();
      }
      for (int i = 0; i < facts.length; i++) {
        Shipment fact = facts[i];
        ClientId owner = fact.client();
        if (owner != client && !owner.equals(client)) {
          return false;
        }
        int day = day(fact.date());
        if (day <= previous && (day < previous || SHIPMENTS.compare(facts[i - 1], fact) > 0)) {
          sorted = false;
          break;
        }
        previous = day;
        days[at + i] = day;
      }
      if (sorted) {
        return distinct(hashes, facts.length);
      }
      Arrays.sort(facts, SHIPMENTS);
    }
    return false;
  }

  /** Interests: opening and closing days into the index, won interests' closings to the scratch. */
  private static boolean interests(
      ClientId client, Interest[] facts, int[] data, int[] scratch, int wonAt) {
    int openAt = ActivityIndex.from(data, ActivityIndex.OPEN);
    int closeAt = ActivityIndex.from(data, ActivityIndex.CLOSE);
    for (int attempt = 0; attempt < 2; attempt++) {
      int previous = Integer.MIN_VALUE;
      boolean sorted = true;
      int won = wonAt;
      for (int i = 0; i < facts.length; i++) {
        scratch[i] = facts[i].id().value().hashCode();
      }
      for (int i = 0; i < facts.length; i++) {
        Interest fact = facts[i];
        ClientId owner = fact.client().orElse(null);
        if (owner != client && (owner == null || !owner.equals(client))) {
          return false;
        }
        int day = day(fact.openedOn());
        if (day <= previous && (day < previous || INTERESTS.compare(facts[i - 1], fact) > 0)) {
          sorted = false;
          break;
        }
        previous = day;
        data[openAt + i] = day;
        LocalDate closed = fact.closedOn().orElse(null);
        int closing = closed == null ? ActivityIndex.OPEN_INTEREST : day(closed);
        data[closeAt + i] = closing;
        if (fact.outcome().orElse(null) == InterestOutcome.WON) {
          scratch[won++] = closing;
        }
      }
      if (sorted) {
        return distinct(scratch, facts.length);
      }
      Arrays.sort(facts, INTERESTS);
    }
    return false;
  }

  /** Tells whether the first {@code n} hashes are all different. */
  private static boolean distinct(int[] hashes, int n) {
    if (n <= PAIRWISE) {
      // a bit per hash in one long: only a hash whose bit is taken is compared with the others
      long seen = 0;
      for (int i = 0; i < n; i++) {
        int hash = hashes[i];
        long bit = 1L << (hash ^ (hash >>> 6) ^ (hash >>> 12)); // the shift takes the low 6 bits
        if ((seen & bit) != 0) {
          for (int j = 0; j < i; j++) {
            if (hashes[j] == hash) {
              return false;
            }
          }
        }
        seen |= bit;
      }
      return true;
    }
    int[] sorted = Arrays.copyOf(hashes, n);
    Arrays.sort(sorted);
    for (int i = 1; i < n; i++) {
      if (sorted[i] == sorted[i - 1]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Merges the buying days: payments' sorted at the end of the section, shipments' sorted and
   * won interests' closings in any order in the scratch.
   */
  private static void merge(int[] data, int from, int length, int payments, int[] scratch,
      int others, int shipments, int won) {
    int othersEnd = others + shipments + won;
    // won interests are few: each put in its place among the shipments by insertion
    for (int i = others + shipments; i < othersEnd; i++) {
      int day = scratch[i];
      int k = i;
      while (k > others && scratch[k - 1] > day) {
        scratch[k] = scratch[k - 1];
        k--;
      }
      scratch[k] = day;
    }
    // the output never overtakes the payments still to read: it trails them by the others left
    int out = from;
    int p = from + length - payments;
    int end = from + length;
    int o = others;
    // without a branch on the comparison, which the processor cannot guess: a payment past the
    // last reads as a day after every other one (clamped days stay below Integer.MAX_VALUE, and
    // a won interest always has its closing day, never OPEN_INTEREST)
    while (o < othersEnd) {
      int other = scratch[o];
      int payment = p < end ? data[p] : Integer.MAX_VALUE;
      int takePayment = payment <= other ? 1 : 0;
      data[out++] = takePayment != 0 ? payment : other;
      p += takePayment;
      o += 1 - takePayment;
    }
    // what is left of the payments is already in place
  }
}
