/** The access policy: which users may see and change which clients. */
package org.clientbase.spi.access;
