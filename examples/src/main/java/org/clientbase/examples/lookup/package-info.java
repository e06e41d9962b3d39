/**
 * An example tax-id lookup for hosts: {@link org.clientbase.examples.lookup.RegistryFileTaxIdLookup}
 * reads the requisites of organisations and sole proprietors from a local registry file.
 */
package org.clientbase.examples.lookup;
