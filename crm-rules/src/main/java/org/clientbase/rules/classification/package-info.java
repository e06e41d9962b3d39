/**
 * ABC/XYZ classification of clients: ABC by cumulative share of revenue
 * (defaults 80 / 15 / 5 %), XYZ by the coefficient of variation of monthly revenue (defaults
 * 10 % / 25 %), the combined AX..CZ matrix.
 * {@link org.clientbase.rules.classification.AbcXyzClassifier} is the pure function over
 * revenue in memory; {@link org.clientbase.rules.classification.AbcXyzClassification} streams
 * over a host's base.
 */
package org.clientbase.rules.classification;
