/**
 * Counterparty auto-fill by tax id: the requisites of a counterparty (legal
 * name, KPP, OGRN, legal address) filled from its INN through the host's
 * {@link org.clientbase.spi.lookup.TaxIdLookup}, by
 * {@link org.clientbase.rules.requisites.RequisitesAutoFill}.
 */
package org.clientbase.rules.requisites;
