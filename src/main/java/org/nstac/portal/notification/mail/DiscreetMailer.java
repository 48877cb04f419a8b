package org.nstac.portal.notification.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Logger;
import org.nstac.portal.platform.Messages;

/**
 * Tells a member by e-mail that there is a new message in the portal, if they want to be told that way, once the
 * transaction that made the message has committed.
 * <p>
 * How "after commit" is kept: {@link #tell} only writes a row to {@code discreet_mail_request} in the caller's
 * transaction ({@link MailQueue}); the every-minute job {@link DiscreetMailJob} sends what is waiting there. A
 * transaction that rolls back leaves no row, so a notice about something that did not happen mails nobody; several
 * calls for one member leave one row; and the person who clicked never waits for an SMTP server.
 * <p>
 * Why not the container's managed executor, as before (issue 22): Payara copies the submitting thread's component
 * invocation into the task with a shallow clone, so the task and the submitter share the map of entity managers used
 * outside a transaction, and the task closes them all when it ends. A startup singleton that seeded demo data while
 * its notices were being mailed then read through a closed entity manager, and the deployment failed; a request could
 * fail the same way. The job runs in the timer's own invocation, on one node at a time.
 * <p>
 * At most one mail a day per member ({@link MailDays}); nothing while the member is paused (the member feature's
 * {@code MailRecipients} answers "no mail").
 * <p>
 * What is logged: "mail sent", "mail held: one a day", or "mail failed" with the exception's class. Never the address, the login or an
 * exception's message (SMTP errors quote addresses). A failure is not retried and never reaches the caller: the
 * in-portal notification is the message, the mail only says that it is there.
 */
@ApplicationScoped
public class DiscreetMailer {

    private static final Logger LOG = Logger.getLogger(DiscreetMailer.class.getName());

    @Inject
    MailSettings settings;

    @Inject
    org.nstac.portal.shared.MailRecipients recipients;

    @Inject
    Messages messages;

    @Inject
    MailDays days;

    @Inject
    MailQueue queue;

    private volatile Session session;

    /**
     * Call inside the business transaction, next to the in-portal notification for the member. Nothing is sent if
     * the transaction rolls back; several calls for one member before the job runs send one mail. Whether a mail goes
     * out at all (consent, contact channel, pause, mail configured) is decided when it is sent.
     *
     * @param memberLogin the member's login (a notification's recipient); anything else, such as a staff login, is
     *                    dropped when the job finds no member for it
     */
    public void tell(String memberLogin) {
        Objects.requireNonNull(memberLogin, "memberLogin");
        queue.add(memberLogin);
    }

    /** Whether mail can be sent at all (a mail host is configured). */
    boolean enabled() {
        return settings.enabled();
    }

    /**
     * Looks the member up, and sends if they want mail (not while paused: {@code MailRecipients} decides) and have had
     * none today ({@link MailDays}). Never throws.
     */
    void deliver(String memberLogin) {
        boolean claimed = false;
        try {
            Optional<org.nstac.portal.shared.MailRecipients.Recipient> recipient = recipients.find(memberLogin);
            if (recipient.isEmpty()) {
                return;
            }
            if (!days.claim(memberLogin)) {
                LOG.info("mail held: one a day");
                return;
            }
            claimed = true;
            DiscreetMail mail = DiscreetMail.compose(key -> messages.get(recipient.get().locale(), key),
                    settings.publicUrl());
            Transport.send(MailMessages.discreet(session(), settings.from(), recipient.get().address(), mail));
            LOG.info("mail sent");
        } catch (Exception e) {
            LOG.warning(() -> "mail failed: " + e.getClass().getName());
            if (claimed) {
                giveBack(memberLogin);
            }
        }
    }

    private void giveBack(String memberLogin) {
        try {
            days.release(memberLogin);
        } catch (RuntimeException e) {
            LOG.warning(() -> "mail day not released: " + e.getClass().getName());
        }
    }

    private Session session() {
        Session current = session;
        if (current == null) {
            current = MailMessages.session(settings.host().orElseThrow(), settings.port());
            session = current;
        }
        return current;
    }
}
