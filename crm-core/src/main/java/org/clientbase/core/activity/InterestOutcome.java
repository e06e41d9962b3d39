package org.clientbase.core.activity;

/** How a closed interest ended. */
public enum InterestOutcome {
  /** Closed as successfully completed: a deal was made. */
  WON,
  /** Closed without a deal; a lost interest carries a loss reason. */
  LOST
}
