package org.clientbase.testkit.generators;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.status.CalculationMode;
import org.clientbase.core.status.Colour;
import org.clientbase.core.status.StatusAssignment;
import org.clientbase.core.status.TemplateKey;
import org.clientbase.core.status.WorkStatus;
import org.clientbase.testkit.generators.ClientHistory.Profile;
import org.quicktheories.core.Gen;

/**
 * QuickTheories generators for the work status engine: colours, template keys, calculation
 * modes, work statuses and schemes, status assignments and histories, and histories of clients
 * over a period for the status rules to look back on.
 *
 * <p>Like {@link DomainGenerators}, every generator draws only from QuickTheories' randomness
 * source, so a run is determined by its seed; nothing here keeps state between calls.
 *
 * <pre>{@code
 * qt().forAll(StatusGenerators.clientHistories(LocalDate.of(2025, 1, 1), 730))
 *     .checkAssert(history -> ...);
 * }</pre>
 */
public final class StatusGenerators {
  private StatusGenerators() {}

  // ---------------------------------------------------------------- statuses

  /**
   * Returns colours.
   *
   * @return the generator
   */
  public static Gen<Colour> colours() {
    return StatusGens.COLOUR;
  }

  /**
   * Returns template keys: mostly the five predefined ones, some of a host.
   *
   * @return the generator
   */
  public static Gen<TemplateKey> templateKeys() {
    return StatusGens.TEMPLATE;
  }

  /**
   * Returns calculation modes: for a new client, manual, and automatic with periods from 1 to
   * 365 days.
   *
   * @return the generator
   */
  public static Gen<CalculationMode> calculationModes() {
    return StatusGens.MODE;
  }

  /**
   * Returns work status definitions.
   *
   * @return the generator
   */
  public static Gen<WorkStatus> workStatuses() {
    return StatusGens.WORK_STATUS;
  }

  /**
   * Returns the default scheme: {@code new} (for a new client),
   * {@code in-progress}, {@code active}, {@code lost} and {@code returned} (automatic, bound to
   * the predefined templates), with the given look-back periods.
   *
   * @param inProgressDays the period of {@code in-progress}, at least 1
   * @param activeDays the period of {@code active}, at least 1
   * @param lostDays the period of {@code lost}, at least 1
   * @param returnedDays the period of {@code returned}, at least 1
   * @return the five statuses in order
   */
  public static List<WorkStatus> seedScheme(
      int inProgressDays, int activeDays, int lostDays, int returnedDays) {
    return StatusGens.seedScheme(inProgressDays, activeDays, lostDays, returnedDays);
  }

  /**
   * Returns status schemes: the default scheme with varied periods, sometimes with manual
   * statuses ({@code На паузе}, {@code Чёрный список}) added.
   *
   * @return the generator
   */
  public static Gen<List<WorkStatus>> workStatusSchemes() {
    return StatusGens.SCHEME;
  }

  /**
   * Returns single status assignments between statuses of the default scheme, by rule or by a
   * person.
   *
   * @return the generator
   */
  public static Gen<StatusAssignment> statusAssignments() {
    return StatusGens.ASSIGNMENT;
  }

  /**
   * Returns status histories of a client: assignments on increasing days of a period, each
   * from the status before it (the first from none).
   *
   * @param client the client
   * @param from the first day of the period
   * @param days the length of the period in days, at least 1
   * @return the generator
   */
  public static Gen<List<StatusAssignment>> statusHistories(ClientId client, LocalDate from, int days) {
    if (days < 1) {
      throw new IllegalArgumentException("days must be at least 1, not " + days);
    }
    return StatusGens.history(client, from, days);
  }

  // ---------------------------------------------------------------- client histories

  /**
   * Returns histories of clients over one to two years starting in 2023 to 2025.
   *
   * @return the generator
   */
  public static Gen<ClientHistory> clientHistories() {
    return in -> {
      LocalDate from = LocalDate.of(2023, 1, 1).plusDays(Rnd.between(in, 0, 3 * 365));
      int days = Rnd.between(in, 365, 730);
      return HistoryGens.history(in, ClientId.of(CardGens.idText(in, "c")), from, days,
          HistoryGens.profile(in));
    };
  }

  /**
   * Returns histories of clients over a period, of every {@link Profile}.
   *
   * @param from the first day of the period
   * @param days the length of the period in days, at least 1 (a year or two gives the status
   *     rules something to look back on)
   * @return the generator
   */
  public static Gen<ClientHistory> clientHistories(LocalDate from, int days) {
    checkPeriod(days);
    return HistoryGens.histories(from, days, Optional.empty());
  }

  /**
   * Returns histories of clients over a period, of one profile.
   *
   * @param from the first day of the period
   * @param days the length of the period in days, at least 1
   * @param profile the shape of the histories
   * @return the generator
   */
  public static Gen<ClientHistory> clientHistories(LocalDate from, int days, Profile profile) {
    checkPeriod(days);
    return HistoryGens.histories(from, days, Optional.of(profile));
  }

  /**
   * Returns batches of histories of distinct clients over the same period (client ids
   * {@code c-00001}, {@code c-00002}, ... in order), for batch recalculation tests.
   *
   * @param from the first day of the period
   * @param days the length of the period in days, at least 1
   * @param minClients the least number of clients in a batch, at least 0
   * @param maxClients the greatest number of clients in a batch, at most 99 999
   * @return the generator
   */
  public static Gen<List<ClientHistory>> clientHistoryBatches(
      LocalDate from, int days, int minClients, int maxClients) {
    checkPeriod(days);
    if (minClients < 0 || maxClients < minClients || maxClients > 99_999) {
      throw new IllegalArgumentException("bad batch size " + minClients + ".." + maxClients);
    }
    return HistoryGens.batches(from, days, minClients, maxClients);
  }

  private static void checkPeriod(int days) {
    if (days < 1) {
      throw new IllegalArgumentException("days must be at least 1, not " + days);
    }
  }
}
