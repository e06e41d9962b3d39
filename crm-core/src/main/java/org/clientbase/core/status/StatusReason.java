package org.clientbase.core.status;

import java.util.Objects;
import java.util.Optional;
import org.clientbase.core.Checks;
import org.clientbase.core.id.UserId;

/** Why a client got a status: a template's rule held, or a person set it. */
public sealed interface StatusReason permits StatusReason.ByRule, StatusReason.ByPerson {

  /**
   * The status was set because a template's conditions held.
   *
   * @param template the template
   * @return the reason
   */
  static StatusReason byRule(TemplateKey template) {
    return new ByRule(template);
  }

  /**
   * The status was set by a person who wrote no comment.
   *
   * @param user the person
   * @return the reason
   */
  static StatusReason byPerson(UserId user) {
    return new ByPerson(user, Optional.empty());
  }

  /**
   * The status was set by a person, with a comment.
   *
   * @param user the person
   * @param comment what the person wrote, normalised text
   * @return the reason
   */
  static StatusReason byPerson(UserId user, String comment) {
    return new ByPerson(user, Optional.of(Objects.requireNonNull(comment, "comment")));
  }

  /** A template's rule held. */
  final class ByRule implements StatusReason {
    private final TemplateKey template;

    private ByRule(TemplateKey template) {
      this.template = Objects.requireNonNull(template, "template");
    }

    /**
     * Returns the template whose rule held.
     *
     * @return the template
     */
    public TemplateKey template() {
      return template;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof ByRule && ((ByRule) other).template.equals(template);
    }

    @Override
    public int hashCode() {
      return template.hashCode();
    }

    @Override
    public String toString() {
      return "rule " + template;
    }
  }

  /** A person set the status. */
  final class ByPerson implements StatusReason {
    private final UserId user;
    private final Optional<String> comment;

    private ByPerson(UserId user, Optional<String> comment) {
      this.user = Objects.requireNonNull(user, "user");
      this.comment = Objects.requireNonNull(comment, "comment");
      comment.ifPresent(text -> Checks.checkNormalisedText("StatusReason.comment", text));
    }

    /**
     * Returns the person.
     *
     * @return the user
     */
    public UserId user() {
      return user;
    }

    /**
     * Returns the person's comment.
     *
     * @return the comment
     */
    public Optional<String> comment() {
      return comment;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof ByPerson
          && ((ByPerson) other).user.equals(user)
          && ((ByPerson) other).comment.equals(comment);
    }

    @Override
    public int hashCode() {
      return user.hashCode() * 31 + comment.hashCode();
    }

    @Override
    public String toString() {
      return "set by " + user + comment.map(c -> ": " + c).orElse("");
    }
  }
}
