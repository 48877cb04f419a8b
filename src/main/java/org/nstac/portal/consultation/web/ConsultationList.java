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

    /** The phase the list is filtered to ({@code ?phase=OPEN}), or all phases this person may see. */
    private String phase;
    private String page;
    private org.nstac.portal.platform.Paged<ConsultationRecord> paged;

    /** The page of consultations, in the chosen phase, that the address asks for ({@code ?phase=OPEN&page=2}). */
    public org.nstac.portal.platform.Paged<ConsultationRecord> getPaged() {
        if (paged == null) {
            paged = org.nstac.portal.platform.Paged.of(getConsultations().stream()
                    .filter(c -> phase == null || c.getPhase().name().equals(phase)).toList(), page);
        }
        return paged;
    }

    /** The phases this person sees consultations in, in the order a consultation goes through them. */
    public List<String> getPhases() {
        java.util.Set<org.nstac.portal.consultation.domain.Phase> seen = java.util.EnumSet.noneOf(
                org.nstac.portal.consultation.domain.Phase.class);
        getConsultations().forEach(c -> seen.add(c.getPhase()));
        if (phase != null) {
            seen.add(org.nstac.portal.consultation.domain.Phase.valueOf(phase));
        }
        return seen.stream().map(Enum::name).toList();
    }

    public String getPhase() {
        return phase;
    }

    /** Any phase name; anything else means all phases. */
    public void setPhase(String phase) {
        this.phase = java.util.Arrays.stream(org.nstac.portal.consultation.domain.Phase.values()).map(Enum::name)
                .filter(p -> p.equals(phase)).findFirst().orElse(null);
        paged = null;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
        paged = null;
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
