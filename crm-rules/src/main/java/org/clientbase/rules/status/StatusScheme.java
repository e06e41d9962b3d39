package org.clientbase.rules.status;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
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
 * An immutable, validated definition of the work statuses of a client base: the statuses with
 * their names, colours, order and calculation modes, the templates bound to them and the
 * rules' preconditions and priorities.
 *
 * <p>{@link #defaults()} is the seed's scheme (SPEC section 3): New for a new client; In
 * progress, Active, Lost and Returned computed by the predefined templates over 30 days;
 * Foreign, Non-target and Liquidated set by hand. A host changes it through a builder, which
 * collects every problem and refuses to build an invalid scheme:
 *
 * <pre>{@code
 * StatusScheme scheme = StatusScheme.defaults().toBuilder()
 *     .rename(StatusScheme.ACTIVE, "Buying")
 *     .recolour(StatusScheme.LOST, Colour.of("#B71C1C"))
 *     .bind(TemplateKey.LOST, StatusScheme.LOST, 60)           // a longer look-back
 *     .widenPrecondition(TemplateKey.ACTIVE, StatusScheme.NEW) // sales without interests
 *     .build();                                                // or SchemeValidationException
 * }</pre>
 *
 * <p>Each template is bound to at most one status. A predefined template accepts as the
 * previous status the statuses bound to the templates the seed names (ACTIVE: those of
 * IN_PROGRESS and RETURNED), plus any the host adds with
 * {@link Builder#widenPrecondition(TemplateKey, StatusId...)}; predefined templates never name
 * a manual status, so a manually set status stays until a rule whose precondition names it
 * holds.
 */
public final class StatusScheme {
  /** The id of the default scheme's status New (Новый). */
  public static final StatusId NEW = StatusId.of("new");
  /** The id of the default scheme's status In progress (В проработке). */
  public static final StatusId IN_PROGRESS = StatusId.of("in-progress");
  /** The id of the default scheme's status Active (Активный). */
  public static final StatusId ACTIVE = StatusId.of("active");
  /** The id of the default scheme's status Lost (Потерянный). */
  public static final StatusId LOST = StatusId.of("lost");
  /** The id of the default scheme's status Returned (Возвращенный). */
  public static final StatusId RETURNED = StatusId.of("returned");
  /** The id of the default scheme's status Foreign (Чужой). */
  public static final StatusId FOREIGN = StatusId.of("foreign");
  /** The id of the default scheme's status Non-target (Нецелевой). */
  public static final StatusId NON_TARGET = StatusId.of("non-target");
  /** The id of the default scheme's status Liquidated (Ликвидирован). */
  public static final StatusId LIQUIDATED = StatusId.of("liquidated");

  /** The seed's look-back period. */
  public static final int DEFAULT_PERIOD_DAYS = 30;
  /** The longest look-back period a template may have: about a hundred years, in days. */
  public static final int MAX_PERIOD_DAYS = 36_600;

  /**
   * The default priorities of the predefined window templates: ACTIVE 40, RETURNED 30,
   * IN_PROGRESS 20, LOST 10. Under the seed's preconditions no two of them ever compete.
   */
  public static final Map<TemplateKey, Integer> DEFAULT_PRIORITIES =
      PredefinedTemplates.defaultPriorities();

  private static final StatusScheme DEFAULTS = createDefaults(false);
  private static final StatusScheme ALL_MANUAL = createDefaults(true);

  private final List<WorkStatus> statuses;
  private final Map<StatusId, WorkStatus> byId;
  private final List<StatusRule> rules;
  private final Map<TemplateKey, Set<StatusId>> widened;
  private final Map<TemplateKey, Integer> priorities;
  private final Map<TemplateKey, HostRule> hostRules;

  private StatusScheme(
      List<WorkStatus> statuses,
      List<StatusRule> rules,
      Map<TemplateKey, Set<StatusId>> widened,
      Map<TemplateKey, Integer> priorities,
      Map<TemplateKey, HostRule> hostRules) {
    this.statuses = List.copyOf(statuses);
    Map<StatusId, WorkStatus> map = new LinkedHashMap<>();
    for (WorkStatus status : statuses) {
      map.put(status.id(), status);
    }
    this.byId = Collections.unmodifiableMap(map);
    this.rules = List.copyOf(rules);
    this.widened = Collections.unmodifiableMap(new TreeMap<>(widened));
    this.priorities = Collections.unmodifiableMap(new TreeMap<>(priorities));
    this.hostRules = Collections.unmodifiableMap(new LinkedHashMap<>(hostRules));
  }

  private static StatusScheme createDefaults(boolean allManual) {
    Builder builder = new Builder();
    builder.addStatus(status(NEW, "Новый", "#1E88E5", 1, CalculationMode.forNewClient(), allManual));
    builder.addStatus(status(IN_PROGRESS, "В проработке", "#FB8C00", 2,
        CalculationMode.automatic(TemplateKey.IN_PROGRESS, DEFAULT_PERIOD_DAYS), allManual));
    builder.addStatus(status(ACTIVE, "Активный", "#43A047", 3,
        CalculationMode.automatic(TemplateKey.ACTIVE, DEFAULT_PERIOD_DAYS), allManual));
    builder.addStatus(status(LOST, "Потерянный", "#E53935", 4,
        CalculationMode.automatic(TemplateKey.LOST, DEFAULT_PERIOD_DAYS), allManual));
    builder.addStatus(status(RETURNED, "Возвращенный", "#00897B", 5,
        CalculationMode.automatic(TemplateKey.RETURNED, DEFAULT_PERIOD_DAYS), allManual));
    builder.addStatus(status(FOREIGN, "Чужой", "#757575", 6, CalculationMode.manual(), true));
    builder.addStatus(status(NON_TARGET, "Нецелевой", "#8D6E63", 7, CalculationMode.manual(), true));
    builder.addStatus(status(LIQUIDATED, "Ликвидирован", "#424242", 8, CalculationMode.manual(), true));
    return builder.build();
  }

  private static WorkStatus status(
      StatusId id, String name, String colour, int order, CalculationMode mode, boolean manual) {
    return WorkStatus.builder()
        .id(id)
        .name(name)
        .colour(Colour.of(colour))
        .order(order)
        .mode(manual ? CalculationMode.manual() : mode)
        .build();
  }

  /**
   * Returns the seed's scheme: New (for a new client); In progress, Active, Lost, Returned
   * (automatic, the predefined templates of the same names, 30 days); Foreign, Non-target,
   * Liquidated (manual). Names are the seed's Russian names; ids are the constants of this
   * class.
   *
   * @return the default scheme
   */
  public static StatusScheme defaults() {
    return DEFAULTS;
  }

  /**
   * Returns the seed's eight statuses, every one set by hand: no status is ever computed.
   *
   * @return the all-manual scheme
   */
  public static StatusScheme allManual() {
    return ALL_MANUAL;
  }

  /**
   * Returns a builder of an empty scheme.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder that starts from this scheme.
   *
   * @return a new builder holding this scheme's statuses, bindings, preconditions, priorities
   *     and host rules
   */
  public Builder toBuilder() {
    Builder builder = new Builder();
    statuses.forEach(builder::addStatus);
    widened.forEach((template, extra) -> builder.widenPrecondition(template, extra.toArray(new StatusId[0])));
    priorities.forEach(builder::priority);
    hostRules.values().forEach(builder::hostRule);
    return builder;
  }

  /**
   * Returns the statuses, by their order, then id.
   *
   * @return the statuses
   */
  public List<WorkStatus> statuses() {
    return statuses;
  }

  /**
   * Returns a status by id.
   *
   * @param id the id
   * @return the status, or empty if the scheme has no such status
   */
  public Optional<WorkStatus> status(StatusId id) {
    return Optional.ofNullable(byId.get(id));
  }

  /**
   * Tells whether the scheme has a status.
   *
   * @param id the id
   * @return whether it has it
   */
  public boolean contains(StatusId id) {
    return byId.containsKey(id);
  }

  /**
   * Returns the status a newly created client gets: the one calculated "for a new client".
   *
   * @return the status, or empty if the scheme has none (then new clients get no status)
   */
  public Optional<WorkStatus> newClientStatus() {
    return statuses.stream()
        .filter(s -> s.mode() instanceof CalculationMode.ForNewClient)
        .findFirst();
  }

  /**
   * Returns the bound rules, NEW_CLIENT first, then by descending priority, then by template:
   * the order in which the evaluator checks them.
   *
   * @return the rules
   */
  public List<StatusRule> rules() {
    return rules;
  }

  /**
   * Returns the rule of a template, if the template is bound.
   *
   * @param template the template
   * @return the rule
   */
  public Optional<StatusRule> rule(TemplateKey template) {
    return rules.stream().filter(r -> r.template().equals(template)).findFirst();
  }

  /**
   * Returns the rules that are checked for a client with the given status, in evaluation order.
   *
   * @param current the status, empty for a client without one
   * @return the rules whose precondition accepts the status
   */
  public List<StatusRule> rulesFrom(Optional<StatusId> current) {
    List<StatusRule> result = new ArrayList<>();
    for (StatusRule rule : rules) {
      if (rule.accepts(current)) {
        result.add(rule);
      }
    }
    return result;
  }

  /**
   * Returns the host rules registered in the scheme.
   *
   * @return the host rules by key
   */
  public Map<TemplateKey, HostRule> hostRules() {
    return hostRules;
  }

  @Override
  public String toString() {
    return "StatusScheme" + statuses.stream().map(s -> s.id() + " (" + s.mode() + ")").toList();
  }

  /**
   * Builds a {@link StatusScheme}. Operations never throw on bad input; they record problems,
   * and {@link #build()} refuses with every problem at once ({@link #validate()} lists them
   * without throwing). Later settings of the same thing replace earlier ones.
   */
  public static final class Builder {
    private final LinkedHashMap<StatusId, Draft> drafts = new LinkedHashMap<>();
    private final List<SchemeProblem> early = new ArrayList<>();
    private final Map<TemplateKey, Set<StatusId>> widened = new TreeMap<>();
    private final Map<TemplateKey, Integer> priorities = new TreeMap<>();
    private final LinkedHashMap<TemplateKey, HostRule> hostRules = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Adds a status as defined (any calculation mode).
     *
     * @param status the status
     * @return this builder
     */
    public Builder addStatus(WorkStatus status) {
      Objects.requireNonNull(status, "status");
      if (drafts.containsKey(status.id())) {
        early.add(new SchemeProblem(Kind.DUPLICATE_STATUS,
            "status " + status.id() + " is added twice"));
        return this;
      }
      drafts.put(status.id(), new Draft(status));
      return this;
    }

    /**
     * Adds a manual status after the existing ones, without a colour.
     *
     * @param id the id
     * @param name the name shown to users
     * @return this builder
     */
    public Builder addStatus(StatusId id, String name) {
      Objects.requireNonNull(id, "id");
      if (drafts.containsKey(id)) {
        early.add(new SchemeProblem(Kind.DUPLICATE_STATUS, "status " + id + " is added twice"));
        return this;
      }
      int order = drafts.values().stream().mapToInt(d -> d.order).max().orElse(0) + 1;
      Draft draft = new Draft(id, order);
      drafts.put(id, draft);
      setName(draft, name);
      return this;
    }

    /**
     * Removes a status. Preconditions that name it become problems unless they are changed too.
     *
     * @param id the status
     * @return this builder
     */
    public Builder removeStatus(StatusId id) {
      if (drafts.remove(Objects.requireNonNull(id, "id")) == null) {
        unknown("remove", id);
      }
      return this;
    }

    /**
     * Renames a status.
     *
     * @param id the status
     * @param name the new name, not blank; trimmed and single-spaced
     * @return this builder
     */
    public Builder rename(StatusId id, String name) {
      Draft draft = draft("rename", id);
      if (draft != null) {
        setName(draft, name);
      }
      return this;
    }

    private void setName(Draft draft, String name) {
      try {
        draft.name = Checks.requireText("WorkStatus " + draft.id + " name", name);
      } catch (InvalidValueException e) {
        early.add(new SchemeProblem(Kind.INVALID_NAME, e.getMessage()));
      }
    }

    /**
     * Gives a status a colour.
     *
     * @param id the status
     * @param colour the colour
     * @return this builder
     */
    public Builder recolour(StatusId id, Colour colour) {
      Objects.requireNonNull(colour, "colour");
      Draft draft = draft("recolour", id);
      if (draft != null) {
        draft.colour = Optional.of(colour);
      }
      return this;
    }

    /**
     * Moves a status in lists and reports.
     *
     * @param id the status
     * @param order its place; smaller comes first
     * @return this builder
     */
    public Builder order(StatusId id, int order) {
      Draft draft = draft("reorder", id);
      if (draft != null) {
        draft.order = order;
      }
      return this;
    }

    /**
     * Makes a status manual: set only by a person. Its template, if any, becomes unbound.
     *
     * @param id the status
     * @return this builder
     */
    public Builder manual(StatusId id) {
      Draft draft = draft("make manual", id);
      if (draft != null) {
        draft.kind = ModeKind.MANUAL;
        draft.template = null;
      }
      return this;
    }

    /**
     * Makes a status the one a newly created client gets (binds NEW_CLIENT to it).
     *
     * @param id the status
     * @return this builder
     */
    public Builder forNewClient(StatusId id) {
      Draft draft = draft("set for a new client", id);
      if (draft != null) {
        draft.kind = ModeKind.FOR_NEW_CLIENT;
        draft.template = null;
      }
      return this;
    }

    /**
     * Makes a status automatic: bound to a template with a look-back period. Binding a template
     * that another status already has is a problem; make that status manual first.
     *
     * @param template a predefined template other than NEW_CLIENT, or a registered host rule's
     *     key
     * @param id the status
     * @param periodDays the look-back period, at least 1 and at most {@value StatusScheme#MAX_PERIOD_DAYS}
     * @return this builder
     */
    public Builder bind(TemplateKey template, StatusId id, int periodDays) {
      Objects.requireNonNull(template, "template");
      Draft draft = draft("bind " + template + " to", id);
      if (draft != null) {
        draft.kind = ModeKind.AUTOMATIC;
        draft.template = template;
        draft.period = periodDays;
      }
      return this;
    }

    /**
     * Lets a predefined template also move clients from the given statuses, besides those the
     * seed names. Example: a retailer whose sales have no interests lets ACTIVE follow New.
     *
     * @param template IN_PROGRESS, ACTIVE, LOST or RETURNED
     * @param previous the statuses to accept as well
     * @return this builder
     */
    public Builder widenPrecondition(TemplateKey template, StatusId... previous) {
      Objects.requireNonNull(template, "template");
      if (!PredefinedTemplates.hasWindow(template)) {
        early.add(new SchemeProblem(Kind.INVALID_TEMPLATE_SETTING,
            "the precondition of " + template + " cannot be widened: only IN_PROGRESS, ACTIVE,"
                + " LOST and RETURNED have one (a host rule declares its own)"));
        return this;
      }
      Set<StatusId> set = widened.computeIfAbsent(template, t -> new LinkedHashSet<>());
      for (StatusId id : previous) {
        set.add(Objects.requireNonNull(id, "previous status"));
      }
      return this;
    }

    /**
     * Changes the priority of a predefined template.
     *
     * @param template IN_PROGRESS, ACTIVE, LOST or RETURNED
     * @param priority the priority; the highest of the rules that hold wins
     * @return this builder
     */
    public Builder priority(TemplateKey template, int priority) {
      Objects.requireNonNull(template, "template");
      if (!PredefinedTemplates.hasWindow(template)) {
        early.add(new SchemeProblem(Kind.INVALID_TEMPLATE_SETTING,
            "the priority of " + template + " cannot be set here: only IN_PROGRESS, ACTIVE, LOST"
                + " and RETURNED take one (a host rule declares its own)"));
        return this;
      }
      priorities.put(template, priority);
      return this;
    }

    /**
     * Registers a host rule; bind its key to a status with
     * {@link #bind(TemplateKey, StatusId, int)}.
     *
     * @param rule the rule
     * @return this builder
     */
    public Builder hostRule(HostRule rule) {
      Objects.requireNonNull(rule, "rule");
      TemplateKey key = Objects.requireNonNull(rule.key(), "host rule key");
      if (key.isPredefined()) {
        early.add(new SchemeProblem(Kind.INVALID_HOST_RULE,
            "host rule " + key + " uses the key of a predefined template"));
      } else if (hostRules.containsKey(key)) {
        early.add(new SchemeProblem(Kind.INVALID_HOST_RULE,
            "host rule " + key + " is registered twice"));
      } else {
        hostRules.put(key, rule);
      }
      return this;
    }

    private Draft draft(String operation, StatusId id) {
      Draft draft = drafts.get(Objects.requireNonNull(id, "status id"));
      if (draft == null) {
        unknown(operation, id);
      }
      return draft;
    }

    private void unknown(String operation, StatusId id) {
      early.add(new SchemeProblem(Kind.UNKNOWN_STATUS,
          "cannot " + operation + " status " + id + ": the scheme has no such status"));
    }

    /**
     * Lists every problem of the scheme as it stands, without building it.
     *
     * @return the problems; empty when {@link #build()} will succeed
     */
    public List<SchemeProblem> validate() {
      List<SchemeProblem> problems = new ArrayList<>(early);
      checkNames(problems);
      Map<TemplateKey, List<StatusId>> bound = checkModes(problems);
      List<StatusRule> rules = resolveRules(bound, problems);
      checkPriorities(rules, problems);
      return problems;
    }

    /**
     * Builds the scheme.
     *
     * @return the scheme
     * @throws SchemeValidationException listing every problem, if there is any
     */
    public StatusScheme build() {
      List<SchemeProblem> problems = new ArrayList<>(early);
      checkNames(problems);
      Map<TemplateKey, List<StatusId>> bound = checkModes(problems);
      List<StatusRule> rules = resolveRules(bound, problems);
      checkPriorities(rules, problems);
      if (!problems.isEmpty()) {
        throw new SchemeValidationException(problems);
      }
      List<WorkStatus> statuses = new ArrayList<>();
      for (Draft draft : drafts.values()) {
        statuses.add(draft.toStatus());
      }
      statuses.sort(Comparator.comparingInt(WorkStatus::order).thenComparing(WorkStatus::id));
      return new StatusScheme(statuses, rules, widened, priorities, hostRules);
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
          if (draft.period > MAX_PERIOD_DAYS) {
            problems.add(new SchemeProblem(Kind.PERIOD_TOO_LONG,
                "status " + draft.id + ": the period of template " + template + " is "
                    + draft.period + " days; it must be at most " + MAX_PERIOD_DAYS));
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
  }

  private enum ModeKind {
    FOR_NEW_CLIENT,
    AUTOMATIC,
    MANUAL
  }

  /** A status being edited; its mode is kept raw so that a bad period is reported, not thrown. */
  private static final class Draft {
    private final StatusId id;
    private String name;
    private Optional<Colour> colour = Optional.empty();
    private int order;
    private ModeKind kind = ModeKind.MANUAL;
    private TemplateKey template;
    private int period;

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
