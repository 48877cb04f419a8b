/** {@code /api/engagement-terms} and {@code /api/me/engagement-terms}. */
package org.nstac.portal.terms.api;
