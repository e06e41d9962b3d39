/**
 * Custom fields and card configuration: definitions with their types, values checked against
 * them, and which fields each card type shows and requires, overall and per work status.
 */
@ClientbaseStyle
package org.clientbase.core.field;

import org.clientbase.core.ClientbaseStyle;
