/** Leads: potential clients with whom no deal has been made yet. */
@ClientbaseStyle
package org.clientbase.core.lead;

import org.clientbase.core.ClientbaseStyle;
