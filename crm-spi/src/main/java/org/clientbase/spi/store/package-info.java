/**
 * The stores a host implements: one per directory (leads, clients, contact persons,
 * counterparties), one per kind of fact (interactions, interests, payments, shipments, tasks),
 * the status history and the settings.
 *
 * <p>Directory and fact stores share {@link org.clientbase.spi.store.RecordStore}: versioned
 * writes that reject a stale update, and id-ordered pages that let batch work walk the whole
 * base in bounded memory. Fact stores add
 * {@link org.clientbase.spi.store.ClientFactStore#findByClients}, one call for the facts of a
 * whole batch of clients; the counterparty store has its own
 * {@link org.clientbase.spi.store.CounterpartyStore#findByClients}, one call for the
 * counterparties of a batch.
 *
 * <p>A host that wants only statuses implements the small read-side interfaces the status
 * service calls: {@link org.clientbase.spi.store.ClientPages} (cards by id and in pages),
 * one {@link org.clientbase.spi.store.ClientFacts} per kind of fact (facts of a page of
 * clients), and {@link org.clientbase.spi.store.StatusHistoryStore} (the history, read side
 * {@link org.clientbase.spi.store.StatusHistories}); the full stores extend them.
 *
 * <p>Every store is called from several threads at once; each interface states what it must
 * give.
 */
package org.clientbase.spi.store;
