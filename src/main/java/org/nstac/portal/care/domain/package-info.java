/** Care's rules, free of the server: what a support request may say, where it stands, and who may see or answer it. */
package org.nstac.portal.care.domain;
