package org.clientbase.testkit.generators;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.clientbase.core.activity.Interaction;
import org.clientbase.core.activity.InteractionState;
import org.clientbase.core.activity.Interest;
import org.clientbase.core.activity.InterestOutcome;
import org.clientbase.core.activity.Payment;
import org.clientbase.core.activity.Shipment;
import org.clientbase.core.client.ContactPerson;
import org.clientbase.core.client.Counterparty;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.ContactPersonId;
import org.clientbase.core.id.CounterpartyId;
import org.clientbase.core.id.InteractionId;
import org.clientbase.core.id.InterestId;
import org.clientbase.core.id.PaymentId;
import org.clientbase.core.id.ShipmentId;
import org.clientbase.core.id.TaskId;
import org.clientbase.core.id.UserId;
import org.clientbase.core.task.Task;
import org.clientbase.core.task.TaskState;
import org.clientbase.testkit.generators.ClientHistory.Profile;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/** A client's activity over a period, shaped by a {@link Profile}. */
final class HistoryGens {
  private HistoryGens() {}

  /** Collects the facts of one history, numbering ids after the client's id. */
  private static final class Story {
    final RandomnessSource in;
    final ClientId client;
    final String key;
    final LocalDate from;
    final LocalDate until;
    final List<CounterpartyId> counterparties;
    final List<ContactPersonId> people;
    final Optional<UserId> manager;
    final List<Interest> interests = new ArrayList<>();
    final List<Payment> payments = new ArrayList<>();
    final List<Shipment> shipments = new ArrayList<>();
    final List<Interaction> interactions = new ArrayList<>();
    final List<Task> tasks = new ArrayList<>();

    Story(RandomnessSource in, ClientPortrait portrait, LocalDate from, LocalDate until) {
      this.in = in;
      this.client = portrait.client().id();
      this.key = client.value();
      this.from = from;
      this.until = until;
      this.counterparties = portrait.counterparties().stream().map(Counterparty::id).toList();
      this.people = portrait.contactPersons().stream().map(ContactPerson::id).toList();
      this.manager = portrait.client().responsible();
    }

    boolean inPeriod(LocalDate day) {
      return !day.isBefore(from) && !day.isAfter(until);
    }

    LocalDate clamp(LocalDate day) {
      return day.isBefore(from) ? from : day.isAfter(until) ? until : day;
    }

    void interaction(LocalDate day, Optional<InterestId> interest) {
      if (!inPeriod(day)) {
        return;
      }
      List<ContactPersonId> who = people.isEmpty() || Rnd.chance(in, 30)
          ? List.of() : List.of(Rnd.pick(in, people));
      InteractionState state = until.toEpochDay() - day.toEpochDay() < 7 && Rnd.chance(in, 50)
          ? InteractionState.PLANNED
          : Rnd.chance(in, 90) ? InteractionState.COMPLETED : InteractionState.CANCELLED;
      interactions.add(ActivityGens.interaction(in,
          InteractionId.of("e-" + key + "-" + (interactions.size() + 1)),
          new ActivityGens.Parties(Optional.of(client), Optional.empty(), who),
          interest, day, state, manager));
    }

    void task(LocalDate day) {
      if (!inPeriod(day)) {
        return;
      }
      TaskState state = until.toEpochDay() - day.toEpochDay() < 14
          ? TaskState.OPEN : Rnd.chance(in, 85) ? TaskState.DONE : TaskState.CANCELLED;
      tasks.add(ActivityGens.task(in, TaskId.of("t-" + key + "-" + (tasks.size() + 1)),
          new ActivityGens.Parties(Optional.of(client), Optional.empty(),
              people.isEmpty() ? List.of() : List.of(Rnd.pick(in, people))),
          day, state));
    }

    /**
     * Opens an interest on a day; it closes after some days as wanted, or stays active if
     * that day falls after the period. Returns the closing day of a won interest.
     */
    Optional<LocalDate> deal(LocalDate opened, Optional<InterestOutcome> wanted) {
      return deal(opened, wanted, LocalDate.MAX);
    }

