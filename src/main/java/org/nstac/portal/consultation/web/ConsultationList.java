package org.nstac.portal.consultation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.nstac.portal.consultation.application.Consultations;
import org.nstac.portal.consultation.application.Viewer;
import org.nstac.portal.consultation.application.Viewers;
import org.nstac.portal.consultation.infrastructure.ConsultationRecord;
import org.nstac.portal.platform.LanguageBean;

/**
 * The consultations this person may see; the overdue ones for those who follow the answers; whether they may open
 * one. Each read once per request, however often the page asks.
 */
@Named
@RequestScoped
public class ConsultationList {

    @Inject
    Consultations consultations;

    @Inject
    Viewers viewers;

    @Inject
    LanguageBean language;

    private List<ConsultationRecord> all;
    private List<ConsultationRecord> overdue;
    private Boolean mayCreate;

    private Viewer viewer() {
        return viewers.current(language.getLocale());
    }

    public List<ConsultationRecord> getConsultations() {
        if (all == null) {
            all = consultations.list(viewer());
        }
        return all;
    }

    public List<ConsultationRecord> getOverdue() {
        if (overdue == null) {
            overdue = consultations.overdue(viewer());
        }
        return overdue;
    }

    /** Where a new consultation is written: the partner's request form, or the ministry's draft form. */
    public String getOwnerArea() {
        return viewer().isPartner() ? "partner" : "ministry";
    }

    /** Whether this person writes requests for advice (a partner official), not drafts. */
    public boolean isPartner() {
        return viewer().isPartner();
    }

    public boolean isMayCreate() {
        if (mayCreate == null) {
            mayCreate = consultations.mayCreate(viewer());
        }
        return mayCreate;
    }
}
