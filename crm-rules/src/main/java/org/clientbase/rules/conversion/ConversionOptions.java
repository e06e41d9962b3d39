package org.clientbase.rules.conversion;

import java.util.Objects;
import java.util.Optional;
import org.clientbase.core.InvalidValueException;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.ContactPersonId;
import org.clientbase.core.id.UserId;

/**
 * Choices for one conversion beyond the defaults: convert into an existing client (and
 * contact person) instead of creating them, open an interest, set the responsible manager, and
 * override the duplicate policy.
 *
 * <pre>{@code
 * ConversionOptions options = ConversionOptions.builder()
 *     .responsible(UserId.of("manager-7"))
 *     .openInterest(InterestRequest.about("Office furniture"))
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class ConversionOptions {
  private static final ConversionOptions DEFAULTS = builder().build();

  private final Optional<ClientId> intoClient;
  private final Optional<ContactPersonId> intoContactPerson;
  private final Optional<InterestRequest> openInterest;
  private final Optional<UserId> responsible;
  private final Optional<DuplicatePolicy> duplicatePolicy;

  private ConversionOptions(Builder b) {
    this.intoClient = b.intoClient;
    this.intoContactPerson = b.intoContactPerson;
    this.openInterest = b.openInterest;
    this.responsible = b.responsible;
    this.duplicatePolicy = b.duplicatePolicy;
  }

  /**
   * Returns the defaults: create a client (and contact person), no interest, no responsible
   * manager beyond the lead's, the converter's duplicate policy.
   *
   * @return the default options
   */
  public static ConversionOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the existing client to convert into, if one was chosen.
   *
   * @return the existing client
   */
  public Optional<ClientId> intoClient() {
    return intoClient;
  }

  /**
   * Returns the existing contact person to convert into, if one was chosen.
   *
   * @return the existing contact person
   */
  public Optional<ContactPersonId> intoContactPerson() {
    return intoContactPerson;
  }

  /**
   * Returns the interest to open with the client, if asked for.
   *
   * @return the interest request
   */
  public Optional<InterestRequest> openInterest() {
    return openInterest;
  }

  /**
   * Returns the responsible manager to set, if chosen; otherwise the lead's is kept.
   *
   * @return the responsible manager
   */
  public Optional<UserId> responsible() {
    return responsible;
  }

  /**
   * Returns the duplicate policy for this conversion, if it overrides the converter's.
   *
   * @return the duplicate policy
   */
  public Optional<DuplicatePolicy> duplicatePolicy() {
    return duplicatePolicy;
  }


  /** Builds {@link ConversionOptions}; each setting may be given once. */
  public static final class Builder {
    private Optional<ClientId> intoClient = Optional.empty();
    private Optional<ContactPersonId> intoContactPerson = Optional.empty();
    private Optional<InterestRequest> openInterest = Optional.empty();
    private Optional<UserId> responsible = Optional.empty();
    private Optional<DuplicatePolicy> duplicatePolicy = Optional.empty();

    private Builder() {}

    private static <T> Optional<T> once(String name, Optional<T> current, T value) {
      Objects.requireNonNull(value, name);
      if (current.isPresent()) {
        throw new InvalidValueException("ConversionOptions." + name, value, "was already set to " + current.get());
      }
      return Optional.of(value);
    }

    /**
     * Converts into an existing client instead of creating one; only its empty fields are
     * filled from the lead.
     *
     * @param client the existing client
     * @return this builder
     */
    public Builder intoClient(ClientId client) {
      intoClient = once("intoClient", intoClient, client);
      return this;
    }

    /**
     * Converts into an existing contact person instead of creating one; only its empty fields
     * are filled from the lead. Requires {@link #intoClient(ClientId)}.
     *
     * @param person the existing contact person
     * @return this builder
     */
    public Builder intoContactPerson(ContactPersonId person) {
      intoContactPerson = once("intoContactPerson", intoContactPerson, person);
      return this;
    }

    /**
     * Opens an interest with the client as part of the conversion.
     *
     * @param request the interest to open
     * @return this builder
     */
    public Builder openInterest(InterestRequest request) {
      openInterest = once("openInterest", openInterest, request);
      return this;
    }

    /**
     * Sets the responsible manager of the new client (of an existing client only if it has
     * none).
     *
     * @param manager the manager
     * @return this builder
     */
    public Builder responsible(UserId manager) {
      responsible = once("responsible", responsible, manager);
      return this;
    }

    /**
     * Overrides the converter's duplicate policy for this conversion.
     *
     * @param policy the policy
     * @return this builder
     */
    public Builder duplicatePolicy(DuplicatePolicy policy) {
      duplicatePolicy = once("duplicatePolicy", duplicatePolicy, policy);
      return this;
    }


    /**
     * Builds the options.
     *
     * @return the options
     * @throws InvalidValueException if a contact person was chosen without a client
     */
    public ConversionOptions build() {
      if (intoContactPerson.isPresent() && intoClient.isEmpty()) {
        throw new InvalidValueException(
            "ConversionOptions.intoContactPerson", intoContactPerson.get(), "needs intoClient as well");
      }
      return new ConversionOptions(this);
    }
  }
}
