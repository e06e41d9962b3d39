/**
 * Russian tax identifiers of clients and counterparties: {@link org.clientbase.core.tax.Inn}
 * (ИНН), {@link org.clientbase.core.tax.Kpp} (КПП) and {@link org.clientbase.core.tax.Ogrn}
 * (ОГРН and ОГРНИП).
 *
 * <p>Each type accepts only a well-formed id with the official check digits of the Federal Tax
 * Service (ФНС) and refuses anything else with an
 * {@link org.clientbase.core.InvalidTaxIdException} that names the kind of id, the rejected
 * value and the rule it breaks:
 *
 * <pre>{@code
 * Inn sberbank = Inn.of("7707083893");
 * Inn.of("7707083894"); // INN 7707083894: check digit 4 expected 3
 * }</pre>
 */
package org.clientbase.core.tax;
