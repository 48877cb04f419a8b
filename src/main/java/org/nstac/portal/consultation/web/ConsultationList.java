package org.nstac.portal.consultation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.nstac.portal.consultation.application.Consultations;
import org.nstac.portal.consultation.application.Viewers;
import org.nstac.portal.consultation.infrastructure.ConsultationRecord;
import org.nstac.portal.platform.LanguageBean;
import org.nstac.portal.security.CurrentUser;
import org.nstac.portal.security.Role;

/** The consultations this person may see; the overdue ones for the secretariat and the owning ministry. */
@Named
@RequestScoped
public class ConsultationList {

    @Inject
    Consultations consultations;

    @Inject
    Viewers viewers;

    @Inject
    LanguageBean language;

    @Inject
    CurrentUser user;

    private List<ConsultationRecord> all;

    public List<ConsultationRecord> getConsultations() {
        if (all == null) {
            all = consultations.list(viewers.current(language.getLocale()));
        }
        return all;
    }

    public List<ConsultationRecord> getOverdue() {
        return consultations.overdue(viewers.current(language.getLocale()));
    }

    public boolean isMayCreate() {
        return user.hasRole(Role.MINISTRY) && viewers.current(language.getLocale()).organisation().isPresent();
    }
}
