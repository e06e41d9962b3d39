package org.clientbase.spi.access;

import java.util.Objects;
import org.clientbase.core.id.UserId;

/**
 * The library acting for the host itself rather than for a person: the nightly status
 * recalculation, index maintenance, automation rules, data migrations. An operation that takes
 * a {@code SystemActor} instead of a {@link UserId} does not consult the {@link AccessPolicy}:
 * it reads and writes the whole base.
 *
 * <p>A host creates one only in its own scheduled or administrative code, never from a request
 * made by a user; the separate type keeps a restricted operation from being called as an
 * unrestricted one by accident. The actor's {@link #author()} is what histories record as the
 * author of the changes it makes, so they stay distinguishable from a person's.
 *
 * <pre>{@code
 * SystemActor nightly = SystemActor.recordedAs(UserId.of("system:nightly"));
 * statusService.recalculateAll(nightly, today);   // every client, no policy
 * statusService.statusOn(manager, clientId, today);   // restricted: manager's clients only
 * }</pre>
 */
public final class SystemActor {
  private final UserId author;

  private SystemActor(UserId author) {
    this.author = author;
  }

  /**
   * Returns the system actor recorded in histories under an author id.
   *
   * @param author the id written as the author of the changes the system makes, e.g. {@code
   *     system:nightly}; pick one that no person uses
   * @return the actor
   */
  public static SystemActor recordedAs(UserId author) {
    return new SystemActor(Objects.requireNonNull(author, "author"));
  }

  /**
   * Returns the id histories record as the author of this actor's changes.
   *
   * @return the author id
   */
  public UserId author() {
    return author;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SystemActor actor && actor.author.equals(author);
  }

  @Override
  public int hashCode() {
    return author.hashCode() + 17;
  }

  @Override
  public String toString() {
    return "system actor " + author;
  }
}
