/** The PDF of a version of the engagement terms a member accepted, with the rate card of that day. */
package org.nstac.portal.terms.report;
