/**
 * What the services of every procedure package share and users do not see: the checks of the
 * service builders and the parts every service is built from (the client base, the clock, the
 * access policy, the page size) and the page requests of batch reads. Not exported.
 */
package org.clientbase.rules.internal;
