package org.clientbase.core.activity;

/** Who started an interaction. */
public enum InteractionDirection {
  /** The client or lead contacted us. */
  INCOMING,
  /** We contacted the client or lead. */
  OUTGOING
}
