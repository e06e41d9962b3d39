/**
 * Thread-safe in-memory implementations of every SPI: the embedded default for prototypes, small
 * hosts and tests. Depends on nothing but the core, the SPI and Guava.
 */
@SuppressWarnings("requires-automatic")
module org.clientbase.memory {
  requires transitive org.clientbase.core;
  requires transitive org.clientbase.spi;
  // read only by javadoc and javac, for the Immutables style annotation on crm-core's types
  requires static org.immutables.value;

  exports org.clientbase.memory;
}
