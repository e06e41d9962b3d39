/**
 * QuickTheories generators of realistic domain data, reused by every test of the library and
 * offered to hosts: start at {@link org.clientbase.testkit.generators.DomainGenerators} (ids,
 * names, tax ids, contacts, money), {@link org.clientbase.testkit.generators.CardGenerators}
 * (cards, custom fields, leads, clients, contact persons, counterparties),
 * {@link org.clientbase.testkit.generators.ActivityGenerators} (interactions, interests,
 * payments, shipments, tasks) and {@link org.clientbase.testkit.generators.StatusGenerators}
 * (work statuses, schemes and histories of clients). Duplicates with known truth come from
 * {@link org.clientbase.testkit.generators.DuplicateGens}, other spellings of names from
 * {@link org.clientbase.testkit.generators.SpellingGens}.
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
