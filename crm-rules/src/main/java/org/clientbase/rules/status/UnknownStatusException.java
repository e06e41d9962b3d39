package org.clientbase.rules.status;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.clientbase.core.ClientbaseException;
import org.clientbase.core.TextPolicy;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.StatusId;

/**
 * A status is not a status of the scheme the engine was built with: a client's current status,
 * or a status asked for by hand. When the scheme's statuses are known the message lists them.
 */
public final class UnknownStatusException extends ClientbaseException {
  private static final long serialVersionUID = 1L;
  /** The most status ids a message lists. */
  private static final int MAX_LISTED = 30;

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
   * Creates the exception for a status asked for that the scheme does not have, listing the
   * scheme's status ids so that the caller can pick a valid one.
   *
   * @param client the client
   * @param status the status asked for
   * @param known the ids of the scheme's statuses, in the scheme's order
   */
  public UnknownStatusException(ClientId client, StatusId status, List<StatusId> known) {
    super("Client " + client + ": status " + TextPolicy.excerpt(status.value())
        + " is unknown; the status scheme has " + list(known));
    this.client = Objects.requireNonNull(client, "client");
    this.status = status;
  }

  private static String list(List<StatusId> known) {
    int shown = Math.min(known.size(), MAX_LISTED);
    String ids = known.subList(0, shown).stream().map(StatusId::value)
        .collect(Collectors.joining(", "));
    return shown < known.size() ? ids + " and " + (known.size() - shown) + " more" : ids;
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
