package org.clientbase.rules.matching;

/** What the host's policy makes of a card that looks like existing ones when it is saved. */
public enum CheckAction {
  /** Save it; the matches are only for information. */
  ALLOW,
  /** Save it only after a person has seen the matches and confirmed. */
  WARN,
  /** Do not save it: it is a duplicate. */
  BLOCK
}
