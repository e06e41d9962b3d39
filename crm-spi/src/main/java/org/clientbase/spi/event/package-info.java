/** Listeners the host registers to react to status changes and other domain events. */
package org.clientbase.spi.event;
