package org.nstac.portal.consultation.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.nstac.portal.consultation.application.ConsultationReports;
import org.nstac.portal.consultation.application.Consultations;
import org.nstac.portal.consultation.application.Viewers;
import org.nstac.portal.consultation.report.ReportCsv;
import org.nstac.portal.consultation.report.ReportPdf;
import org.nstac.portal.platform.LanguageBean;

/**
 * {@code /consultations/report?id=N&format=pdf|csv}: the consultation report for a signed-in page visitor, streamed
 * and never stored. Whoever may not read it gets the ordinary "not found" page.
 */
@WebServlet("/consultations/report")
public class ReportServlet extends HttpServlet {

    @Inject
    ConsultationReports reports;

    @Inject
    Viewers viewers;

    @Inject
    LanguageBean language;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        try {
            id = Long.parseLong(request.getParameter("id"));
        } catch (NumberFormatException | NullPointerException bad) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        var report = reports.report0(id, viewers.current(language.getLocale()));
        if (report == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setHeader("Cache-Control", "no-store");
        if ("csv".equals(request.getParameter("format"))) {
            response.setContentType("text/csv; charset=UTF-8");
            response.setHeader("Content-Disposition", "attachment; filename=\"consultation-" + id + ".csv\"");
            ReportCsv.writeForSpreadsheets(report, response.getOutputStream());
        } else {
            response.setContentType("application/pdf");
            response.setHeader("Content-Disposition", "attachment; filename=\"consultation-" + id + ".pdf\"");
            ReportPdf.write(report, response.getOutputStream());
        }
    }
}
