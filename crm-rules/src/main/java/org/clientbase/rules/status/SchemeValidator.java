package org.clientbase.rules.status;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.clientbase.core.Checks;
import org.clientbase.core.InvalidValueException;
import org.clientbase.core.id.StatusId;
import org.clientbase.core.status.CalculationMode;
import org.clientbase.core.status.Colour;
import org.clientbase.core.status.TemplateKey;
import org.clientbase.core.status.WorkStatus;
import org.clientbase.rules.status.SchemeProblem.Kind;
import org.clientbase.rules.status.internal.PredefinedTemplates;

/**
 * Checks a {@link StatusScheme.Builder}'s drafts and resolves them into rules: names unique,
 * modes and periods valid, each template bound at most once, preconditions naming known
 * statuses, host rules bound, no two rules of one priority that can hold together. Every
 * problem is listed; none is thrown.
 */
final class SchemeValidator {
  private final Map<StatusId, Draft> drafts;
  private final Map<TemplateKey, Set<StatusId>> widened;
  private final Map<TemplateKey, Integer> priorities;
  private final Map<TemplateKey, HostRule> hostRules;

  /** The problems found, and the rules resolved from what is valid. */
  record Result(List<SchemeProblem> problems, List<StatusRule> rules) {}

  SchemeValidator(
      Map<StatusId, Draft> drafts,
      Map<TemplateKey, Set<StatusId>> widened,
      Map<TemplateKey, Integer> priorities,
      Map<TemplateKey, HostRule> hostRules) {
    this.drafts = drafts;
    this.widened = widened;
    this.priorities = priorities;
    this.hostRules = hostRules;
  }

  /** Checks everything, after the problems the builder recorded as it went. */
  Result check(List<SchemeProblem> early) {
    List<SchemeProblem> problems = new ArrayList<>(early);
    checkNames(problems);
    Map<TemplateKey, List<StatusId>> bound = checkModes(problems);
    List<StatusRule> rules = resolveRules(bound, problems);
    checkPriorities(rules, problems);
    return new Result(problems, rules);
  }

  private void checkNames(List<SchemeProblem> problems) {
    Map<String, StatusId> names = new HashMap<>();
    for (Draft draft : drafts.values()) {
      if (draft.name == null) {
        continue; // reported when the name was set
      }
      StatusId other = names.putIfAbsent(draft.name.toLowerCase(Locale.ROOT), draft.id);
      if (other != null) {
        problems.add(new SchemeProblem(Kind.DUPLICATE_NAME,
            "statuses " + other + " and " + draft.id + " have the same name \"" + draft.name
                + "\""));
      }
    }
  }

  /** Checks modes and periods; returns, per template, the statuses bound to it. */
  private Map<TemplateKey, List<StatusId>> checkModes(List<SchemeProblem> problems) {
    Map<TemplateKey, List<StatusId>> bound = new LinkedHashMap<>();
    for (Draft draft : drafts.values()) {
      if (draft.kind == ModeKind.FOR_NEW_CLIENT) {
        bound.computeIfAbsent(TemplateKey.NEW_CLIENT, t -> new ArrayList<>()).add(draft.id);
      } else if (draft.kind == ModeKind.AUTOMATIC) {
        TemplateKey template = draft.template;
        if (template.equals(TemplateKey.NEW_CLIENT)) {
          problems.add(new SchemeProblem(Kind.INVALID_TEMPLATE_SETTING,
              "status " + draft.id + ": NEW_CLIENT is bound by making the status the one for"
                  + " a new client, not as an automatic template with a period"));
          continue;
        }
        if (draft.period <= 0) {
          problems.add(new SchemeProblem(Kind.NON_POSITIVE_PERIOD,
              "status " + draft.id + ": the period of template " + template + " is "
                  + draft.period + " days; it must be at least 1"));
        }
        if (draft.period > StatusScheme.MAX_PERIOD_DAYS) {
          problems.add(new SchemeProblem(Kind.PERIOD_TOO_LONG,
              "status " + draft.id + ": the period of template " + template + " is "
                  + draft.period + " days; it must be at most " + StatusScheme.MAX_PERIOD_DAYS));
        }
        if (!template.isPredefined() && !hostRules.containsKey(template)) {
          problems.add(new SchemeProblem(Kind.UNKNOWN_TEMPLATE,
              "status " + draft.id + " is bound to template " + template
                  + ", which is neither predefined nor a registered host rule"));
        }
        bound.computeIfAbsent(template, t -> new ArrayList<>()).add(draft.id);
      }
    }
    bound.forEach((template, ids) -> {
      if (ids.size() > 1) {
        problems.add(new SchemeProblem(Kind.TEMPLATE_BOUND_TWICE,
            "template " + template + " is bound to " + ids.size() + " statuses " + ids
                + "; a template may be bound to at most one"));
      }
    });
    return bound;
  }

