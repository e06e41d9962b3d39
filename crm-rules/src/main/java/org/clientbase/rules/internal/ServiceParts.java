package org.clientbase.rules.internal;

import java.time.Clock;
import org.clientbase.core.InvalidValueException;
import org.clientbase.core.MissingValuesException;
import org.clientbase.spi.Clientbase;
import org.clientbase.spi.access.AccessPolicy;

/**
 * The parts every service builder takes in the same way: the host's {@link Clientbase}, the
 * {@link Clock}, the host's {@link AccessPolicy} and the page size of store reads. A service's
 * builder keeps one of these, forwards its setters to it and, in {@code build()}, names which of
 * these parts it requires together with its own settings:
 *
 * <pre>{@code
 * parts.required(ServiceParts.CLIENTBASE, ServiceParts.CLOCK).part("scheme", scheme).check();
 * }</pre>
 */
public final class ServiceParts {
  /** The name of the client base setting. */
  public static final String CLIENTBASE = "clientbase";
  /** The name of the clock setting. */
  public static final String CLOCK = "clock";
  /** The name of the access policy setting. */
  public static final String ACCESS_POLICY = "accessPolicy";

  private static final int MAX_PAGE_SIZE = 100_000;

  private final BuilderChecks checks;
  private Clientbase clientbase;
  private Clock clock;
  private AccessPolicy accessPolicy;
  private Integer pageSize;

  /**
   * Creates the parts of one service's builder.
   *
   * @param service the service's name, e.g. {@code "TaskService"}
   */
  public ServiceParts(String service) {
    this.checks = new BuilderChecks(service);
  }

  /**
   * Returns the checks of this builder, for the service's own settings.
   *
   * @return the checks
   */
  public BuilderChecks checks() {
    return checks;
  }

  /**
   * Sets the client base.
   *
   * @param value the client base
   * @throws InvalidValueException if {@code null} or already set
   */
  public void clientbase(Clientbase value) {
    clientbase = checks.once(CLIENTBASE, clientbase, value);
  }

  /**
   * Sets the clock.
   *
   * @param value the clock
   * @throws InvalidValueException if {@code null} or already set
   */
  public void clock(Clock value) {
    clock = checks.once(CLOCK, clock, value);
  }

  /**
   * Sets the access policy.
   *
   * @param value the policy
   * @throws InvalidValueException if {@code null} or already set
   */
  public void accessPolicy(AccessPolicy value) {
    accessPolicy = checks.once(ACCESS_POLICY, accessPolicy, value);
  }

  /**
   * Sets the page size of store reads.
   *
   * @param size the page size, from 1 to 100 000
   * @throws InvalidValueException if out of bounds or already set
   */
  public void pageSize(int size) {
    pageSize = checks.once("pageSize", pageSize, checks.within("pageSize", size, 1, MAX_PAGE_SIZE));
  }

  /**
   * Starts the check of the required parts with the shared parts named.
   *
   * @param shared the names of the shared parts the service requires ({@link #CLIENTBASE},
   *     {@link #CLOCK}, {@link #ACCESS_POLICY})
   * @return the check, to which the service adds its own parts before calling
   *     {@link BuilderChecks.Required#check()}
   */
  public BuilderChecks.Required required(String... shared) {
    BuilderChecks.Required required = checks.required();
    for (String name : shared) {
      required.part(name, valueOf(name));
    }
    return required;
  }

  private Object valueOf(String name) {
    switch (name) {
      case CLIENTBASE:
        return clientbase;
      case CLOCK:
        return clock;
      case ACCESS_POLICY:
        return accessPolicy;
      default:
        throw new IllegalArgumentException("not a shared part: " + name);
    }
  }

  /**
   * Returns the client base.
   *
   * @return the client base
   * @throws MissingValuesException if it was not set
   */
  public Clientbase clientbase() {
    return present(CLIENTBASE, clientbase);
  }

  /**
   * Returns the clock.
   *
   * @return the clock
   * @throws MissingValuesException if it was not set
   */
  public Clock clock() {
    return present(CLOCK, clock);
  }

  /**
   * Returns the access policy.
   *
   * @return the policy
   * @throws MissingValuesException if it was not set
   */
  public AccessPolicy accessPolicy() {
    return present(ACCESS_POLICY, accessPolicy);
  }

  /**
   * Returns the page size, or a default when none was set.
   *
   * @param byDefault the page size when none was set
   * @return the page size
   */
  public int pageSizeOr(int byDefault) {
    return pageSize == null ? byDefault : pageSize;
  }

  private <T> T present(String name, T value) {
    checks.required().part(name, value).check();
    return value;
  }
}
