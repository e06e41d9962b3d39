package org.clientbase.rules.access;

import java.util.Objects;
import org.clientbase.core.ClientbaseException;
import org.clientbase.core.id.UserId;

/**
 * The host's access policy does not let a user do what they asked. Nothing was read or written
 * on their behalf.
 *
 * <p>Example message: {@code manager-2 may not edit client c-1: the access policy forbids it}.
 * For a record the user may not see, the same exception is thrown whether it is stored or not,
 * with the reason {@code not stored, or the access policy forbids it}, so that refusals never
 * tell a user which ids exist.
 */
public class AccessDeniedException extends ClientbaseException {
  private static final long serialVersionUID = 1L;

  /** The user who asked. */
  private final UserId user;
  /** What they asked to do. */
  private final Permission permission;
  /** The record, e.g. {@code "client c-1"}. */
  private final String record;

  /**
   * Creates the exception.
   *
   * @param user the user who asked
   * @param permission what they asked to do
   * @param record the record, e.g. {@code "client c-1"}
   * @param reason why it is refused, e.g. {@code "the access policy forbids it"}
   */
  public AccessDeniedException(UserId user, Permission permission, String record, String reason) {
    super(user + " may not " + permission.verb() + " " + record + ": " + reason);
    this.user = Objects.requireNonNull(user, "user");
    this.permission = permission;
    this.record = record;
  }

  /**
   * Returns the user who asked.
   *
   * @return the user
   */
  public UserId user() {
    return user;
  }

  /**
   * Returns what the user asked to do.
   *
   * @return the permission asked for
   */
  public Permission permission() {
    return permission;
  }

  /**
   * Returns the record.
   *
   * @return the record, e.g. {@code "client c-1"}
   */
  public String record() {
    return record;
  }
}
