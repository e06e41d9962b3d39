/**
 * Typed identifiers of every entity of the client base.
 *
 * <p>Each id wraps the host's own key as text; ids of different types are never equal, so a
 * {@link org.clientbase.core.id.ClientId} cannot be passed where a
 * {@link org.clientbase.core.id.LeadId} is expected.
 */
package org.clientbase.core.id;
