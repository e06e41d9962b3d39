/**
 * The status computation as an Apache Beam pipeline
 * ({@link org.clientbase.examples.beam.StatusPipeline}): the same evaluator and replay as the
 * command line, grouped by client, for a base larger than one machine on any Beam runner.
 */
package org.clientbase.examples.beam;