  private List<StatusRule> resolveRules(
      Map<TemplateKey, List<StatusId>> bound, List<SchemeProblem> problems) {
    widened.forEach((template, extra) -> {
      for (StatusId id : extra) {
        if (!drafts.containsKey(id)) {
          problems.add(new SchemeProblem(Kind.PRECONDITION_UNKNOWN_STATUS,
              "the precondition of " + template + " names status " + id
                  + ", which the scheme does not have"));
        }
      }
    });
    hostRules.forEach((key, rule) -> {
      Set<StatusId> precondition = rule.precondition();
      if (precondition == null || precondition.isEmpty()) {
        problems.add(new SchemeProblem(Kind.INVALID_HOST_RULE,
            "host rule " + key + " has an empty precondition: it would never be checked"));
      } else {
        for (StatusId id : new TreeSet<>(precondition)) {
          if (!drafts.containsKey(id)) {
            problems.add(new SchemeProblem(Kind.PRECONDITION_UNKNOWN_STATUS,
                "the precondition of host rule " + key + " names status " + id
                    + ", which the scheme does not have"));
          }
        }
      }
      if (!bound.containsKey(key)) {
        problems.add(new SchemeProblem(Kind.INVALID_HOST_RULE,
            "host rule " + key + " is not bound to any status"));
      }
    });
    List<StatusRule> rules = new ArrayList<>();
    bound.forEach((template, ids) -> {
      if (ids.size() != 1) {
        return;
      }
      StatusId status = ids.get(0);
      Draft draft = drafts.get(status);
      if (template.equals(TemplateKey.NEW_CLIENT)) {
        rules.add(new StatusRule(template, status, 0, Set.of(), 0, Optional.empty()));
      } else if (template.isPredefined()) {
        Set<StatusId> precondition = new LinkedHashSet<>();
        for (TemplateKey previous : PredefinedTemplates.previous(template)) {
          List<StatusId> previousStatuses = bound.get(previous);
          if (previousStatuses != null && previousStatuses.size() == 1) {
            precondition.add(previousStatuses.get(0));
          }
        }
        for (StatusId id : widened.getOrDefault(template, Set.of())) {
          if (drafts.containsKey(id)) {
            precondition.add(id);
          }
        }
        int priority = priorities.getOrDefault(template, PredefinedTemplates.defaultPriority(template));
        rules.add(new StatusRule(template, status, draft.period, precondition, priority, Optional.empty()));
      } else if (hostRules.containsKey(template)) {
        HostRule rule = hostRules.get(template);
        Set<StatusId> precondition = new LinkedHashSet<>();
        for (StatusId id : rule.precondition() == null ? Set.<StatusId>of() : rule.precondition()) {
          if (drafts.containsKey(id)) {
            precondition.add(id);
          }
        }
        rules.add(new StatusRule(template, status, draft.period, precondition, rule.priority(), Optional.of(rule)));
      }
    });
    rules.sort(Comparator.comparing(StatusRule::forNewClient).reversed()
        .thenComparing(Comparator.comparingInt(StatusRule::priority).reversed())
        .thenComparing(StatusRule::template));
    return rules;
  }

  private static void checkPriorities(List<StatusRule> rules, List<SchemeProblem> problems) {
    for (int i = 0; i < rules.size(); i++) {
      for (int j = i + 1; j < rules.size(); j++) {
        StatusRule a = rules.get(i);
        StatusRule b = rules.get(j);
        if (a.forNewClient() || b.forNewClient() || a.priority() != b.priority()) {
          continue;
        }
        Set<StatusId> shared = new TreeSet<>(a.precondition());
        shared.retainAll(b.precondition());
        if (!shared.isEmpty()) {
          problems.add(new SchemeProblem(Kind.AMBIGUOUS_PRIORITY,
              "rules " + a.template() + " and " + b.template() + " have the same priority "
                  + a.priority() + " and can hold together for a client in status "
                  + shared + "; give them different priorities"));
        }
      }
    }
  }

  enum ModeKind {
    FOR_NEW_CLIENT,
    AUTOMATIC,
    MANUAL
  }

  /** The statuses of the drafts, in display order (then by id). */
  static List<WorkStatus> sortedStatuses(Collection<Draft> drafts) {
    List<WorkStatus> statuses = new ArrayList<>();
    for (Draft draft : drafts) {
      statuses.add(draft.toStatus());
    }
    statuses.sort(Comparator.comparingInt(WorkStatus::order).thenComparing(WorkStatus::id));
    return statuses;
  }

  /** A status being edited; its mode is kept raw so that a bad period is reported, not thrown. */
  static final class Draft {
    final StatusId id;
    String name;
    Optional<Colour> colour = Optional.empty();
    int order;
    ModeKind kind = ModeKind.MANUAL;
    TemplateKey template;
    int period;

    Draft(StatusId id, int order) {
      this.id = id;
      this.order = order;
    }

    Draft(WorkStatus status) {
      this(status.id(), status.order());
      this.name = status.name();
      this.colour = status.colour();
      CalculationMode mode = status.mode();
      if (mode instanceof CalculationMode.ForNewClient) {
        kind = ModeKind.FOR_NEW_CLIENT;
      } else if (mode instanceof CalculationMode.Automatic automatic) {
        kind = ModeKind.AUTOMATIC;
        template = automatic.template();
        period = automatic.periodDays();
      }
    }

    /** Sets the name, or records why it is refused and keeps the old one. */
    void rename(String newName, List<SchemeProblem> problems) {
      try {
        name = Checks.requireText("WorkStatus " + id + " name", newName);
      } catch (InvalidValueException e) {
        problems.add(new SchemeProblem(Kind.INVALID_NAME, e.getMessage()));
      }
    }

    void mode(ModeKind newKind, TemplateKey newTemplate, int newPeriod) {
      kind = newKind;
      template = newTemplate;
      period = newPeriod;
    }

    WorkStatus toStatus() {
      CalculationMode mode;
      switch (kind) {
        case FOR_NEW_CLIENT:
          mode = CalculationMode.forNewClient();
          break;
        case AUTOMATIC:
          mode = CalculationMode.automatic(template, period);
          break;
        default:
          mode = CalculationMode.manual();
      }
      return WorkStatus.builder().id(id).name(name).colour(colour).order(order).mode(mode).build();
    }
  }
}
