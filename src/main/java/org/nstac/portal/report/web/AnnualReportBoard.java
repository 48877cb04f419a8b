package org.nstac.portal.report.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.List;
import org.nstac.portal.platform.FacesMessages;
import org.nstac.portal.platform.LanguageBean;
import org.nstac.portal.report.application.AnnualReports;
import org.nstac.portal.report.domain.ReportRules.Action;
import org.nstac.portal.report.export.ReportLines;
import org.nstac.portal.shared.DomainRuleViolation;
import org.nstac.portal.shared.NotFound;

/**
 * The council's own page for a year's report ({@code /annual-reports?year=2025}): the secretariat drafts or redrafts
 * it and publishes it, the chair writes the foreword, members endorse or dissent. Council and secretariat only (404
 * for everyone else, as the service says). Reads the report once per view and again after each action; what was
 * typed stays in the form when an action is refused.
 */
@Named
@ViewScoped
public class AnnualReportBoard implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AnnualReports reports;

    @Inject
    FacesMessages messages;

    @Inject
    LanguageBean language;

    @Inject
    HttpServletRequest request;

    private int year;
    private String forewordText;
    private String dissentReason;
    private ReportLines.Shown shown;
    private boolean exists;
    private boolean published;
    private Boolean myEndorsement;
    private List<String> dissentReasons = List.of();
    private List<Integer> years = List.of();
    private boolean maySeeDrafts;
    private boolean mayDraft;
    private boolean mayWriteForeword;
    private boolean mayTakeStance;
    private boolean mayPublish;

    @PostConstruct
    void init() {
        maySeeDrafts = reports.may(Action.READ_DRAFT);
        if (!maySeeDrafts) {
            throw new NotFound();
        }
        mayDraft = reports.may(Action.DRAFT);
        mayWriteForeword = reports.may(Action.WRITE_FOREWORD);
        mayTakeStance = reports.may(Action.TAKE_STANCE);
        mayPublish = reports.may(Action.PUBLISH);
        year = reports.lastYear();
        String asked = request.getParameter("year");
        if (asked != null && asked.strip().matches("\\d{4}")) {
            year = Integer.parseInt(asked.strip());
        }
        load(true);
    }

    private void load(boolean withForeword) {
        years = reports.years();
        try {
            AnnualReports.View view = reports.view(year);
            exists = true;
            published = view.published();
            myEndorsement = view.myEndorsement();
            dissentReasons = view.dissentReasons();
            shown = ReportLines.of(view, language.getLocale());
            if (withForeword) {
                forewordText = view.foreword();
            }
        } catch (NotFound none) {
            exists = false;
            published = false;
            shown = null;
            myEndorsement = null;
            dissentReasons = List.of();
        }
    }

    /** Shows another year (the year field). */
    public void show() {
        load(true);
    }

    public void draft() {
        try {
            boolean created = reports.draft(year);
            messages.info(created ? "report.board.drafted" : "report.board.redrafted", String.valueOf(year));
            load(false);
        } catch (DomainRuleViolation violation) {
            messages.violation(violation);
        }
    }

    public void saveForeword() {
        try {
            reports.writeForeword(year, forewordText);
            messages.info("report.board.forewordSaved");
            load(true);
        } catch (DomainRuleViolation violation) {
            messages.violation(violation);
        }
    }

    public void endorse() {
        stance(true);
    }

    public void dissent() {
        stance(false);
    }

    private void stance(boolean endorse) {
        try {
            reports.stance(year, endorse, endorse ? null : dissentReason);
            messages.info(endorse ? "report.board.endorsed" : "report.board.dissented");
            dissentReason = null;
            load(false);
        } catch (DomainRuleViolation violation) {
            messages.violation(violation);
        }
    }

    public void publish() {
        try {
            reports.publish(year);
            messages.info("report.board.published", String.valueOf(year));
            load(false);
        } catch (DomainRuleViolation violation) {
            messages.violation(violation);
        }
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public String getForewordText() {
        return forewordText;
    }

    public void setForewordText(String forewordText) {
        this.forewordText = forewordText;
    }

    public String getDissentReason() {
        return dissentReason;
    }

    public void setDissentReason(String dissentReason) {
        this.dissentReason = dissentReason;
    }

    public ReportLines.Shown getShown() {
        return shown;
    }

    public boolean isExists() {
        return exists;
    }

    public boolean isPublished() {
        return published;
    }

    public Boolean getMyEndorsement() {
        return myEndorsement;
    }

    public List<String> getDissentReasons() {
        return dissentReasons;
    }

    public List<Integer> getYears() {
        return years;
    }

    public boolean isMayDraft() {
        return mayDraft && !published;
    }

    public boolean isMayWriteForeword() {
        return mayWriteForeword && exists && !published;
    }

    public boolean isMayTakeStance() {
        return mayTakeStance && exists && !published;
    }

    public boolean isMayPublish() {
        return mayPublish && exists && !published;
    }
}
