package org.clientbase.rules.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.clientbase.core.Checks;
import org.clientbase.core.activity.Interest;
import org.clientbase.core.activity.Payment;
import org.clientbase.core.activity.Shipment;
import org.clientbase.core.id.ClientId;
import org.clientbase.rules.status.internal.Window;

/**
 * A client's facts as seen on an evaluation date {@code D} through a look-back window of
 * {@code P} days: the days {@code d} with {@code D - P < d <= D}.
 *
 * <ul>
 *   <li>a payment, shipment or host fact is in the window when its date is;
 *   <li>an interest was <em>active in the window</em> when it was open on at least one day of
 *       the window (an interest is open from its opening date up to and including its closing
 *       date);
 *   <li>an interest was <em>won in the window</em> when it was closed as won on a date of the
 *       window.
 * </ul>
 *
 * <p>The window shows the facts as they were known on {@code D}: a fact dated after {@code D}
 * is not in it, and an interest closed after {@code D} appears still open, without its outcome.
 *
 * <pre>{@code
 * FactWindow window = FactWindow.of(activity, LocalDate.of(2026, 3, 20), 30);
 * window.payments();          // payments dated 2026-02-19 .. 2026-03-20
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class FactWindow {
  private final ClientActivity activity;
  private final LocalDate date;
  private final int periodDays;
  private final long day;

  private FactWindow(ClientActivity activity, LocalDate date, int periodDays) {
    this.activity = activity;
    this.date = date;
    this.periodDays = periodDays;
    this.day = date.toEpochDay();
  }

  /**
   * Returns the window of a client's facts on a date.
   *
   * @param activity the client's facts
   * @param date the evaluation date D, the last day of the window
   * @param periodDays the period P, at least 1
   * @return the window
   * @throws org.clientbase.core.InvalidValueException if the period is not positive
   */
  public static FactWindow of(ClientActivity activity, LocalDate date, int periodDays) {
    Checks.check(periodDays > 0, "FactWindow.periodDays", periodDays, "must be at least 1");
    return new FactWindow(
        java.util.Objects.requireNonNull(activity, "activity"),
        java.util.Objects.requireNonNull(date, "date"),
        periodDays);
  }

  /**
   * Returns the client.
   *
   * @return the client
   */
  public ClientId client() {
    return activity.client();
  }

  /**
   * Returns the evaluation date, the last day of the window.
   *
   * @return D
   */
  public LocalDate date() {
    return date;
  }

  /**
   * Returns the first day of the window.
   *
   * @return D - P + 1
   */
  public LocalDate firstDay() {
    return LocalDate.ofEpochDay(Window.firstDay(day, periodDays));
  }

  /**
   * Returns the period.
   *
   * @return P, in days
   */
  public int periodDays() {
    return periodDays;
  }

  /**
   * Tells whether a day is in the window.
   *
   * @param someDay the day
   * @return {@code true} when D - P &lt; day &lt;= D
   */
  public boolean contains(LocalDate someDay) {
    return Window.contains(someDay.toEpochDay(), day, periodDays);
  }

  /**
   * Returns the interests open on at least one day of the window, as known on D (one closed
   * after D is shown open).
   *
   * @return the active interests, by opening date
   */
  public List<Interest> activeInterests() {
    List<Interest> result = new ArrayList<>();
    for (Interest interest : activity.interests()) {
      long close = interest.closedOn().map(LocalDate::toEpochDay).orElse(Window.NEVER);
      if (Window.openDuring(interest.openedOn().toEpochDay(), close, day, periodDays)) {
        result.add(close > day ? asOfWindow(interest) : interest);
      }
    }
    return result;
  }

  private static Interest asOfWindow(Interest interest) {
    if (interest.closedOn().isEmpty()) {
      return interest;
    }
    return Interest.builder()
        .from(interest)
        .closedOn(Optional.empty())
        .outcome(Optional.empty())
        .lossReason(Optional.empty())
        .build();
  }

  /**
   * Returns the interests closed as won on a day of the window.
   *
   * @return the won interests, by opening date
   */
  public List<Interest> wonInterests() {
    List<Interest> result = new ArrayList<>();
    for (Interest interest : activity.interests()) {
      Optional<LocalDate> closed = interest.closedOn();
      if (closed.isPresent() && contains(closed.get()) && interest.isWonOn(closed.get())) {
        result.add(interest);
      }
    }
    return result;
  }

  /**
   * Returns the payments dated in the window.
   *
   * @return the payments, by date
   */
  public List<Payment> payments() {
    List<Payment> result = new ArrayList<>();
    for (Payment payment : activity.payments()) {
      if (contains(payment.date())) {
        result.add(payment);
      }
    }
    return result;
  }

  /**
   * Returns the shipments dated in the window.
   *
   * @return the shipments, by date
   */
  public List<Shipment> shipments() {
    List<Shipment> result = new ArrayList<>();
    for (Shipment shipment : activity.shipments()) {
      if (contains(shipment.date())) {
        result.add(shipment);
      }
    }
    return result;
  }

  /**
   * Returns the host facts dated in the window.
   *
   * @return the host facts, by date
   */
  public List<HostFact> hostFacts() {
    return hostFacts(HostFact.class);
  }

  /**
   * Returns the host facts of one type dated in the window.
   *
   * @param <T> the type
   * @param type the class of the facts wanted
   * @return the host facts of that type, by date
   */
  public <T extends HostFact> List<T> hostFacts(Class<T> type) {
    List<T> result = new ArrayList<>();
    for (HostFact fact : activity.hostFacts()) {
      if (type.isInstance(fact) && contains(fact.date())) {
        result.add(type.cast(fact));
      }
    }
    return result;
  }

  @Override
  public String toString() {
    return "FactWindow{" + client() + ", " + firstDay() + ".." + date + "}";
  }
}
