package org.clientbase.examples.cli;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.clientbase.core.id.StatusId;
import org.clientbase.core.status.WorkStatus;
import org.clientbase.rules.status.StatusScheme;

/**
 * A client's status on the evaluation date: a row of the output file
 * {@code client_id,status,status_name,since}.
 *
 * @param client the client's id
 * @param status the status id, or {@code null} for a client without a status (created after the
 *     date, or under a scheme without a status for new clients)
 * @param since the date from which the client has the status, or {@code null} without one
 */
public record ClientStatus(String client, String status, LocalDate since) implements Serializable {
  /** The columns of the output file. */
  public static final List<String> COLUMNS = List.of("client_id", "status", "status_name", "since");

  /**
   * Checks the parts.
   *
   * @param client the client's id
   * @param status the status, or {@code null}
   * @param since the date, or {@code null}
   */
  public ClientStatus {
    Objects.requireNonNull(client, "client");
    if ((status == null) != (since == null)) {
      throw new IllegalArgumentException("status and since go together: " + status + ", " + since);
    }
  }

  /**
   * Returns the row's fields in the order of {@link #COLUMNS}.
   *
   * @param scheme the scheme that names the status
   * @return the fields
   */
  public String[] fields(StatusScheme scheme) {
    if (status == null) {
      return new String[] {client, "", "", ""};
    }
    String name = scheme.status(StatusId.of(status)).map(WorkStatus::name).orElse(status);
    return new String[] {client, status, name, since.toString()};
  }
}
