package org.nstac.portal.notification.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import org.nstac.portal.shared.CouncilClock;

/**
 * At most one discreet mail a day per member (a council day, in Belgrade): members said that a stream of mails is a
 * stream of reminders, and that a phone that keeps lighting up with the council's mails can be noticed by others.
 * The mail only says that something is waiting, so one a day tells them all they need.
 * <p>
 * Kept in {@code discreet_mail_day} so that every node counts alike; rows older than a week are removed as new ones
 * come. Each call is a transaction of its own: it runs after the business transaction committed.
 */
@ApplicationScoped
public class MailDays {

    /** How long the days are kept: long enough for any clock move a test makes, short enough to hold little. */
    static final int KEEP_DAYS = 7;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    CouncilClock clock;

    /** Counts today's mail for this login: {@code true} when it is the first today (so it may be sent). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean claim(String login) {
        LocalDate today = clock.today();
        em.createNativeQuery("DELETE FROM discreet_mail_day WHERE day < ?").setParameter(1, today.minusDays(KEEP_DAYS))
                .executeUpdate();
        return em.createNativeQuery("INSERT IGNORE INTO discreet_mail_day (recipient, day) VALUES (?, ?)")
                .setParameter(1, login).setParameter(2, today).executeUpdate() == 1;
    }

    /** The mail could not be sent: today's turn is given back, so the next notice may try again. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void release(String login) {
        em.createNativeQuery("DELETE FROM discreet_mail_day WHERE recipient = ? AND day = ?").setParameter(1, login)
                .setParameter(2, clock.today()).executeUpdate();
    }
}
