/**
 * Reports of the status engine's results for people: the structure of the base over time
 * ({@link org.clientbase.examples.report.StatusTimeline}), a self-contained HTML page with an SVG
 * chart, the status table and the transition matrix
 * ({@link org.clientbase.examples.report.HtmlReport}), and the same tables as plain text
 * ({@link org.clientbase.examples.report.TextReport}).
 */
package org.clientbase.examples.report;
