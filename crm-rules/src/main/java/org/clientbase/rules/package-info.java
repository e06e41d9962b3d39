/**
 * What the procedures of the library share, such as {@link org.clientbase.rules.UnknownRecordException}.
 * The procedures themselves are in one package per concept: {@code status}, {@code conversion},
 * {@code matching}, {@code history}, {@code reminder}, {@code task}, {@code interaction},
 * {@code classification}, {@code quality}, {@code access} and {@code requisites}.
 */
package org.clientbase.rules;