    /** As {@link #deal(LocalDate, Optional)}, closing a won or lost interest by a day. */
    Optional<LocalDate> deal(
        LocalDate opened, Optional<InterestOutcome> wanted, LocalDate latestClose) {
      if (!inPeriod(opened)) {
        return Optional.empty();
      }
      LocalDate closed = opened.plusDays(Rnd.chance(in, 8) ? 0 : Rnd.between(in, 1, 75));
      if (closed.isAfter(latestClose) && wanted.isPresent()) {
        closed = latestClose.isBefore(opened) ? opened : latestClose;
      }
      Optional<InterestOutcome> outcome = closed.isAfter(until) ? Optional.empty() : wanted;
      InterestId id = InterestId.of("i-" + key + "-" + (interests.size() + 1));
      interests.add(ActivityGens.interest(in, id, Optional.of(client), Optional.empty(),
          opened, outcome, closed));
      int calls = Rnd.between(in, 0, 3);
      LocalDate last = outcome.isPresent() ? closed : until;
      for (int i = 0; i < calls; i++) {
        long span = Math.max(0, last.toEpochDay() - opened.toEpochDay());
        interaction(opened.plusDays(Rnd.longBetween(in, 0, span)), Optional.of(id));
      }
      LocalDate closing = closed;
      return outcome.filter(o -> o == InterestOutcome.WON).map(o -> closing);
    }

    /** A purchase around a day: a shipment and payments before or after it. */
    void purchase(LocalDate day) {
      purchase(day, until);
    }

    /** A purchase around a day, with no payment after {@code limit}. */
    void purchase(LocalDate day, LocalDate limit) {
      boolean ship = Rnd.chance(in, 85);
      boolean pay = !ship || Rnd.chance(in, 85);
      if (ship && inPeriod(day)) {
        shipments.add(ActivityGens.shipment(in,
            ShipmentId.of("s-" + key + "-" + (shipments.size() + 1)), client, day, counterparties));
      }
      if (pay) {
        int parts = Rnd.chance(in, 20) ? 2 : 1;
        for (int i = 0; i < parts; i++) {
          // a prepayment may come a few days before the shipment; without one, on or after the day
          LocalDate paid = day.plusDays(Rnd.chance(in, 30) ? 0 : Rnd.between(in, ship ? -7 : 0, 30));
          if (inPeriod(paid) && !paid.isAfter(limit)) {
            payments.add(ActivityGens.payment(in,
                PaymentId.of("pay-" + key + "-" + (payments.size() + 1)), client, paid, counterparties));
          }
        }
      }
    }

    /** Buying from one day to another: won deals and repeat orders with gaps between. */
    void buy(LocalDate start, LocalDate end) {
      LocalDate day = start;
      while (!day.isAfter(end)) {
        if (Rnd.chance(in, 40)) {
          Optional<LocalDate> won = deal(day, Optional.of(InterestOutcome.WON), end);
          won.ifPresent(d -> purchase(d, end));
          if (won.isPresent()) {
            day = won.get();
          }
        } else {
          purchase(day, end);
          if (Rnd.chance(in, 30)) {
            interaction(day.minusDays(Rnd.between(in, 0, 5)), Optional.empty());
          }
        }
        if (Rnd.chance(in, 15)) {
          task(day);
        }
        day = day.plusDays(Rnd.between(in, 5, 60));
      }
    }

    LocalDate dayAt(int percentFrom, int percentTo) {
      long days = until.toEpochDay() - from.toEpochDay();
      int percent = Rnd.between(in, percentFrom, percentTo);
      return from.plusDays(days * percent / 100);
    }

    ClientHistory finish(ClientPortrait portrait, Profile profile) {
      interests.sort(Comparator.comparing(Interest::openedOn).thenComparing(Interest::id));
      payments.sort(Comparator.comparing(Payment::date).thenComparing(Payment::id));
      shipments.sort(Comparator.comparing(Shipment::date).thenComparing(Shipment::id));
      interactions.sort(Comparator.comparing(Interaction::start).thenComparing(Interaction::id));
      tasks.sort(Comparator.comparing(Task::start).thenComparing(Task::id));
      return new ClientHistory(portrait, from, until, profile, interests, payments, shipments,
          interactions, tasks);
    }
  }

