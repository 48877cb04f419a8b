/** Care's JSON API: {@code /api/me/support-requests} for the member, {@code /api/support-requests} for those reached. */
package org.nstac.portal.care.api;
