/** Look-ups in registries the host has access to, such as requisites by tax id. */
package org.clientbase.spi.lookup;
