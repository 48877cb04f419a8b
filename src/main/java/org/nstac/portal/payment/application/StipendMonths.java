package org.nstac.portal.payment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.YearMonth;
import org.nstac.portal.payment.domain.Activity;
import org.nstac.portal.payment.domain.StipendShare;
import org.nstac.portal.payment.infrastructure.StipendRecord;
import org.nstac.portal.shared.CouncilClock;
import org.nstac.portal.shared.Participations;

/** One month of one stipend, booked in its own transaction so that one failure never stops the others. */
@ApplicationScoped
public class StipendMonths {

    /** The ledger's key for one stipend's month: booked once, on whichever node gets there first. */
    public static String sourceKey(long stipendId, YearMonth month) {
        return "stipend:" + stipendId + ":" + month;
    }

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Accruals accruals;

    @Inject
    Payables payables;

    @Inject
    Participations participations;

    /** Books the month if it is not booked and the member took part at least one day; whether it booked it. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean accrue(long stipendId, YearMonth month) {
        String key = sourceKey(stipendId, month);
        if (payables.bySourceKey(key).isPresent()) {
            return false;
        }
        StipendRecord s = em.find(StipendRecord.class, stipendId);
        LocalDate endedOn = s.getEndedAt() == null ? null : CouncilClock.dayOf(s.getEndedAt());
        LocalDate[] covered = StipendShare.coveredDays(month, endedOn != null && YearMonth.from(endedOn)
                .equals(month) ? endedOn : null);
        int days = participations.daysTakingPart(s.getMemberRef(), covered[0], covered[1]);
        if (days == 0) {
            return false;
        }
        StipendShare share = new StipendShare(month, days, month.lengthOfMonth());
        Accruals.WorkDone work = Accruals.WorkDone.atCardRate(Accruals.Origin.STIPEND, s.getMemberRef(), key,
                Activity.MONTHLY_STIPEND, null, share.quantity(), month.atEndOfMonth(),
                "Stipend " + s.getRole().name() + " " + month + ": " + days + "/" + share.daysInMonth(), "portal")
                .fundedBy(s.getFunder());
        accruals.accrue(s.getAgreed() == null ? work : work.agreedAt(s.getAgreed(), s.getReason()));
        return true;
    }
}
