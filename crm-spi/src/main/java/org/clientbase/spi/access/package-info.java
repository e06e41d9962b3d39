/**
 * The access policy (which users may see and change which clients) and the system actor (the
 * library acting for the host itself, outside the policy).
 */
package org.clientbase.spi.access;
