/**
 * The {@code statuses} command line: computes every client's work status on a date from CSV
 * exports of the clients and their facts ({@link org.clientbase.examples.cli.StatusesCommand}),
 * streaming both files so that memory stays flat. {@link org.clientbase.examples.cli.StatusCalculator}
 * is the computation it shares with the Beam pipeline; {@link org.clientbase.examples.cli.SchemeFile}
 * reads a status scheme written as JSON.
 */
package org.clientbase.examples.cli;
