package org.clientbase.rules.status;

import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.clientbase.core.activity.Interest;
import org.clientbase.core.activity.Payment;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.EntityId;
import org.clientbase.core.id.StatusId;
import org.clientbase.core.status.TemplateKey;
import org.clientbase.core.status.WorkStatus;
import org.quicktheories.core.Gen;

/**
 * QuickTheories generators of status-engine inputs. Candidates to move to
 * {@code org.clientbase.testkit.generators} once the test kit has fact generators.
 */
final class StatusGenerators {
  /** The first day of generated histories; facts start up to 60 days earlier. */
  static final LocalDate BASE = LocalDate.of(2025, 1, 1);

  private StatusGenerators() {}

  /**
   * A client's facts over {@code [BASE - 60, BASE + spanDays]}: up to 6 interests (open, won or
   * lost after 0..90 days), 8 payments and 6 shipments.
   */
  static Gen<ClientActivity> activities(ClientId client, int spanDays) {
    Gen<Integer> day = integers().between(-60, spanDays);
    Gen<Integer> interests = integers().between(0, 6);
    Gen<Integer> payments = integers().between(0, 8);
    Gen<Integer> shipments = integers().between(0, 6);
    Gen<Integer> duration = integers().between(0, 90);
    Gen<Integer> outcome = integers().between(0, 2);
    Gen<ClientActivity> gen = in -> {
      Facts facts = Facts.of(client);
      int n = interests.generate(in);
      for (int i = 0; i < n; i++) {
        LocalDate opened = BASE.plusDays(day.generate(in));
        int kind = outcome.generate(in);
        LocalDate closed = opened.plusDays(duration.generate(in));
        if (kind == 0) {
          facts.open("i-" + i, opened);
        } else if (kind == 1) {
          facts.won("i-" + i, opened, closed);
        } else {
          facts.lost("i-" + i, opened, closed);
        }
      }
      n = payments.generate(in);
      for (int i = 0; i < n; i++) {
        facts.payment("p-" + i, BASE.plusDays(day.generate(in)));
      }
      n = shipments.generate(in);
      for (int i = 0; i < n; i++) {
        facts.shipment("s-" + i, BASE.plusDays(day.generate(in)));
      }
      return facts.activity();
    };
    return gen.describedAs(StatusGenerators::describe);
  }

  static String describe(ClientActivity activity) {
    List<String> parts = new ArrayList<>();
    for (Interest i : activity.interests()) {
      parts.add(i.id() + " " + i.openedOn() + ".." + i.closedOn().map(Object::toString).orElse("")
          + i.outcome().map(o -> " " + o).orElse(""));
    }
    for (Payment p : activity.payments()) {
      parts.add(p.id() + " " + p.date());
    }
    activity.shipments().forEach(s -> parts.add(s.id() + " " + s.date()));
    return activity.client() + " " + parts;
  }

  /** A status of the scheme (or none), set the day before {@link #BASE}. */
  static Gen<Optional<CurrentStatus>> startStatuses(StatusScheme scheme) {
    List<WorkStatus> statuses = scheme.statuses();
    return integers().between(-1, statuses.size() - 1).map(i -> i < 0
        ? Optional.<CurrentStatus>empty()
        : Optional.of(CurrentStatus.of(statuses.get(i).id(), BASE.minusDays(1))));
  }

  /**
   * Variations of the default scheme: random periods (1..60 days), random priorities, and now
   * and then a widened precondition, including self-loops and manual statuses.
   */
  static Gen<StatusScheme> schemes() {
    Gen<Integer> period = integers().between(1, 60);
    Gen<Integer> dice = integers().between(0, 9);
    List<TemplateKey> templates =
        List.of(TemplateKey.IN_PROGRESS, TemplateKey.ACTIVE, TemplateKey.LOST, TemplateKey.RETURNED);
    List<StatusId> bound = List.of(
        StatusScheme.IN_PROGRESS, StatusScheme.ACTIVE, StatusScheme.LOST, StatusScheme.RETURNED);
    Gen<StatusScheme> gen = in -> {
      StatusScheme.Builder builder = StatusScheme.defaults().toBuilder();
      List<Integer> priorities = new ArrayList<>(List.of(10, 20, 30, 40));
      for (int t = 0; t < templates.size(); t++) {
        builder.bind(templates.get(t), bound.get(t), period.generate(in));
        int pick = integers().between(0, priorities.size() - 1).generate(in);
        builder.priority(templates.get(t), priorities.remove(pick));
        for (WorkStatus status : StatusScheme.defaults().statuses()) {
          if (dice.generate(in) == 0) {
            builder.widenPrecondition(templates.get(t), status.id());
          }
        }
      }
      return builder.build();
    };
    return gen.describedAs(s -> s.rules().toString());
  }

  /** A host fact for tests: a signed contract. */
  record Contract(ContractId id, LocalDate date) implements HostFact {}

  /** The id of a {@link Contract}. */
  static final class ContractId extends EntityId {
    ContractId(String value) {
      super(value);
    }
  }
}
