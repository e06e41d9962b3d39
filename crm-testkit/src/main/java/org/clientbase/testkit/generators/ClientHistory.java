package org.clientbase.testkit.generators;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.clientbase.core.activity.Interaction;
import org.clientbase.core.activity.Interest;
import org.clientbase.core.activity.Payment;
import org.clientbase.core.activity.Shipment;
import org.clientbase.core.client.Client;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.task.Task;

/**
 * A client's life over a period: its card, contact persons and counterparties, and the dated
 * facts of the relationship (interests, payments, shipments, interactions, tasks), all on days
 * from {@link #from()} to {@link #until()}, both included.
 *
 * <p>Every fact belongs to the client; fact ids are unique and derived from the client id, so
 * histories of different clients never share an id. Interests are consistent: an active one has
 * no closing date, a closed one has its outcome, a closing date not before its opening date and,
 * when lost, usually a loss reason. Facts are listed by date, then id.
 *
 * @param portrait the client card with its contact persons and counterparties; the card is
 *     created on {@link #from()}
 * @param from the first day of the period
 * @param until the last day of the period, not before {@code from}
 * @param profile the shape of the history the generator aimed at
 * @param interests the client's interests, by opening date
 * @param payments the client's payments, by date
 * @param shipments the client's shipments, by date
 * @param interactions the interactions with the client, by start
 * @param tasks the tasks about the client, by start
 */
public record ClientHistory(
    ClientPortrait portrait,
    LocalDate from,
    LocalDate until,
    Profile profile,
    List<Interest> interests,
    List<Payment> payments,
    List<Shipment> shipments,
    List<Interaction> interactions,
    List<Task> tasks) {

  /** The shape of a client's history, as the status rules of the default scheme see it. */
  public enum Profile {
    /** A new card without any interest, payment, shipment or interaction. */
    NEW,
    /** Interests only, lost or still active; nothing won, paid or shipped. */
    WORKED_ON,
    /** Buying throughout the period: won interests, repeat orders, payments and shipments. */
    BUYING,
    /** Buying in the first part of the period, then nothing won, paid or shipped. */
    LAPSED,
    /** Buying, a long silence, then a new interest (and sometimes buying again). */
    RETURNED,
    /** Random episodes of any kind with random gaps, including same-day facts and the edges. */
    MIXED
  }

  /**
   * Checks and copies the parts.
   *
   * @param portrait the client with its contact persons and counterparties
   * @param from the first day of the period
   * @param until the last day of the period
   * @param profile the shape of the history
   * @param interests the interests
   * @param payments the payments
   * @param shipments the shipments
   * @param interactions the interactions
   * @param tasks the tasks
   */
  public ClientHistory {
    Objects.requireNonNull(portrait, "portrait");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(until, "until");
    Objects.requireNonNull(profile, "profile");
    if (until.isBefore(from)) {
      throw new IllegalArgumentException("until " + until + " is before from " + from);
    }
    interests = List.copyOf(interests);
    payments = List.copyOf(payments);
    shipments = List.copyOf(shipments);
    interactions = List.copyOf(interactions);
    tasks = List.copyOf(tasks);
  }

  /**
   * Returns the client card.
   *
   * @return the client
   */
  public Client client() {
    return portrait.client();
  }

  /**
   * Returns the client's id.
   *
   * @return the client id
   */
  public ClientId clientId() {
    return portrait.client().id();
  }
}
