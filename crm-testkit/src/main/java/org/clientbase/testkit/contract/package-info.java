/**
 * Abstract JUnit 5 contract tests for every SPI of {@code org.clientbase.spi}. A host proves
 * that its own implementation keeps the promises the library relies on by extending the
 * contract and implementing its factory method:
 *
 * <pre>{@code
 * class JdbcClientStoreTest extends ClientStoreContract {
 *   @Override
 *   protected ClientStore newStore() {
 *     database.truncate("client");
 *     return new JdbcClientStore(database);
 *   }
 * }
 * }</pre>
 *
 * <p>Test data comes from {@link org.clientbase.testkit.contract.ContractFixtures}: valid,
 * fixed domain objects, so a host can run the contracts without a property-testing library.
 * The in-memory implementations of {@link org.clientbase.memory} pass every contract.
 */
package org.clientbase.testkit.contract;
