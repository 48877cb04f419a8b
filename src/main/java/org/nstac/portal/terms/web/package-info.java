/** The terms' pages: the administrator publishes, the member reads and accepts, the secretariat sees who accepted. */
package org.nstac.portal.terms.web;
