package org.nstac.portal.notification.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.nstac.portal.shared.CouncilClock;

/**
 * The members with a discreet mail to send ({@code discreet_mail_request}): one row per member, however many notices
 * asked, written in the notice's transaction and taken by {@link DiscreetMailJob}.
 */
@ApplicationScoped
public class MailQueue {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @jakarta.inject.Inject
    CouncilClock clock;

    /** Asks for a mail to this login, in the caller's transaction (or one of its own when there is none). */
    @Transactional
    public void add(String login) {
        em.createNativeQuery("INSERT IGNORE INTO discreet_mail_request (recipient, requested_at) VALUES (?, ?)")
                .setParameter(1, login).setParameter(2, java.sql.Timestamp.from(clock.now())).executeUpdate();
    }

    /**
     * Takes up to {@code max} waiting logins, the oldest first, and removes them from the queue in a transaction of its
     * own, committed before any mail is sent: a notice for the same member meanwhile waits for no SMTP server. A node
     * that stops half-way loses those mails, never the notices.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<String> take(int max) {
        @SuppressWarnings("unchecked")
        List<String> logins = em.createNativeQuery("SELECT recipient FROM discreet_mail_request"
                + " ORDER BY requested_at, recipient LIMIT " + max + " FOR UPDATE").getResultList();
        for (String login : logins) {
            em.createNativeQuery("DELETE FROM discreet_mail_request WHERE recipient = ?").setParameter(1, login)
                    .executeUpdate();
        }
        return logins;
    }
}
