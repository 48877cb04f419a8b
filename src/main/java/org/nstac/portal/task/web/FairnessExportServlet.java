package org.nstac.portal.task.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.nstac.portal.platform.LanguageBean;
import org.nstac.portal.shared.CouncilClock;
import org.nstac.portal.shared.DomainRuleViolation;
import org.nstac.portal.shared.NotFound;
import org.nstac.portal.task.application.FairnessExport;

/**
 * {@code /secretariat/fairness/export} and {@code /chair/fairness/export} ({@code ?format=csv|pdf&from=&to=}): the
 * fairness page's download links, for a signed-in page visitor; streamed, never stored. The export asks the task
 * policy; anyone else gets "not found".
 */
@WebServlet({"/secretariat/fairness/export", "/chair/fairness/export"})
public class FairnessExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    FairnessExport export;

    @Inject
    LanguageBean language;

    @Inject
    CouncilClock clock;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            String to = request.getParameter("to");
            String from = request.getParameter("from");
            LocalDate end = to == null || to.isBlank() ? clock.today() : LocalDate.parse(to);
            LocalDate start = from == null || from.isBlank() ? end.minusMonths(6) : LocalDate.parse(from);
            var table = export.table(start, end, language.getLocale());
            response.setHeader("Cache-Control", "no-store");
            if ("csv".equals(request.getParameter("format"))) {
                response.setContentType("text/csv; charset=UTF-8");
                response.setHeader("Content-Disposition", "attachment; filename=\"fairness.csv\"");
                table.writeCsv(response.getOutputStream());
            } else {
                response.setContentType("application/pdf");
                response.setHeader("Content-Disposition", "attachment; filename=\"fairness.pdf\"");
                table.writePdf(response.getOutputStream(), language.getLocale());
            }
        } catch (NotFound notFound) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } catch (DateTimeParseException | DomainRuleViolation bad) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
        }
    }
}
