/**
 * The dated facts of the relationship with a client: interactions, interests, payments and
 * shipments. These are the facts the status rules and the classifications read.
 */
@ClientbaseStyle
package org.clientbase.core.activity;

import org.clientbase.core.ClientbaseStyle;
