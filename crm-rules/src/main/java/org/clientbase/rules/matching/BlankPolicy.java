package org.clientbase.rules.matching;

/** What a {@link FieldRule} makes of a field that is blank on one or both cards. */
public enum BlankPolicy {
  /** A blank field tells nothing: it neither adds to nor takes from the score. */
  IGNORE,
  /** Two blank fields agree (with similarity 1); one blank field tells nothing. */
  BOTH_BLANK_AGREE,
  /** A field blank on one card and filled on the other disagrees; two blank fields tell nothing. */
  ONE_BLANK_DISAGREES
}
