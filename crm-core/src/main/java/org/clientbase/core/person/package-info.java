/** Placeholder. */
package org.clientbase.core.person;
