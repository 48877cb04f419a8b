/**
 * The annual report as people read it: {@link org.nstac.portal.report.export.ReportLines} turns a year's figures into
 * labelled lines in the reader's language, with "fewer than 3" in place of every hidden figure; the public page, the
 * PDF and the CSV all show those same lines, so none of them can show more than the others.
 */
package org.nstac.portal.report.export;
