package org.nstac.portal.report.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.nstac.portal.platform.FacesMessages;
import org.nstac.portal.platform.LanguageBean;
import org.nstac.portal.report.application.AnnualReports;
import org.nstac.portal.report.export.ReportLines;
import org.nstac.portal.shared.NotFound;

/**
 * The public annual report ({@code /annual-report?year=2025}): no sign-in, no form state, no session. Without a year
 * it shows the newest published report. A year without a published report, drafts included, is "not found" to
 * everyone here: drafts are read on the council's own page. Read once per request.
 *
 * <p>The view is stateless, as the public directory's: PrimeFaces' CSP nonce would otherwise be kept in a
 * session-held view map, and a reader who only reads would get a session and a cookie.
 */
@Named
@RequestScoped
public class AnnualReportPage {

    @Inject
    HttpServletRequest request;

    @Inject
    AnnualReports reports;

    @Inject
    LanguageBean language;

    @Inject
    FacesMessages messages;

    private Integer year;
    private ReportLines.Shown shown;
    private List<Integer> years;

    /** The page's view action: stateless, and the year's published report or 404. */
    public void open() {
        FacesContext.getCurrentInstance().getViewRoot().setTransient(true);
        years = reports.publishedYears();
        String asked = request.getParameter("year");
        if (asked == null || asked.isBlank()) {
            year = years.isEmpty() ? null : years.get(0);
        } else {
            try {
                year = Integer.parseInt(asked.strip());
            } catch (NumberFormatException notAYear) {
                throw new NotFound();
            }
        }
        if (year != null) {
            shown = reports.published(year).map(v -> ReportLines.of(v, language.getLocale()))
                    .orElseThrow(NotFound::new);
        }
    }

    public Integer getYear() {
        return year;
    }

    public ReportLines.Shown getShown() {
        return shown;
    }

    public List<Integer> getYears() {
        return years == null ? List.of() : years;
    }

    public String getTitle() {
        return shown == null ? messages.text("report.public.title") : shown.title();
    }
}
