package org.nstac.portal.consultation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.nstac.portal.shared.ScheduledJob;

/** Every minute: scheduled drafts open and consultations past their closing time close, without anyone clicking. */
@ApplicationScoped
public class ConsultationClock implements ScheduledJob {

    @Inject
    Consultations consultations;

    @Override
    public String name() {
        return "consultation-dates";
    }

    @Override
    public int run() {
        return consultations.moveByDates();
    }
}
