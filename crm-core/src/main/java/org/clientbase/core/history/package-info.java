/**
 * Field-level differences between versions of client and contact person cards, which the
 * change history records.
 */
package org.clientbase.core.history;
