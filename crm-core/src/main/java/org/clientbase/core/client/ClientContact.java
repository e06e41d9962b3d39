package org.clientbase.core.client;

import java.util.Optional;
import org.clientbase.core.Checks;
import org.clientbase.core.ClientbaseStyle;
import org.clientbase.core.id.ContactPersonId;
import org.immutables.value.Value;

/**
 * The link between a client and one of its contact persons: the person's role or position at
 * that client and whether they are a key person (ключевое лицо). A contact person may be linked
 * to several clients, with a different role at each.
 */
@Value.Immutable
@ClientbaseStyle
public abstract class ClientContact {
  ClientContact() {}

  /**
   * Returns the contact person.
   *
   * @return the contact person
   */
  @Value.Parameter
  public abstract ContactPersonId contactPerson();

  /**
   * Returns the person's role or position at the client, e.g. "Chief accountant".
   *
   * @return the role
   */
  public abstract Optional<String> role();

  /**
   * Tells whether the person is a key person at the client: one who decides or strongly
   * influences decisions.
   *
   * @return {@code true} for a key person
   */
  @Value.Default
  public boolean keyPerson() {
    return false;
  }

  /**
   * Returns a link with no role that is not a key person.
   *
   * @param contactPerson the contact person
   * @return the link
   */
  public static ClientContact of(ContactPersonId contactPerson) {
    return ImmutableClientContact.of(contactPerson);
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  final void check() {
    role().ifPresent(v -> Checks.checkNormalisedText("ClientContact.role", v));
  }

  /** Builds a {@link ClientContact}. */
  public static final class Builder extends ImmutableClientContact.Builder {
    Builder() {}
  }
}
