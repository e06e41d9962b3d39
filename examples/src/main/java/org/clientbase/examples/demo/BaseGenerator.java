package org.clientbase.examples.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.clientbase.core.activity.Interest;
import org.clientbase.core.client.Client;
import org.clientbase.core.client.ClientKind;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.StatusId;
import org.clientbase.core.id.UserId;
import org.clientbase.core.lead.Lead;
import org.clientbase.core.person.PersonName;
import org.clientbase.rules.status.StatusScheme;
import org.clientbase.testkit.generators.CardGenerators;
import org.clientbase.testkit.generators.ClientHistory;
import org.clientbase.testkit.generators.SeededSource;
import org.clientbase.testkit.generators.SpellingGens;
import org.clientbase.testkit.generators.StatusGenerators;

/**
 * Makes a realistic client base from the test kit's generators, determined by a seed: client
 * number {@code n} of seed {@code s} is the same on every machine and in every run, whatever
 * order or thread it is made in.
 *
 * <p>The base covers a period ending on a given day. A part of the clients is already there at
 * its start; the others arrive over the period, so the base grows. Each client comes with its
 * contact persons and counterparties and a history shaped by one of the test kit's profiles
 * (new, worked on, buying, lapsed, returned, mixed): interests, payments, shipments,
 * interactions and tasks. Some clients are entered a second time later, under another spelling
 * of their name with the same phone or email: near-duplicates.
 */
public final class BaseGenerator {
  private static final long CLIENTS = 0x51A7E5L;
  private static final long DUPLICATES = 0xD0B1EL;
  private static final long LEADS = 0x1EADL;
  private static final long MANUAL = 0x3A7A1L;
  private static final int AFTER_END = 90;
  private static final ZoneId ZONE = ZoneId.of("Europe/Moscow");

  private final long seed;
  private final LocalDate start;
  private final LocalDate end;
  private final double duplicatePercent;

