package org.clientbase.rules.status;

import java.util.Objects;
import org.clientbase.core.ClientbaseException;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.StatusId;

/** A client's current status is not a status of the scheme the engine was built with. */
public final class UnknownStatusException extends ClientbaseException {
  private static final long serialVersionUID = 1L;

  /** The client. */
  private final transient ClientId client;
  /** The status not in the scheme. */
  private final transient StatusId status;

  /**
   * Creates the exception.
   *
   * @param client the client
   * @param status the status that the scheme does not have
   */
  public UnknownStatusException(ClientId client, StatusId status) {
    super("Client " + client + ": current status " + status + " is not in the status scheme");
    this.client = Objects.requireNonNull(client, "client");
    this.status = Objects.requireNonNull(status, "status");
  }

  /**
   * Returns the client.
   *
   * @return the client
   */
  public ClientId client() {
    return client;
  }

  /**
   * Returns the status that the scheme does not have.
   *
   * @return the status
   */
  public StatusId status() {
    return status;
  }
}