  static Profile profile(RandomnessSource in) {
    int p = Rnd.between(in, 1, 100);
    return p <= 8 ? Profile.NEW
        : p <= 23 ? Profile.WORKED_ON
        : p <= 43 ? Profile.BUYING
        : p <= 63 ? Profile.LAPSED
        : p <= 80 ? Profile.RETURNED
        : Profile.MIXED;
  }

  static ClientHistory history(
      RandomnessSource in, ClientId id, LocalDate from, int days, Profile profile) {
    if (days < 1) {
      throw new IllegalArgumentException("a period has at least 1 day, not " + days);
    }
    LocalDate until = from.plusDays(days - 1L);
    ClientPortrait portrait = PartyGens.portrait(in, id, PartyGens.kind(in), from);
    Story story = new Story(in, portrait, from, until);
    switch (profile) {
      case NEW -> {
        if (Rnd.chance(in, 30)) {
          story.task(story.dayAt(0, 100));
        }
      }
      case WORKED_ON -> {
        int count = Rnd.between(in, 1, 3);
        for (int i = 0; i < count; i++) {
          boolean last = i == count - 1;
          Optional<InterestOutcome> outcome =
              last && Rnd.chance(in, 70) ? Optional.empty() : Optional.of(InterestOutcome.LOST);
          story.deal(story.dayAt(i * 100 / count, (i + 1) * 100 / count), outcome);
        }
      }
      case BUYING -> story.buy(story.dayAt(0, 10), until);
      case LAPSED -> {
        LocalDate stop = story.dayAt(20, 60);
        story.buy(story.dayAt(0, 10), stop);
        if (Rnd.chance(in, 30)) {
          story.deal(stop.plusDays(Rnd.between(in, 1, 60)), Optional.of(InterestOutcome.LOST));
        }
        if (Rnd.chance(in, 30)) {
          story.interaction(stop.plusDays(Rnd.between(in, 1, 90)), Optional.empty());
        }
      }
      case RETURNED -> {
        LocalDate stop = story.dayAt(15, 40);
        story.buy(story.dayAt(0, 5), stop);
        LocalDate back = story.dayAt(55, 90);
        if (Rnd.chance(in, 50)) {
          story.deal(back, Optional.empty());
        } else {
          story.buy(back, until);
        }
      }
      case MIXED -> mixed(story);
    }
    return story.finish(portrait, profile);
  }

  private static void mixed(Story story) {
    RandomnessSource in = story.in;
    LocalDate day = Rnd.chance(in, 30) ? story.from : story.dayAt(0, 30);
    while (!day.isAfter(story.until)) {
      switch (Rnd.between(in, 0, 5)) {
        case 0 -> story.deal(day, Optional.of(InterestOutcome.WON)).ifPresent(story::purchase);
        case 1 -> story.deal(day, Optional.of(InterestOutcome.LOST));
        case 2 -> story.deal(day, Optional.empty());
        case 3 -> story.purchase(day);
        case 4 -> story.interaction(day, Optional.empty());
        default -> story.task(day);
      }
      int gap = Rnd.between(in, 1, 10) <= 2 ? 0 : Rnd.between(in, 1, 200);
      day = day.plusDays(gap);
    }
    if (Rnd.chance(in, 20)) {
      story.purchase(story.until);
    }
  }

  static Gen<ClientHistory> histories(LocalDate from, int days, Optional<Profile> profile) {
    return in -> history(in, ClientId.of(CardGens.idText(in, "c")), from, days,
        profile.orElseGet(() -> profile(in)));
  }

  static Gen<List<ClientHistory>> batches(LocalDate from, int days, int minClients, int maxClients) {
    return in -> {
      int count = Rnd.between(in, minClients, maxClients);
      List<ClientHistory> batch = new ArrayList<>(count);
      for (int i = 1; i <= count; i++) {
        batch.add(history(in, ClientId.of("c-" + Rnd.padded(i, 5)), from, days, profile(in)));
      }
      return List.copyOf(batch);
    };
  }
}
