package org.clientbase.rules.status;

import java.util.Objects;
import org.clientbase.core.ClientbaseException;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.EntityId;

/**
 * A client's facts cannot be evaluated: two facts share an id, or a fact belongs to another
 * client (or to a lead). The message names the client and the fact.
 */
public final class InvalidActivityException extends ClientbaseException {
  private static final long serialVersionUID = 1L;

  /** The client whose facts were given. */
  private final transient ClientId client;
  /** The offending fact. */
  private final transient EntityId fact;

  /**
   * Creates the exception.
   *
   * @param client the client whose facts were given
   * @param fact the offending fact's id
   * @param problem what is wrong with it
   */
  public InvalidActivityException(ClientId client, EntityId fact, String problem) {
    super("Client " + client + ": fact " + fact + " " + problem);
    this.client = Objects.requireNonNull(client, "client");
    this.fact = Objects.requireNonNull(fact, "fact");
  }

  /**
   * Returns the client whose facts were given.
   *
   * @return the client
   */
  public ClientId client() {
    return client;
  }

  /**
   * Returns the offending fact's id.
   *
   * @return the fact id
   */
  public EntityId fact() {
    return fact;
  }
}
