package org.nstac.portal.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;

/**
 * Writes and reads in-portal notifications, in the same transaction as what they tell about. Every notice to one
 * person, of any kind (tasks, consultations, payments, meetings, minutes, support), also asks the {@link DiscreetMailer}
 * to say by e-mail that a message is waiting: it decides after the commit whether anything goes out (not to a role,
 * not to staff, not while the member is paused, only with e-mail consent, at most one mail a day).
 */
@ApplicationScoped
public class Notifications implements org.nstac.portal.shared.Notices {

    @jakarta.inject.Inject
    org.nstac.portal.shared.CouncilClock clock;

    /** A recipient that is a role, not one person ("role:secretariat"): everyone with the role sees it. */
    public static final String ROLE_PREFIX = org.nstac.portal.shared.Notices.ROLE_PREFIX;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @jakarta.inject.Inject
    org.nstac.portal.notification.mail.DiscreetMailer mailer;

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void send(Collection<String> recipients, String messageKey, String link, String subject) {
        Instant now = clock.now();
        String named = Notification.subject(subject);
        recipients.stream().distinct().forEach(r -> {
            em.persist(new Notification(r, messageKey, link, named, now));
            if (!r.startsWith(ROLE_PREFIX)) {
                mailer.tell(r);
            }
        });
    }

    @Override
    public long waiting(String login) {
        return unread(login, List.of());
    }

    /** The newest first, at most {@code limit}: those addressed to the login and to any of the role names. */
    public List<Notification> of(String login, Collection<String> roles, int limit) {
        return em.createQuery("select n from Notification n where n.recipient in :r order by n.id desc",
                Notification.class).setParameter("r", recipients(login, roles)).setMaxResults(limit)
                .getResultList();
    }

    /** How many notifications this person has ({@code unreadOnly}: not yet read). */
    public long count(String login, Collection<String> roles, boolean unreadOnly) {
        return em.createQuery("select count(n) from Notification n where n.recipient in :r"
                + (unreadOnly ? " and n.readAt is null" : ""), Long.class)
                .setParameter("r", recipients(login, roles)).getSingleResult();
    }

    /** {@code max} of this person's notifications from {@code first}, newest first ({@code unreadOnly}: not yet read). */
    public List<Notification> page(String login, Collection<String> roles, boolean unreadOnly, int first, int max) {
        return em.createQuery("select n from Notification n where n.recipient in :r"
                + (unreadOnly ? " and n.readAt is null" : "") + " order by n.id desc", Notification.class)
                .setParameter("r", recipients(login, roles)).setFirstResult(first).setMaxResults(max)
                .getResultList();
    }

    public long unread(String login, Collection<String> roles) {
        return em.createQuery("select count(n) from Notification n where n.recipient in :r and n.readAt is null",
                Long.class).setParameter("r", recipients(login, roles)).getSingleResult();
    }

    @Transactional
    public void markAllRead(String login, Collection<String> roles) {
        em.createQuery("update Notification n set n.readAt = :now where n.recipient in :r and n.readAt is null")
                .setParameter("now", clock.now())
                .setParameter("r", recipients(login, roles)).executeUpdate();
    }

    private static List<String> recipients(String login, Collection<String> roles) {
        List<String> all = new java.util.ArrayList<>();
        all.add(login);
        roles.forEach(role -> all.add(ROLE_PREFIX + role));
        return all;
    }
}
