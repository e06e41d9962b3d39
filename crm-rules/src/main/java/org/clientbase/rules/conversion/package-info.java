/**
 * Lead conversion and switching leads off.
 *
 * <p>{@link org.clientbase.rules.conversion.LeadConverter} converts one lead into a client (and
 * contact person), with a duplicate gate, custom field mapping, reference rewriting and the new
 * client's first status; {@link org.clientbase.rules.conversion.LeadDirectory} holds the "Use
 * leads" setting, refuses new leads while it is off, and switches it off safely.
 */
package org.clientbase.rules.conversion;
