package org.clientbase.testkit.generators;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.clientbase.core.activity.Interaction;
import org.clientbase.core.activity.InteractionDirection;
import org.clientbase.core.activity.InteractionState;
import org.clientbase.core.activity.InteractionType;
import org.clientbase.core.activity.Interest;
import org.clientbase.core.activity.InterestOutcome;
import org.clientbase.core.activity.Participant;
import org.clientbase.core.activity.Payment;
import org.clientbase.core.activity.Shipment;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.ContactPersonId;
import org.clientbase.core.id.CounterpartyId;
import org.clientbase.core.id.InteractionId;
import org.clientbase.core.id.InterestId;
import org.clientbase.core.id.LeadId;
import org.clientbase.core.id.PaymentId;
import org.clientbase.core.id.ShipmentId;
import org.clientbase.core.id.TaskId;
import org.clientbase.core.id.UserId;
import org.clientbase.core.task.Task;
import org.clientbase.core.task.TaskPriority;
import org.clientbase.core.task.TaskState;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/** Interactions, interests, payments, shipments and tasks. */
final class ActivityGens {
  private ActivityGens() {}

  /** The host's time zone the generators place working hours in. */
  static final ZoneId ZONE = ZoneId.of("Europe/Moscow");

  /** A moment in working hours (8:00 to 19:55, Moscow time) of a day. */
  static Instant workingTime(RandomnessSource in, LocalDate day) {
    return PartyGens.instant(in, day);
  }

  /** The parties an interaction or task may refer to. */
  record Parties(
      Optional<ClientId> client, Optional<LeadId> lead, List<ContactPersonId> contactPersons) {}

  static Parties parties(RandomnessSource in) {
    int kind = Rnd.between(in, 1, 10);
    if (kind <= 6) {
      List<ContactPersonId> people = new ArrayList<>();
      if (Rnd.chance(in, 50)) {
        people.add(ContactPersonId.of(CardGens.idText(in, "p")));
      }
      return new Parties(Optional.of(ClientId.of(CardGens.idText(in, "c"))), Optional.empty(),
          PartyGens.distinct(people));
    }
    if (kind <= 9) {
      return new Parties(Optional.empty(), Optional.of(LeadId.of(CardGens.idText(in, "l"))), List.of());
    }
    return new Parties(Optional.empty(), Optional.empty(),
        List.of(ContactPersonId.of(CardGens.idText(in, "p"))));
  }

  static String contactUsed(RandomnessSource in, InteractionType type) {
    return switch (type) {
      case EMAIL -> ContactGens.EMAIL.generate(in).address();
      case PHONE_CALL, SMS -> ContactGens.MOBILE.generate(in).format();
      default -> Rnd.oneOf(in, "Telegram @" + Translit.latin(NameGens.companyBase(in)),
          "WhatsApp", "офис клиента", "Zoom");
    };
  }

  /**
   * An interaction on a day, about the given parties, in the given state. Contacts used are
   * generated unless the person's own phone or email is given.
   */
  static Interaction interaction(
      RandomnessSource in, InteractionId id, Parties parties, Optional<InterestId> interest,
      LocalDate day, InteractionState state, Optional<UserId> responsible) {
    InteractionType type = Rnd.pick(in, List.of(InteractionType.values()));
    Instant start = workingTime(in, day);
    Interaction.Builder interaction = Interaction.builder()
        .id(id)
        .type(type)
        .state(state)
        .subject(Rnd.pick(in, Dictionary.INTERACTION_SUBJECTS))
        .start(start);
    if (type == InteractionType.PHONE_CALL || type == InteractionType.EMAIL
        || type == InteractionType.SMS || Rnd.chance(in, 30) && type != InteractionType.CALENDAR_ENTRY) {
      interaction.direction(Rnd.chance(in, 60) ? InteractionDirection.OUTGOING : InteractionDirection.INCOMING);
    }
    if (state == InteractionState.COMPLETED && Rnd.chance(in, 60)) {
      interaction.content(Rnd.pick(in, Dictionary.INTERACTION_CONTENTS));
    }
    parties.client().ifPresent(interaction::client);
    parties.lead().ifPresent(interaction::lead);
    interaction.addAllContactPersons(parties.contactPersons());
    interest.ifPresent(interaction::interest);
    for (ContactPersonId person : parties.contactPersons()) {
      Participant.Builder participant = Participant.builder().contactPerson(person);
      if (Rnd.chance(in, 70)) {
        participant.contactUsed(contactUsed(in, type));
      }
      interaction.addParticipants(participant.build());
    }
    if (parties.contactPersons().isEmpty() && parties.lead().isPresent() && Rnd.chance(in, 50)) {
      interaction.addParticipants(Participant.builder().lead(parties.lead().get())
          .contactUsed(contactUsed(in, type)).build());
    }
    responsible.ifPresent(interaction::responsible);
    if (type == InteractionType.MEETING || type == InteractionType.PHONE_CALL || Rnd.chance(in, 20)) {
      long minutes = type == InteractionType.MEETING ? Rnd.between(in, 15, 180) : Rnd.between(in, 0, 45);
      interaction.end(start.plus(Duration.ofMinutes(minutes)));
    }
    return interaction.build();
  }

