package org.nstac.portal.payment.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.nstac.portal.platform.report.CsvCells;
import org.nstac.portal.payment.domain.Money;

/**
 * How the payment CSVs write their cells, so that all of them read back the same way in a spreadsheet or a script.
 *
 * <p>Text (headers, labels, pseudonyms, descriptions, reasons) goes through {@link CsvCells#neutralise}, since any
 * of it may start like a formula. Figures are written as plain decimals with a point and without grouping
 * ({@code 1500.00}), the currency in a column of its own, and days as {@code yyyy-MM-dd}, months as {@code yyyy-MM}:
 * these read as numbers and dates in a spreadsheet in any language, and the portal writes them itself, so a leading
 * minus in a figure is a negative number, never the start of a formula, and is left alone.
 */
final class CsvSheet {

    /** The body of a CSV, written to a writer. */
    @FunctionalInterface
    interface Body {
        void writeTo(Writer out) throws IOException;
    }

    private CsvSheet() {
    }

    /** A printer whose first row is {@code headers}, neutralised like any other text. */
    static CSVPrinter printer(Writer out, List<String> headers) throws IOException {
        String[] header = headers.stream().map(CsvCells::neutralise).toArray(String[]::new);
        return new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header).get());
    }

    /** Text someone typed or translated, safe for a spreadsheet; {@code null} becomes empty. */
    static String text(String text) {
        return CsvCells.neutralise(text);
    }

    /** An amount as a plain decimal with a point ({@code 1500.00}); its currency goes in a column of its own. */
    static String figure(Money money) {
        return money.amount().toPlainString();
    }

    /** A day as {@code yyyy-MM-dd}; empty for none. */
    static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    /** A period as {@code yyyy-MM}. */
    static String month(LocalDate period) {
        return YearMonth.from(period).toString();
    }

    /**
     * Writes {@code body} as UTF-8 with a byte order mark, which Excel needs to show č, ć, š, ž and đ rather than
     * guess a Windows code page. The stream is flushed, not closed.
     */
    static void forSpreadsheets(OutputStream out, Body body) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        body.writeTo(writer);
        writer.flush();
    }
}
