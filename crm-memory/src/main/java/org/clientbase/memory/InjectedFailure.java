package org.clientbase.memory;

/**
 * The failure a {@link FaultInjector} throws from a store call it was told to fail. Distinct
 * from every exception of the library and the SPI, so that a test can tell an injected failure
 * from a real one.
 */
public final class InjectedFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The operation that failed, e.g. {@code "ClientStore.update"}. */
  private final String operation;
  /** The number of the failed call, counted from 1 since the injector was armed. */
  private final long call;

  /**
   * Creates the failure.
   *
   * @param operation the operation that failed, e.g. {@code "ClientStore.update"}
   * @param call the number of the failed call, counted from 1 since the injector was armed
   */
  public InjectedFailure(String operation, long call) {
    super("injected failure at call " + call + " (" + operation + ")");
    this.operation = operation;
    this.call = call;
  }

  /**
   * Returns the operation that failed.
   *
   * @return the operation, e.g. {@code "ClientStore.update"}
   */
  public String operation() {
    return operation;
  }

  /**
   * Returns the number of the failed call.
   *
   * @return the call number, counted from 1 since the injector was armed
   */
  public long call() {
    return call;
  }
}
