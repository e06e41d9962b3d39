/**
 * What a host implements for duplicate control: the {@link
 * org.clientbase.spi.matching.MatchKeyIndex} through which the library finds candidate
 * duplicates by blocking keys (a host backs it with an indexed table), the {@link
 * org.clientbase.spi.matching.MergeJournal} that makes merges resumable and undoable, and,
 * optionally, {@link org.clientbase.spi.matching.DocumentReferences} to move references in the
 * host's own documents so that an undone merge can move exactly those back.
 *
 * <p>The library computes the keys and decides what is a duplicate; the host only stores and
 * looks up. Every interface here has an in-memory implementation and an abstract contract test
 * in the {@code crm-testkit} module.
 */
package org.clientbase.spi.matching;
