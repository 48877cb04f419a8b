package org.nstac.portal.report.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.nstac.portal.platform.LanguageBean;
import org.nstac.portal.report.application.AnnualReports;
import org.nstac.portal.report.export.AnnualCsv;
import org.nstac.portal.report.export.AnnualPdf;
import org.nstac.portal.report.export.ReportLines;
import org.nstac.portal.shared.NotFound;

/**
 * {@code /annual-report/download?year=2025&format=pdf|csv}: a published report for anyone (no sign-in), a draft for
 * the council and the secretariat signed in on the page; streamed, never stored. Anything else is "not found".
 */
@WebServlet("/annual-report/download")
public class AnnualReportDownload extends HttpServlet {

    @Inject
    AnnualReports reports;

    @Inject
    LanguageBean language;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        int year;
        try {
            year = Integer.parseInt(request.getParameter("year"));
        } catch (NumberFormatException | NullPointerException bad) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Locale locale = language.getLocale();
        ReportLines.Shown shown;
        try {
            shown = ReportLines.of(reports.view(year), locale);
        } catch (NotFound notThere) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setHeader("Cache-Control", "no-store");
        if ("csv".equals(request.getParameter("format"))) {
            response.setContentType("text/csv; charset=UTF-8");
            response.setHeader("Content-Disposition", "attachment; filename=\"annual-report-" + year + ".csv\"");
            AnnualCsv.write(shown, locale, response.getOutputStream());
        } else {
            response.setContentType("application/pdf");
            response.setHeader("Content-Disposition", "attachment; filename=\"annual-report-" + year + ".pdf\"");
            AnnualPdf.write(shown, locale, response.getOutputStream());
        }
    }
}