  /**
   * Creates a generator.
   *
   * @param seed the seed
   * @param start the first day of the period
   * @param end the last day of the period: the clients' histories end there
   * @param duplicatePercent the share of clients, in percent, entered a second time
   */
  public BaseGenerator(long seed, LocalDate start, LocalDate end, double duplicatePercent) {
    this.seed = seed;
    this.start = Objects.requireNonNull(start, "start");
    this.end = Objects.requireNonNull(end, "end");
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("the period ends on " + end + ", before its start " + start);
    }
    this.duplicatePercent = duplicatePercent;
  }

  /**
   * Returns the first day of the period.
   *
   * @return the start
   */
  public LocalDate start() {
    return start;
  }

  /**
   * Returns the last day of the period.
   *
   * @return the end
   */
  public LocalDate end() {
    return end;
  }

  private SeededSource randomness(long stream, long index) {
    // SplitMix64 streams: a different, well-mixed starting state for each (seed, stream, index)
    long state = SeededSource.of(seed ^ stream * 0x9E3779B97F4A7C15L).nextLong();
    for (int i = 0; i < 2; i++) {
      state ^= SeededSource.of(state + index).nextLong();
    }
    return SeededSource.of(state);
  }

  /**
   * Returns client number {@code index}: its card, contact persons, counterparties and history.
   * Two numbers may give the same client id (the generators write ids the way hosts do: numbers,
   * prefixed numbers, UUIDs); a caller that needs distinct clients skips the repeats.
   *
   * @param index the number, from 0
   * @return the client's history
   */
  public ClientHistory client(int index) {
    SeededSource random = randomness(CLIENTS, index);
    long days = end.toEpochDay() - start.toEpochDay() + 1;
    // two clients in five were entered in the first two weeks; the others arrive over the period
    long offset = random.chance(40) ? random.below((int) Math.min(days, 14)) : random.below((int) days);
    LocalDate created = start.plusDays(offset);
    // the lives go on after the end; the base is what is known on the last day
    int length = (int) (end.toEpochDay() - created.toEpochDay() + 1) + AFTER_END;
    return knownOn(random.draw(StatusGenerators.clientHistories(created, length)), end);
  }

  /**
   * Returns a history as it is known at the end of a day: facts after it left out, interests
   * closed after it still active.
   *
   * @param history the history
   * @param day the day
   * @return the history up to that day
   */
  static ClientHistory knownOn(ClientHistory history, LocalDate day) {
    Instant endOfDay = day.plusDays(1).atStartOfDay(ZONE).toInstant();
    List<Interest> interests = new ArrayList<>();
    for (Interest interest : history.interests()) {
      if (interest.openedOn().isAfter(day)) {
        continue;
      }
      if (interest.closedOn().map(closed -> closed.isAfter(day)).orElse(false)) {
        interest = Interest.builder().from(interest)
            .closedOn(Optional.empty()).outcome(Optional.empty()).lossReason(Optional.empty())
            .build();
      }
      interests.add(interest);
    }
    return new ClientHistory(history.portrait(), history.from(), day, history.profile(), interests,
        history.payments().stream().filter(p -> !p.date().isAfter(day)).toList(),
        history.shipments().stream().filter(s -> !s.date().isAfter(day)).toList(),
        history.interactions().stream().filter(i -> i.start().isBefore(endOfDay)).toList(),
        history.tasks().stream().filter(t -> t.start().isBefore(endOfDay)).toList());
  }

  /**
   * Returns, for some clients, a second card of the same client entered later by someone who
   * did not find the first: another spelling of the name, the same phones and emails, no
   * history of its own.
   *
   * @param original the client as first entered
   * @param index the client's number
   * @param id the id to give the second card
   * @return the second card, for about the configured share of clients
   */
  public Optional<Client> duplicateOf(Client original, int index, ClientId id) {
    SeededSource random = randomness(DUPLICATES, index);
    if (!random.chance(duplicatePercent) || !original.createdOn().isBefore(end)) {
      return Optional.empty();
    }
    String name = original.name();
    if (original.kind() == ClientKind.INDIVIDUAL) {
      try {
        name = random.draw(SpellingGens.spellingsOf(PersonName.parse(name))).format();
      } catch (RuntimeException notAFullName) {
        name = random.draw(SpellingGens.companySpellingsOf(name));
      }
    } else {
      name = random.draw(SpellingGens.companySpellingsOf(name));
    }
    name = name.strip().replaceAll("\\s+", " ");
    long later = 1 + random.below((int) (end.toEpochDay() - original.createdOn().toEpochDay()));
    return Optional.of(Client.builder()
        .id(id)
        .kind(original.kind())
        .name(name)
        .createdOn(original.createdOn().plusDays(later))
        .addAllPhones(original.phones())
        .addAllEmails(original.emails())
        .addAllAddresses(original.addresses())
        .build());
  }

  /**
   * A status a manager sets by hand on a day: a client found to be liquidated, served by
   * another branch, or not a target client.
   *
   * @param client the client
   * @param status the manual status
   * @param on the day it is set
   * @param by the manager
   * @param comment the manager's comment
   */
  public record ManualStatus(ClientId client, StatusId status, LocalDate on, UserId by, String comment) {}

  /**
   * Returns, for about one client in seventy, a manual status a manager sets some time after the
   * client was created.
   *
   * @param client the client
   * @param index the client's number
   * @return the manual status, if this client gets one
   */
  public Optional<ManualStatus> manualStatus(Client client, int index) {
    SeededSource random = randomness(MANUAL, index);
    long span = end.toEpochDay() - client.createdOn().toEpochDay() - 30;
    if (!random.chance(1.5) || span < 1) {
      return Optional.empty();
    }
    LocalDate on = client.createdOn().plusDays(30 + random.below((int) span));
    UserId by = client.responsible().orElse(UserId.of("manager-1"));
    return Optional.of(switch (random.below(3)) {
      case 0 -> new ManualStatus(client.id(), StatusScheme.LIQUIDATED, on, by, "ликвидирован по данным ЕГРЮЛ");
      case 1 -> new ManualStatus(client.id(), StatusScheme.FOREIGN, on, by, "работает с другим филиалом");
      default -> new ManualStatus(client.id(), StatusScheme.NON_TARGET, on, by, "не наш профиль");
    });
  }

  /**
   * Returns lead number {@code index}, not converted yet. Two numbers may give the same lead id.
   *
   * @param index the number, from 0
   * @return the lead
   */
  public Lead lead(int index) {
    return randomness(LEADS, index).draw(CardGenerators.unconvertedLeads());
  }
}
