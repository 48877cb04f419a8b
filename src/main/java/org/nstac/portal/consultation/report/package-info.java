/**
 * The report of a closed (or running) consultation: what the council said about each section, how the ministry
 * answered, and the council's joint position, as a PDF to read and a CSV to work with.
 *
 * <p>Why the report is a plain value built by the caller: who may be named (a pseudonym, or "a council member" for
 * a member who chose not to be quoted) and in which language the report speaks are decided before rendering, so
 * the renderers cannot leak a name or fall back to English. Renderers never interpret the text they print: a
 * comment that looks like HTML or a spreadsheet formula stays literal text.
 *
 * <p>{@link org.nstac.portal.platform.report.CsvCells}, {@link
 * org.nstac.portal.platform.report.EmbeddedFont} and {@link org.nstac.portal.platform.report.PageNumbers}
 * are public because the payment reports write their PDFs and CSVs the same way: one place decides how a cell is
 * made safe and which font is embedded, for every export the portal offers.
 */
package org.nstac.portal.consultation.report;
