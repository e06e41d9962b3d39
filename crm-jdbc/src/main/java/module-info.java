/**
 * Every SPI on plain JDBC, for embedded H2 (the default) and PostgreSQL, with the schema
 * migrations in {@code db/clientbase/}.
 */
@SuppressWarnings("requires-automatic")
module org.clientbase.jdbc {
  requires transitive org.clientbase.core;
  requires transitive org.clientbase.spi;
  requires transitive java.sql;
  requires com.fasterxml.jackson.databind;
  requires com.zaxxer.hikari;
  // the PostgreSQL driver's copy API, used when the driver is there (an optional dependency)
  requires static org.postgresql.jdbc;
  // read only by javadoc and javac, for the Immutables style annotation on crm-core's types
  requires static org.immutables.value;

  exports org.clientbase.jdbc;
}
