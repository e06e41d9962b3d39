/**
 * The test kit: QuickTheories generators of realistic domain data and abstract SPI contract
 * tests a host extends to check its own implementations. It brings the in-memory storage of
 * {@code org.clientbase.memory} along.
 */
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module org.clientbase.testkit {
  requires transitive org.clientbase.core;
  requires transitive org.clientbase.spi;
  requires transitive org.clientbase.memory;
  requires transitive org.junit.jupiter.api;
  requires transitive org.assertj.core;
  requires transitive quicktheories;
  requires static org.immutables.value;

  exports org.clientbase.testkit.generators;
  exports org.clientbase.testkit.contract;
  // JUnit calls the contract tests' package-private methods by reflection
  opens org.clientbase.testkit.contract;

}
