/**
 * The test kit: in-memory implementations of every SPI, QuickTheories generators of realistic
 * domain data, and abstract SPI contract tests a host extends to check its own implementations.
 */
@SuppressWarnings("requires-automatic")
module org.clientbase.testkit {
  requires transitive org.clientbase.core;
  requires transitive org.clientbase.spi;
  requires transitive org.junit.jupiter.api;
  requires transitive org.assertj.core;
  requires transitive quicktheories;
  requires static org.immutables.value;

}
