/** Care's pages: the member's "Ask for support" and the inbox of those a request reached. */
package org.nstac.portal.care.web;
