package org.nstac.portal.notification.mail;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.nstac.portal.notification.mail.DiscreetMail;
import org.nstac.portal.platform.Messages;

/**
 * Tells a member by e-mail that there is a new message in the portal, if they want to be told that way, once the
 * transaction that made the message has committed.
 * <p>
 * How "after commit" is kept: {@link #tell} only fires a CDI event; {@link #afterSuccess} observes it with
 * {@code TransactionPhase.AFTER_SUCCESS}, so the container calls it only when the transaction committed, and never
 * when it rolled back. The observer then hands the sending to the container's managed executor: looking the member
 * up needs a transaction of its own (the vault opens only inside one), which a thread still finishing a commit
 * should not start, and the person who clicked should not wait for an SMTP server.
 * <p>
 * Without a transaction (a caller that has none), CDI calls the observer at once: the mail goes out straight after
 * {@code tell}, from the executor as well.
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

    /** Logins already told in the current transaction: one mail per member per transaction. */
    private static final Object TOLD = DiscreetMailer.class.getName() + ".told";

    /** The event: whom to tell. toString shows nothing. */
    public record Requested(String memberLogin) {

        public Requested {
            Objects.requireNonNull(memberLogin, "memberLogin");
        }

        @Override
        public String toString() {
            return "Requested[hidden]";
        }
    }

    @Inject
    Event<Requested> requested;

    @Inject
    MailSettings settings;

    @Inject
    org.nstac.portal.shared.MailRecipients recipients;

    @Inject
    Messages messages;

    @Inject
    MailDays days;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    private volatile Session session;

    /**
     * Call inside the business transaction, next to the in-portal notification for the member. Nothing is sent if
     * the transaction rolls back; several calls for one member in one transaction send one mail. Whether a mail goes
     * out at all (consent, contact channel, mail configured) is decided after the commit.
     *
     * @param memberLogin the member's login (a notification's recipient); anything else, such as a role recipient,
     *                    is ignored
     */
    public void tell(String memberLogin) {
        Objects.requireNonNull(memberLogin, "memberLogin");
        int status = transactionStatus();
        if (status == Status.STATUS_MARKED_ROLLBACK) {
            return;
        }
        if (status == Status.STATUS_ACTIVE && !firstTimeInTransaction(memberLogin)) {
            return;
        }
        requested.fire(new Requested(memberLogin));
    }

    /** Called by the container only after a successful commit (or at once, when there was no transaction). */
    void afterSuccess(@Observes(during = TransactionPhase.AFTER_SUCCESS) Requested request) {
        if (!settings.enabled()) {
            return;
        }
        try {
            executor.execute(() -> deliver(request.memberLogin()));
        } catch (RuntimeException e) {
            LOG.warning(() -> "mail failed: " + e.getClass().getName());
        }
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

    private int transactionStatus() {
        return transactions == null ? Status.STATUS_NO_TRANSACTION : transactions.getTransactionStatus();
    }

    private boolean firstTimeInTransaction(String memberLogin) {
        @SuppressWarnings("unchecked")
        Set<String> told = (Set<String>) transactions.getResource(TOLD);
        if (told == null) {
            told = new HashSet<>();
            transactions.putResource(TOLD, told);
        }
        return told.add(memberLogin);
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
