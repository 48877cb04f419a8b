/**
 * What all features share: the small types every feature needs in the same shape, such as the error a domain
 * rule raises. Nothing here knows about a particular feature; a type used by one feature only stays in it.
 */
package org.nstac.portal.shared;
