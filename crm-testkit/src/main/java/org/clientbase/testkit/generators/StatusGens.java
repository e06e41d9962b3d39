package org.clientbase.testkit.generators;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.StatusId;
import org.clientbase.core.id.UserId;
import org.clientbase.core.status.CalculationMode;
import org.clientbase.core.status.Colour;
import org.clientbase.core.status.StatusAssignment;
import org.clientbase.core.status.StatusReason;
import org.clientbase.core.status.TemplateKey;
import org.clientbase.core.status.WorkStatus;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/** Work status definitions, schemes and status assignments. */
final class StatusGens {
  private StatusGens() {}

  static final List<Integer> PERIODS = List.of(30, 60, 90, 180, 365, 14, 7, 1);

  static final Gen<Colour> COLOUR = in -> Rnd.chance(in, 60)
      ? Colour.of(Rnd.oneOf(in, "#1E88E5", "#FB8C00", "#2E7D32", "#C62828", "#8E24AA", "#757575", "#000000", "#FFFFFF"))
      : Colour.ofRgb(Rnd.between(in, 0, 255), Rnd.between(in, 0, 255), Rnd.between(in, 0, 255));

  static final Gen<TemplateKey> TEMPLATE = in -> Rnd.chance(in, 85)
      ? Rnd.pick(in, TemplateKey.predefined())
      : TemplateKey.of(Rnd.oneOf(in, "WIN_BACK", "SLEEPING", "KEY_ACCOUNT", "BLACKLIST_CHECK"));

  static final Gen<CalculationMode> MODE = in -> switch (Rnd.between(in, 0, 5)) {
    case 0 -> CalculationMode.forNewClient();
    case 1 -> CalculationMode.manual();
    default -> CalculationMode.automatic(TEMPLATE.generate(in), Rnd.pick(in, PERIODS));
  };

  static final List<String> STATUS_NAMES = List.of(
      "Новый", "В работе", "Активный", "Потерянный", "Возвращённый", "На паузе",
      "Чёрный список", "Ключевой клиент", "Спящий", "Active", "Lost");

  static final Gen<WorkStatus> WORK_STATUS = in -> {
    WorkStatus.Builder status = WorkStatus.builder()
        .id(StatusId.of(CardGens.idText(in, "status")))
        .name(Rnd.pick(in, STATUS_NAMES))
        .order(Rnd.between(in, 0, 20))
        .mode(MODE.generate(in));
    if (Rnd.chance(in, 80)) {
      status.colour(COLOUR.generate(in));
    }
    return status.build();
  };

  /** The default scheme, with look-back periods of the given lengths. */
  static List<WorkStatus> seedScheme(int inProgress, int active, int lost, int returned) {
    return List.of(
        status("new", "Новый", "#1E88E5", 1, CalculationMode.forNewClient()),
        status("in-progress", "В работе", "#FB8C00", 2,
            CalculationMode.automatic(TemplateKey.IN_PROGRESS, inProgress)),
        status("active", "Активный", "#2E7D32", 3, CalculationMode.automatic(TemplateKey.ACTIVE, active)),
        status("lost", "Потерянный", "#C62828", 4, CalculationMode.automatic(TemplateKey.LOST, lost)),
        status("returned", "Возвращённый", "#8E24AA", 5,
            CalculationMode.automatic(TemplateKey.RETURNED, returned)));
  }

  static WorkStatus status(String id, String name, String colour, int order, CalculationMode mode) {
    return WorkStatus.builder().id(StatusId.of(id)).name(name).colour(Colour.of(colour))
        .order(order).mode(mode).build();
  }

