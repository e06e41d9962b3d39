package org.clientbase.rules.reminder;

import java.util.Objects;
import org.clientbase.core.client.ClientContact;
import org.clientbase.core.client.ContactPerson;
import org.clientbase.core.id.ClientId;

/**
 * A key person (ключевое лицо) at a client: one who decides or strongly influences decisions.
 *
 * <p>Immutable and thread-safe.
 *
 * @param client the client
 * @param person the contact person's card
 * @param link the link between them: the person's role at the client and the key person flag
 */
public record KeyPerson(ClientId client, ContactPerson person, ClientContact link) {
  /**
   * Checks the parts.
   *
   * @param client the client
   * @param person the contact person
   * @param link the link
   */
  public KeyPerson {
    Objects.requireNonNull(client, "client");
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(link, "link");
  }
}