  static final Gen<Interaction> INTERACTION = in -> {
    Parties parties = parties(in);
    Optional<InterestId> interest = Rnd.chance(in, 25)
        ? Optional.of(InterestId.of(CardGens.idText(in, "i"))) : Optional.empty();
    InteractionState state = Rnd.pick(in, List.of(
        InteractionState.COMPLETED, InteractionState.COMPLETED, InteractionState.PLANNED,
        InteractionState.CANCELLED));
    return interaction(in, InteractionId.of(CardGens.idText(in, "e")), parties, interest,
        PartyGens.date(in), state, Rnd.maybe(in, 80, PartyGens.USER));
  };

  // ---------------------------------------------------------------- interests

  /** How an interest ends, with the number of days it stays open. */
  static Interest interest(
      RandomnessSource in, InterestId id, Optional<ClientId> client, Optional<LeadId> lead,
      LocalDate openedOn, Optional<InterestOutcome> outcome, LocalDate closedOn) {
    Interest.Builder interest = Interest.builder().id(id).openedOn(openedOn);
    client.ifPresent(interest::client);
    lead.ifPresent(interest::lead);
    if (Rnd.chance(in, 80)) {
      interest.subject(Rnd.pick(in, Dictionary.INTEREST_SUBJECTS));
    }
    if (Rnd.chance(in, 75)) {
      interest.amount(ContactGens.RUBLES.generate(in));
    }
    if (Rnd.chance(in, 85)) {
      interest.responsible(PartyGens.USER.generate(in));
    }
    if (outcome.isEmpty()) {
      if (Rnd.chance(in, 80)) {
        interest.stage(Rnd.pick(in, Dictionary.INTEREST_STAGES));
      }
      return interest.build();
    }
    interest.closedOn(closedOn).outcome(outcome.get());
    if (outcome.get() == InterestOutcome.LOST) {
      if (Rnd.chance(in, 90)) {
        interest.lossReason(Rnd.pick(in, Dictionary.LOSS_REASONS));
      }
      if (Rnd.chance(in, 50)) {
        interest.stage(Rnd.pick(in, Dictionary.INTEREST_STAGES));
      }
    } else if (Rnd.chance(in, 60)) {
      interest.stage(Rnd.oneOf(in, "Сделка", "Выставлен счёт", "Договор подписан"));
    }
    return interest.build();
  }

  static Optional<InterestOutcome> outcome(RandomnessSource in, int activePercent) {
    if (Rnd.chance(in, activePercent)) {
      return Optional.empty();
    }
    return Optional.of(Rnd.chance(in, 55) ? InterestOutcome.WON : InterestOutcome.LOST);
  }

  static Gen<Interest> interests(Optional<Optional<InterestOutcome>> fixedOutcome) {
    return in -> {
      Optional<ClientId> client = Optional.empty();
      Optional<LeadId> lead = Optional.empty();
      if (Rnd.chance(in, 85)) {
        client = Optional.of(ClientId.of(CardGens.idText(in, "c")));
      } else {
        lead = Optional.of(LeadId.of(CardGens.idText(in, "l")));
      }
      LocalDate opened = PartyGens.date(in);
      Optional<InterestOutcome> outcome = fixedOutcome.orElseGet(() -> outcome(in, 40));
      LocalDate closed = opened.plusDays(Rnd.chance(in, 5) ? 0 : Rnd.between(in, 1, 120));
      return interest(in, InterestId.of(CardGens.idText(in, "i")), client, lead, opened, outcome, closed);
    };
  }