  static final Gen<List<WorkStatus>> SCHEME = in -> {
    List<WorkStatus> scheme = new ArrayList<>(seedScheme(
        Rnd.pick(in, PERIODS), Rnd.pick(in, PERIODS), Rnd.pick(in, PERIODS), Rnd.pick(in, PERIODS)));
    if (Rnd.chance(in, 40)) {
      scheme.add(status("paused", "На паузе", "#757575", 6, CalculationMode.manual()));
    }
    if (Rnd.chance(in, 20)) {
      scheme.add(status("blacklist", "Чёрный список", "#000000", 7, CalculationMode.manual()));
    }
    return List.copyOf(scheme);
  };

  static final List<StatusId> SEED_IDS = List.of(
      StatusId.of("new"), StatusId.of("in-progress"), StatusId.of("active"), StatusId.of("lost"),
      StatusId.of("returned"));

  static StatusReason reason(RandomnessSource in, StatusId status) {
    int index = SEED_IDS.indexOf(status);
    if (index >= 0 && Rnd.chance(in, 80)) {
      return StatusReason.byRule(TemplateKey.predefined().get(index));
    }
    UserId user = PartyGens.USER.generate(in);
    return Rnd.chance(in, 50)
        ? StatusReason.byPerson(user, Rnd.oneOf(in, "Клиент попросил приостановить работу", "По итогам встречи",
            "Set by hand after the call"))
        : StatusReason.byPerson(user);
  }

  static String explanation(RandomnessSource in, StatusReason reason, LocalDate since) {
    if (reason instanceof StatusReason.ByRule rule) {
      return switch (rule.template().name()) {
        case "ACTIVE" -> "payment on " + since;
        case "IN_PROGRESS" -> "interest opened on " + since;
        case "LOST" -> "no purchases since " + since.minusDays(Rnd.between(in, 30, 365));
        case "RETURNED" -> "new interest opened on " + since + " after a lost period";
        default -> "new client card created on " + since;
      };
    }
    return Rnd.chance(in, 50) ? "" : "set by hand";
  }

  static StatusAssignment assignment(
      RandomnessSource in, ClientId client, Optional<StatusId> previous, StatusId status,
      LocalDate since) {
    StatusReason reason = reason(in, status);
    StatusAssignment.Builder assignment = StatusAssignment.builder()
        .client(client).status(status).since(since).reason(reason)
        .explanation(explanation(in, reason, since));
    previous.ifPresent(assignment::previous);
    return assignment.build();
  }

  static final Gen<StatusAssignment> ASSIGNMENT = in -> {
    StatusId status = Rnd.pick(in, SEED_IDS);
    Optional<StatusId> previous = Optional.empty();
    if (Rnd.chance(in, 75)) {
      List<StatusId> others = new ArrayList<>(SEED_IDS);
      others.remove(status);
      previous = Optional.of(Rnd.pick(in, others));
    }
    return assignment(in, ClientId.of(CardGens.idText(in, "c")), previous, status, PartyGens.date(in));
  };

  /** A chain of assignments of one client, each from the status before it, dates increasing. */
  static Gen<List<StatusAssignment>> history(ClientId client, LocalDate from, int days) {
    return in -> {
      List<StatusAssignment> history = new ArrayList<>();
      Optional<StatusId> previous = Optional.empty();
      LocalDate day = from.plusDays(Rnd.between(in, 0, Math.min(days - 1, 30)));
      LocalDate end = from.plusDays(days - 1);
      int changes = Rnd.between(in, 1, 8);
      for (int i = 0; i < changes && !day.isAfter(end); i++) {
        StatusId status;
        if (previous.isEmpty()) {
          status = Rnd.chance(in, 80) ? SEED_IDS.get(0) : Rnd.pick(in, SEED_IDS);
        } else {
          List<StatusId> others = new ArrayList<>(SEED_IDS.subList(1, SEED_IDS.size()));
          others.remove(previous.get());
          status = Rnd.pick(in, others);
        }
        history.add(assignment(in, client, previous, status, day));
        previous = Optional.of(status);
        day = day.plusDays(Rnd.between(in, 1, Math.max(1, days / 4)));
      }
      return List.copyOf(history);
    };
  }
}
