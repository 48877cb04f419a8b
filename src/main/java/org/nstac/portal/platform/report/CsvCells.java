package org.nstac.portal.platform.report;

/**
 * Makes a text safe to put in a spreadsheet cell.
 *
 * <p>Why: a CSV export is opened in Excel or LibreOffice, which run a cell that starts with {@code =}, {@code +},
 * {@code -} or {@code @} as a formula, and a formula can fetch a web address or run a command. Comments are written
 * by members and ministries alike, so any of them could carry one ({@code =HYPERLINK(...)}). A single quote in
 * front makes the spreadsheet show the cell as text. A leading tab or carriage return is quoted too, since some
 * spreadsheets skip it and then read the formula behind it. The cost is visible and accepted: a comment that starts
 * with "-" shows a quote in front of it.
 */
public final class CsvCells {

    private CsvCells() {
    }

    /** The text, with a single quote in front when it starts like a formula; {@code null} becomes empty. */
    public static String neutralise(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        return switch (cell.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + cell;
            default -> cell;
        };
    }
}
