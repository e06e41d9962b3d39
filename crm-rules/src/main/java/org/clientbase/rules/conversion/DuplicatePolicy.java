package org.clientbase.rules.conversion;

/** What a conversion does when the duplicate gate finds existing clients like the lead. */
public enum DuplicatePolicy {
  /** Create a new client all the same. */
  CREATE_ANYWAY,
  /** Convert the lead into the best match instead of creating a client. */
  CONVERT_INTO_MATCH,
  /** Write nothing and report the matches, for a person to decide. */
  STOP_AND_REPORT
}
