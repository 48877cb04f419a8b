package org.nstac.portal.meeting.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.nstac.portal.meeting.application.MeetingExports;
import org.nstac.portal.platform.LanguageBean;
import org.nstac.portal.shared.NotFound;

/**
 * {@code /secretariat/meetings/export?format=csv} (every meeting) and
 * {@code /secretariat/meetings/export?meeting=N&format=csv|pdf} (one meeting's attendance): the meeting pages'
 * download links for the secretariat; streamed, never stored. Anyone else gets "not found".
 */
@WebServlet("/secretariat/meetings/export")
public class MeetingExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    MeetingExports exports;

    @Inject
    LanguageBean language;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            String meeting = request.getParameter("meeting");
            boolean pdf = "pdf".equals(request.getParameter("format"));
            var table = meeting == null ? exports.meetings(language.getLocale())
                    : exports.attendance(Long.parseLong(meeting), language.getLocale());
            String name = meeting == null ? "meetings" : "attendance-" + Long.parseLong(meeting);
            response.setHeader("Cache-Control", "no-store");
            if (pdf) {
                response.setContentType("application/pdf");
                response.setHeader("Content-Disposition", "attachment; filename=\"" + name + ".pdf\"");
                table.writePdf(response.getOutputStream(), language.getLocale());
            } else {
                response.setContentType("text/csv; charset=UTF-8");
                response.setHeader("Content-Disposition", "attachment; filename=\"" + name + ".csv\"");
                table.writeCsv(response.getOutputStream());
            }
        } catch (NotFound | NumberFormatException notFound) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }
}
