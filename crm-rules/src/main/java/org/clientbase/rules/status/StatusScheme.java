package org.clientbase.rules.status;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
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
 * <p>{@link #defaults()} is the default scheme: New for a new client; In
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
 * previous status the statuses bound to the templates its definition names (ACTIVE: those of
 * IN_PROGRESS and RETURNED), plus any the host adds with
 * {@link Builder#widenPrecondition(TemplateKey, StatusId...)}; predefined templates never name
 * a manual status, so a manually set status stays until a rule whose precondition names it
 * holds.
 *
 * <p>Immutable and thread-safe.
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

  /** The default look-back period. */
  public static final int DEFAULT_PERIOD_DAYS = 30;
  /** The longest look-back period a template may have: about a hundred years, in days. */
  public static final int MAX_PERIOD_DAYS = 36_600;

  /**
   * The default priorities of the predefined window templates: ACTIVE 40, RETURNED 30,
   * IN_PROGRESS 20, LOST 10. Under the default preconditions no two of them ever compete.
   */
  public static final Map<TemplateKey, Integer> DEFAULT_PRIORITIES =
      PredefinedTemplates.defaultPriorities();

  private static final StatusScheme DEFAULTS = DefaultSchemes.create(false);
  private static final StatusScheme ALL_MANUAL = DefaultSchemes.create(true);

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

  /**
   * Returns the default scheme: New (for a new client); In progress, Active, Lost, Returned
   * (automatic, the predefined templates of the same names, 30 days); Foreign, Non-target,
   * Liquidated (manual). Names are Russian (see StatusLanguage for English); ids are the constants of this
   * class.
   *
   * @return the default scheme
   */
  public static StatusScheme defaults() {
    return DEFAULTS;
  }

  /**
   * Returns the eight default statuses, every one set by hand: no status is ever computed.
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
   * @param current the status
   * @return the rules whose precondition accepts the status
   */
  public List<StatusRule> rulesFrom(StatusId current) {
    Objects.requireNonNull(current, "current");
    return rules.stream().filter(rule -> rule.accepts(current)).toList();
  }

  /**
   * Returns the rules checked for a client without a status (a new client), in evaluation order.
   *
   * @return the rules whose precondition accepts no status: the rule for a new client, if any
   */
  public List<StatusRule> rulesForNoStatus() {
    return rules.stream().filter(StatusRule::acceptsNoStatus).toList();
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
    private final LinkedHashMap<StatusId, SchemeValidator.Draft> drafts = new LinkedHashMap<>();
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
      drafts.put(status.id(), new SchemeValidator.Draft(status));
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
      SchemeValidator.Draft draft = new SchemeValidator.Draft(id, order);
      drafts.put(id, draft);
      draft.rename(name, early);
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
      return edit("rename", id, draft -> draft.rename(name, early));
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
      return edit("recolour", id, draft -> draft.colour = Optional.of(colour));
    }

    /**
     * Moves a status in lists and reports.
     *
     * @param id the status
     * @param order its place; smaller comes first
     * @return this builder
     */
    public Builder order(StatusId id, int order) {
      return edit("reorder", id, draft -> draft.order = order);
    }

    /**
     * Makes a status manual: set only by a person. Its template, if any, becomes unbound.
     *
     * @param id the status
     * @return this builder
     */
    public Builder manual(StatusId id) {
      return edit("make manual", id, draft -> draft.mode(SchemeValidator.ModeKind.MANUAL, null, 0));
    }

    /**
     * Makes a status the one a newly created client gets (binds NEW_CLIENT to it).
     *
     * @param id the status
     * @return this builder
     */
    public Builder forNewClient(StatusId id) {
      return edit("set for a new client", id,
          draft -> draft.mode(SchemeValidator.ModeKind.FOR_NEW_CLIENT, null, 0));
    }

    /**
     * Makes a status automatic: bound to a template with a look-back period. Binding a template
     * that another status already has is a problem; make that status manual first.
     *
     * @param template a predefined template other than NEW_CLIENT, or a registered host rule's
     *     key
     * @param id the status
     * @param periodDays the look-back period, at least 1 and at most
     *     {@value StatusScheme#MAX_PERIOD_DAYS}
     * @return this builder
     */
    public Builder bind(TemplateKey template, StatusId id, int periodDays) {
      Objects.requireNonNull(template, "template");
      return edit("bind " + template + " to", id,
          draft -> draft.mode(SchemeValidator.ModeKind.AUTOMATIC, template, periodDays));
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

    private Builder edit(String operation, StatusId id, Consumer<SchemeValidator.Draft> change) {
      SchemeValidator.Draft draft = drafts.get(Objects.requireNonNull(id, "status id"));
      if (draft == null) {
        unknown(operation, id);
      } else {
        change.accept(draft);
      }
      return this;
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
      return validator().problems();
    }

    /**
     * Builds the scheme.
     *
     * @return the scheme
     * @throws SchemeValidationException listing every problem, if there is any
     */
    public StatusScheme build() {
      SchemeValidator.Result checked = validator();
      if (!checked.problems().isEmpty()) {
        throw new SchemeValidationException(checked.problems());
      }
      return new StatusScheme(SchemeValidator.sortedStatuses(drafts.values()), checked.rules(), widened,
          priorities, hostRules);
    }

    private SchemeValidator.Result validator() {
      return new SchemeValidator(drafts, widened, priorities, hostRules).check(early);
    }
  }
}
