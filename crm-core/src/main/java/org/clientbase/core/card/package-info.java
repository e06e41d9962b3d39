/**
 * What cards share: tags, categories, sources and attached files.
 */
@ClientbaseStyle
package org.clientbase.core.card;

import org.clientbase.core.ClientbaseStyle;
