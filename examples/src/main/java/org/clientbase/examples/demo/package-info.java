/**
 * The demo: the library's main job on a realistic client base in an embedded H2 database, run
 * with one command ({@link org.clientbase.examples.demo.Main}). It generates the base from the
 * test kit's generators with a fixed seed ({@link org.clientbase.examples.demo.BaseGenerator}),
 * recalculates the statuses over two years with a progress bar in the terminal, switches leads
 * off, prints the tables and writes the HTML report.
 */
package org.clientbase.examples.demo;