  // ---------------------------------------------------------------- payments and shipments

  static String document(RandomnessSource in, String kind, LocalDate date) {
    String number = Integer.toString(Rnd.between(in, 1, 9999));
    String on = String.format("%02d.%02d.%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    return switch (kind) {
      case "payment" -> Rnd.oneOf(in, "п/п № " + number + " от " + on, "Счёт № " + number,
          "PP-" + number);
      default -> Rnd.oneOf(in, "УПД № " + number + " от " + on, "ТН № " + number,
          "Накладная " + number);
    };
  }

  static Payment payment(
      RandomnessSource in, PaymentId id, ClientId client, LocalDate date,
      List<CounterpartyId> counterparties) {
    Payment.Builder payment = Payment.builder().id(id).client(client).date(date)
        .amount(ContactGens.RUBLES.generate(in));
    if (!counterparties.isEmpty() && Rnd.chance(in, 80)) {
      payment.counterparty(Rnd.pick(in, counterparties));
    }
    if (Rnd.chance(in, 60)) {
      payment.document(document(in, "payment", date));
    }
    return payment.build();
  }

  static Shipment shipment(
      RandomnessSource in, ShipmentId id, ClientId client, LocalDate date,
      List<CounterpartyId> counterparties) {
    Shipment.Builder shipment = Shipment.builder().id(id).client(client).date(date)
        .amount(ContactGens.RUBLES.generate(in));
    if (!counterparties.isEmpty() && Rnd.chance(in, 80)) {
      shipment.counterparty(Rnd.pick(in, counterparties));
    }
    if (Rnd.chance(in, 60)) {
      shipment.document(document(in, "shipment", date));
    }
    return shipment.build();
  }

  static List<CounterpartyId> someCounterparty(RandomnessSource in) {
    return Rnd.chance(in, 50) ? List.of(CounterpartyId.of(CardGens.idText(in, "k"))) : List.of();
  }

  static final Gen<Payment> PAYMENT = in -> payment(in, PaymentId.of(CardGens.idText(in, "pay")),
      ClientId.of(CardGens.idText(in, "c")), PartyGens.date(in), someCounterparty(in));

  static final Gen<Shipment> SHIPMENT = in -> shipment(in, ShipmentId.of(CardGens.idText(in, "s")),
      ClientId.of(CardGens.idText(in, "c")), PartyGens.date(in), someCounterparty(in));

  // ---------------------------------------------------------------- tasks

  static Task task(
      RandomnessSource in, TaskId id, Parties parties, LocalDate day, TaskState state) {
    Instant start = workingTime(in, day);
    Instant due = start.plus(Duration.ofHours(Rnd.chance(in, 10) ? 0 : Rnd.between(in, 1, 24 * 14)));
    Task.Builder task = Task.builder()
        .id(id)
        .subject(Rnd.pick(in, Dictionary.TASK_SUBJECTS))
        .responsible(PartyGens.USER.generate(in))
        .start(start)
        .due(due)
        .priority(Rnd.pick(in, List.of(TaskPriority.NORMAL, TaskPriority.NORMAL, TaskPriority.HIGH, TaskPriority.LOW)))
        .state(state);
    if (Rnd.chance(in, 40)) {
      task.description(Rnd.pick(in, Dictionary.TASK_DESCRIPTIONS));
    }
    if (Rnd.chance(in, 50)) {
      task.author(PartyGens.USER.generate(in));
    }
    parties.client().ifPresent(task::client);
    parties.lead().ifPresent(task::lead);
    parties.contactPersons().stream().findFirst().ifPresent(task::contactPerson);
    if (Rnd.chance(in, 40)) {
      long before = Duration.between(start, due).toMinutes();
      task.reminder(due.minus(Duration.ofMinutes(Rnd.longBetween(in, 0, before + 60 * 24))));
    }
    return task.build();
  }

  static final Gen<Task> TASK = in -> task(in, TaskId.of(CardGens.idText(in, "t")), parties(in),
      PartyGens.date(in), Rnd.pick(in, List.of(TaskState.OPEN, TaskState.OPEN, TaskState.IN_PROGRESS,
          TaskState.DONE, TaskState.DONE, TaskState.CANCELLED)));
}
