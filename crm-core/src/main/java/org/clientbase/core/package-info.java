/**
 * The root of the domain: the exception hierarchy, argument checks and the Immutables style
 * shared by every domain package.
 */
package org.clientbase.core;
