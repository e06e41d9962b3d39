/** Amounts of money. */
@ClientbaseStyle
package org.clientbase.core.money;

import org.clientbase.core.ClientbaseStyle;
