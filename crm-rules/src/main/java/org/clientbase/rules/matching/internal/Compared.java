package org.clientbase.rules.matching.internal;

/**
 * The best pair of values of a field, with how similar they are: what an explanation shows.
 *
 * @param similarity the similarity, from 0 to 1
 * @param left the first card's value as written
 * @param right the second card's value as written
 * @param leftCompared the first value in the form compared
 * @param rightCompared the second value in the form compared
 * @param detail how the values were aligned; may be empty
 * @param leftTerm the first value's plain form, to look its frequency up; {@code null} for names
 *     and birthdays
 * @param rightTerm the second value's plain form; {@code null} for names and birthdays
 */
record Compared(
    double similarity, String left, String right, String leftCompared, String rightCompared, String detail,
    String leftTerm, String rightTerm) {}
