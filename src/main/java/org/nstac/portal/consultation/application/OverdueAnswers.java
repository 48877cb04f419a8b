package org.nstac.portal.consultation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.nstac.portal.shared.ScheduledJob;

/**
 * Every minute, and at most once a council day per consultation: the owning organisation's officials and the
 * secretariat are told of a consultation whose answers are overdue (past the answers-due date, comments unanswered).
 * A banner alone is read only by whoever happens to open the page; the duty to answer is the ministry's, and the
 * secretariat's to remind it.
 */
@ApplicationScoped
public class OverdueAnswers implements ScheduledJob {

    @Inject
    Consultations consultations;

    @Override
    public String name() {
        return "consultation-overdue";
    }

    @Override
    public int run() {
        return consultations.tellOverdue();
    }
}
