/** Care's use cases: each asks {@link org.nstac.portal.care.application.SupportPolicy} first, for pages and API alike. */
package org.nstac.portal.care.application;
