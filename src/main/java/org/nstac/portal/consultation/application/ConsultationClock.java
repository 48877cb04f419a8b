package org.nstac.portal.consultation.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Every minute: scheduled drafts open and consultations past their closing time close, without anyone clicking. */
@Singleton
public class ConsultationClock {

    private static final Logger LOG = Logger.getLogger(ConsultationClock.class.getName());

    @Inject
    Consultations consultations;

    @Schedule(minute = "*", hour = "*", persistent = false)
    void tick() {
        try {
            int closed = consultations.moveByDates();
            if (closed > 0) {
                LOG.info(() -> closed + " consultation(s) opened or closed by date");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Moving consultations by date failed; retrying next minute", e);
        }
    }
}
