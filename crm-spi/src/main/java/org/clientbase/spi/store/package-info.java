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
 */
package org.clientbase.spi.store;
