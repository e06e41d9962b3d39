/**
 * QuickTheories generators of realistic domain data, reused by every test of the library and
 * offered to hosts: start at {@link org.clientbase.testkit.generators.DomainGenerators}.
 *
 * <p>Besides the domain types themselves, the package has a few composite values the
 * generators produce: {@link org.clientbase.testkit.generators.ClientPortrait} (a client with
 * its contact persons and counterparties), {@link org.clientbase.testkit.generators.ClientHistory}
 * (a client's facts over a period, for the status engine),
 * {@link org.clientbase.testkit.generators.PhoneSpellings} (one number written many ways) and
 * {@link org.clientbase.testkit.generators.CustomFieldSample} (a field definition with a value
 * that fits it).
 *
 * <p>To draw data outside a property (a demo base, a benchmark's data), give the generators a
 * {@link org.clientbase.testkit.generators.SeededSource}: the same seed gives the same data.
 */
package org.clientbase.testkit.generators;
