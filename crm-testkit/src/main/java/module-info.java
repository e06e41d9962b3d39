/**
 * The test kit: in-memory implementations of every SPI, QuickTheories generators of realistic
 * domain data, and abstract SPI contract tests a host extends to check its own implementations.
 */
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module org.clientbase.testkit {
  requires transitive org.clientbase.core;
  requires transitive org.clientbase.spi;
  requires transitive org.junit.jupiter.api;
  requires transitive org.assertj.core;
  requires transitive quicktheories;
  requires static org.immutables.value;

  exports org.clientbase.testkit.generators;
  exports org.clientbase.testkit.memory;
  exports org.clientbase.testkit.contract;
  // JUnit calls the contract tests' package-private methods by reflection
  opens org.clientbase.testkit.contract;

}
