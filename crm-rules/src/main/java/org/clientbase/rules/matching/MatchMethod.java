package org.clientbase.rules.matching;

/**
 * How a {@link FieldRule} compares the values of a field. Every method gives a similarity from
 * 0 to 1; for a field with several values (phones, emails, ...) the best pair counts.
 *
 * <p>Two values written in the same script are compared as written (lower case, accents
 * dropped), so English words stay themselves; values in different scripts (Cyrillic and Latin)
 * are compared in their folded forms (see {@link NameNormaliser}). Two first names of one group
 * of equivalents (Vladimir, Volodymyr, Wladimir, Vova) are equal under every method but {@link
 * #EXACT}. A birthday under a fuzzy method is {@value #DATE_SWAPPED} similar to the same date
 * with day and month swapped and {@value #DATE_TYPO} similar to a date one digit off (one digit
 * changed, or two neighbouring digits swapped), and 0 otherwise.
 */
public enum MatchMethod {
  /** The values as written are equal (1) or not (0). */
  EXACT("exact"),
  /**
   * The values are equal after normalisation (1) or not (0): {@link PhoneNormaliser phones} in
   * E.164, {@link EmailNormaliser emails} by the providers' rules, names {@link NameNormaliser
   * folded} (in either order of last and first name), companies without legal forms, addresses
   * as a set of words; birthdays on the same day, with the same year when both know it.
   */
  NORMALISED_EXACT("normalised exact"),
  /**
   * The Jaro-Winkler similarity of the normalised values. A person name is as similar as its
   * least similar part (last, first, and patronymic when both have one), with the parts taken in
   * the written order or swapped, whichever is better; an initial is as similar as {@value
   * #INITIAL_SIMILARITY} to a part that starts with it.
   */
  JARO_WINKLER("Jaro-Winkler"),
  /**
   * One minus the Damerau-Levenshtein distance (insertions, deletions, substitutions,
   * transpositions) over the longer length, of the normalised values; person names by their
   * parts as for {@link #JARO_WINKLER}.
   */
  DAMERAU_LEVENSHTEIN("Damerau-Levenshtein"),
  /**
   * The share of distinct normalised words the two values have in common (Jaccard). Not for
   * birthdays.
   */
  TOKEN_SET("token set");

  /** How similar a birthday is to the same date with day and month swapped, under a fuzzy method. */
  public static final double DATE_SWAPPED = 0.9;

  /** How similar a birthday is to a date one digit off, under a fuzzy method. */
  public static final double DATE_TYPO = 0.8;

  /** How similar an initial is to a name part that starts with it. */
  public static final double INITIAL_SIMILARITY = 0.95;

  private final String label;

  MatchMethod(String label) {
    this.label = label;
  }

  /**
   * Returns the method's name in explanations.
   *
   * @return the label, e.g. {@code "Jaro-Winkler"}
   */
  public String label() {
    return label;
  }

  /**
   * Tells whether the method gives similarities between 0 and 1, rather than only 0 or 1.
   *
   * @return {@code true} for the fuzzy methods
   */
  public boolean isFuzzy() {
    return this == JARO_WINKLER || this == DAMERAU_LEVENSHTEIN || this == TOKEN_SET;
  }
}
