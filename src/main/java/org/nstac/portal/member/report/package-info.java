/** "Download my data" as a PDF to read: the same content as the JSON file, set out by section. */
package org.nstac.portal.member.report;
