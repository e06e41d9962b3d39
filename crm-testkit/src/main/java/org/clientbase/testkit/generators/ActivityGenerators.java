package org.clientbase.testkit.generators;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.clientbase.core.activity.Interaction;
import org.clientbase.core.activity.Interest;
import org.clientbase.core.activity.InterestOutcome;
import org.clientbase.core.activity.Payment;
import org.clientbase.core.activity.Shipment;
import org.clientbase.core.task.Task;
import org.quicktheories.core.Gen;

/**
 * QuickTheories generators of what happens with clients: days and moments, interactions,
 * interests, payments, shipments and tasks.
 *
 * <p>Like {@link DomainGenerators}, every generator draws only from QuickTheories' randomness
 * source, so a run is determined by its seed; nothing here keeps state between calls.
 *
 * <pre>{@code
 * qt().forAll(ActivityGenerators.interactions()).checkAssert(interaction -> ...);
 * }</pre>
 */
public final class ActivityGenerators {
  private ActivityGenerators() {}

  // ---------------------------------------------------------------- activity

  /**
   * Returns days from 2018 to 2026.
   *
   * @return the generator
   */
  public static Gen<LocalDate> dates() {
    return PartyGens::date;
  }

  /**
   * Returns moments in working hours (Moscow time) of days from 2018 to 2026.
   *
   * @return the generator
   */
  public static Gen<Instant> instants() {
    return in -> PartyGens.instant(in, PartyGens.date(in));
  }

  /**
   * Returns interactions of every type and state with a client, a lead or contact persons,
   * participants with the contact used, and an end not before the start.
   *
   * @return the generator
   */
  public static Gen<Interaction> interactions() {
    return ActivityGens.INTERACTION;
  }

  /**
   * Returns interests with a client or a lead: active, won or lost, dates consistent, a loss
   * reason on most lost ones, amounts in roubles.
   *
   * @return the generator
   */
  public static Gen<Interest> interests() {
    return ActivityGens.interests(Optional.empty());
  }

  /**
   * Returns active interests.
   *
   * @return the generator
   */
  public static Gen<Interest> activeInterests() {
    return ActivityGens.interests(Optional.of(Optional.empty()));
  }

  /**
   * Returns interests closed as won, on their opening day or later.
   *
   * @return the generator
   */
  public static Gen<Interest> wonInterests() {
    return ActivityGens.interests(Optional.of(Optional.of(InterestOutcome.WON)));
  }

  /**
   * Returns interests closed as lost, on their opening day or later.
   *
   * @return the generator
   */
  public static Gen<Interest> lostInterests() {
    return ActivityGens.interests(Optional.of(Optional.of(InterestOutcome.LOST)));
  }

  /**
   * Returns payments in roubles, some with a counterparty and a document reference.
   *
   * @return the generator
   */
  public static Gen<Payment> payments() {
    return ActivityGens.PAYMENT;
  }

  /**
   * Returns shipments in roubles, some with a counterparty and a document reference.
   *
   * @return the generator
   */
  public static Gen<Shipment> shipments() {
    return ActivityGens.SHIPMENT;
  }

  /**
   * Returns tasks in every state and priority, due not before their start, reminders not
   * after the due time.
   *
   * @return the generator
   */
  public static Gen<Task> tasks() {
    return ActivityGens.TASK;
  }
}
