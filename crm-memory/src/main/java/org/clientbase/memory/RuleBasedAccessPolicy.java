package org.clientbase.memory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiPredicate;
import org.clientbase.core.Checks;
import org.clientbase.core.InvalidValueException;
import org.clientbase.core.client.Client;
import org.clientbase.core.id.UserId;
import org.clientbase.spi.access.AccessPolicy;

/**
 * An {@link AccessPolicy} made of named rules: a user may do what at least one rule grants,
 * and nothing else. A rule grants {@link Access#VIEW} or {@link Access#EDIT}; editing implies
 * viewing. Immutable and thread-safe once built.
 *
 * <pre>{@code
 * AccessPolicy policy = RuleBasedAccessPolicy.builder()
 *     .administrator(UserId.of("admin"))             // sees and edits every client
 *     .responsibleManagerEdits()                     // a manager edits the clients they lead
 *     .team("sales", Set.of(UserId.of("m-1"), UserId.of("m-2")), Access.VIEW)
 *     .viewer(UserId.of("auditor"))                   // sees every client
 *     .build();
 * }</pre>
 */
public final class RuleBasedAccessPolicy implements AccessPolicy {

  /** What a rule grants. */
  public enum Access {
    /** The user may see the client. */
    VIEW,
    /** The user may see and change the client. */
    EDIT
  }

  /**
   * One named rule.
   *
   * @param name the rule's name, unique in a policy
   * @param applies whether the rule grants its access to a user for a client
   * @param access what the rule grants
   */
  public record Rule(String name, BiPredicate<UserId, Client> applies, Access access) {
    /**
     * Checks the parts.
     *
     * @param name the rule's name, not blank
     * @param applies whether the rule applies
     * @param access what the rule grants
     */
    public Rule {
      name = Checks.requireText("RuleBasedAccessPolicy rule name", name);
      Objects.requireNonNull(applies, "applies");
      Objects.requireNonNull(access, "access");
    }
  }

  private final List<Rule> rules;

  private RuleBasedAccessPolicy(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  /**
   * Returns a builder of a policy that grants nothing until rules are added.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the rules, in the order they were added.
   *
   * @return the rules
   */
  public List<Rule> rules() {
    return rules;
  }

  @Override
  public boolean canView(UserId user, Client client) {
    return grants(user, client, Access.VIEW);
  }

  @Override
  public boolean canEdit(UserId user, Client client) {
    return grants(user, client, Access.EDIT);
  }

  private boolean grants(UserId user, Client client, Access needed) {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(client, "client");
    for (Rule rule : rules) {
      if ((needed == Access.VIEW || rule.access() == Access.EDIT) && rule.applies().test(user, client)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return "RuleBasedAccessPolicy" + rules.stream().map(r -> r.name() + ":" + r.access()).toList();
  }

  /**
   * Builds a {@link RuleBasedAccessPolicy}; rejects a rule whose name was used before, naming
   * it.
   */
  public static final class Builder {
    private final Map<String, Rule> rules = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Adds a rule.
     *
     * @param name the rule's name, unique in the policy
     * @param applies whether the rule grants its access to a user for a client
     * @param access what the rule grants
     * @return this builder
     * @throws InvalidValueException if a rule of that name was added before
     */
    public Builder rule(String name, BiPredicate<UserId, Client> applies, Access access) {
      Rule rule = new Rule(name, applies, access);
      if (rules.containsKey(rule.name())) {
        throw new InvalidValueException("RuleBasedAccessPolicy rule", rule.name(), "is already defined");
      }
      rules.put(rule.name(), rule);
      return this;
    }

    /**
     * Lets a user see and change every client.
     *
     * @param user the administrator
     * @return this builder
     * @throws InvalidValueException if the same administrator was added before
     */
    public Builder administrator(UserId user) {
      Objects.requireNonNull(user, "user");
      return rule("administrator " + user, (u, c) -> u.equals(user), Access.EDIT);
    }

    /**
     * Lets a user see every client.
     *
     * @param user the viewer
     * @return this builder
     * @throws InvalidValueException if the same viewer was added before
     */
    public Builder viewer(UserId user) {
      Objects.requireNonNull(user, "user");
      return rule("viewer " + user, (u, c) -> u.equals(user), Access.VIEW);
    }

    /**
     * Lets the responsible manager of a client see and change it.
     *
     * @return this builder
     * @throws InvalidValueException if added twice
     */
    public Builder responsibleManagerEdits() {
      return rule("responsible manager", (u, c) -> c.responsible().map(u::equals).orElse(false), Access.EDIT);
    }

    /**
     * Lets the members of a team access the clients any member is responsible for.
     *
     * @param team the team's name, unique in the policy
     * @param members the members
     * @param access what members may do with each other's clients
     * @return this builder
     * @throws InvalidValueException if a team of that name was added before
     */
    public Builder team(String team, Set<UserId> members, Access access) {
      Set<UserId> copy = Set.copyOf(members);
      return rule("team " + team,
          (u, c) -> copy.contains(u) && c.responsible().map(copy::contains).orElse(false), access);
    }

    /**
     * Builds the policy.
     *
     * @return the policy
     */
    public RuleBasedAccessPolicy build() {
      return new RuleBasedAccessPolicy(new ArrayList<>(rules.values()));
    }
  }
}
