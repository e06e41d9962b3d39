/**
 * Clients, their contact persons and counterparties: the "client portrait".
 */
@ClientbaseStyle
package org.clientbase.core.client;

import org.clientbase.core.ClientbaseStyle;
