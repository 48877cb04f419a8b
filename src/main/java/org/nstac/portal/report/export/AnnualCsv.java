package org.nstac.portal.report.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ResourceBundle;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.nstac.portal.platform.report.CsvCells;

/**
 * The annual figures as CSV: one row per figure (section, figure, value), in the reader's language, the same lines
 * as the page and the PDF ("fewer than 3" included). UTF-8 with a byte order mark for spreadsheets; every cell through
 * {@link CsvCells#neutralise}, so none starts like a formula.
 */
public final class AnnualCsv {

    private AnnualCsv() {
    }

    public static void write(ReportLines.Shown shown, java.util.Locale locale, OutputStream out) throws IOException {
        ResourceBundle bundle = ResourceBundle.getBundle("org.nstac.portal.i18n.messages", locale);
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(
                CsvCells.neutralise(bundle.getString("report.csv.section")),
                CsvCells.neutralise(bundle.getString("report.csv.figure")),
                CsvCells.neutralise(bundle.getString("report.csv.value"))).get());
        for (ReportLines.Section section : shown.sections()) {
            for (ReportLines.Line line : section.lines()) {
                printer.printRecord(CsvCells.neutralise(section.title()), CsvCells.neutralise(line.label()),
                        CsvCells.neutralise(line.value()));
            }
        }
        printer.flush();
        writer.flush();
    }
}
