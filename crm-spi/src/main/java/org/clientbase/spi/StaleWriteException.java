package org.clientbase.spi;

import org.clientbase.core.ClientbaseException;

/**
 * A write was computed from a version of a record that is no longer the stored one: someone
 * else changed or removed the record in between. The write took no effect; read the record
 * again and decide anew.
 */
public class StaleWriteException extends ClientbaseException {
  private static final long serialVersionUID = 1L;

  /** What record was written, e.g. {@code "Lead l-17"}. */
  private final String record;
  /** The version the write expected. */
  private final long expectedVersion;
  /** The version found in the store, or 0 if the record is gone. */
  private final long actualVersion;

  /**
   * Creates the exception.
   *
   * @param record what record was written, e.g. {@code "Lead l-17"}
   * @param expectedVersion the version the write expected
   * @param actualVersion the version found, or 0 if the record does not exist
   */
  public StaleWriteException(String record, long expectedVersion, long actualVersion) {
    super(record + ": expected version " + expectedVersion + ", found "
        + (actualVersion == 0 ? "no record" : "version " + actualVersion));
    this.record = record;
    this.expectedVersion = expectedVersion;
    this.actualVersion = actualVersion;
  }

  /**
   * Returns what record was written.
   *
   * @return the record, e.g. {@code "Lead l-17"}
   */
  public String record() {
    return record;
  }

  /**
   * Returns the version the write expected.
   *
   * @return the expected version
   */
  public long expectedVersion() {
    return expectedVersion;
  }

  /**
   * Returns the version found in the store.
   *
   * @return the actual version, or 0 if the record does not exist
   */
  public long actualVersion() {
    return actualVersion;
  }
}
