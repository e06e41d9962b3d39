/**
 * A host application's side of the library on a relational database: every SPI of
 * {@code crm-spi} on plain JDBC, for embedded H2 (the default) and PostgreSQL.
 *
 * <p>Start with {@link org.clientbase.jdbc.JdbcDatabase} (a connection pool and the
 * schema migrations) and {@link org.clientbase.jdbc.JdbcClientbase} (all SPI
 * implementations on it). The schema is in {@code db/clientbase/} ({@code V1__clientbase_schema.sql}
 * and the migrations after it):
 * one table per store, a {@code version} column for optimistic locking, indexes for the batch
 * reads, and JSON columns for the lists inside a card. Each store passes the SPI contract tests
 * of {@code crm-testkit} on both databases.
 */
package org.clientbase.jdbc;
