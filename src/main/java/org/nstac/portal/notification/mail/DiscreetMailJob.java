package org.nstac.portal.notification.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.nstac.portal.shared.ScheduledJob;

/**
 * {@code discreet-mail}: every minute, sends the discreet mail the committed notices asked for ({@link MailQueue}).
 * Without a mail host the requests are dropped: nothing is sent, and nothing piles up.
 */
@ApplicationScoped
public class DiscreetMailJob implements ScheduledJob {

    /** The most mails one run sends; the rest wait a minute. */
    static final int BATCH = 200;

    @Inject
    MailQueue queue;

    @Inject
    DiscreetMailer mailer;

    @Override
    public String name() {
        return "discreet-mail";
    }

    @Override
    public int run() {
        List<String> waiting = queue.take(BATCH);
        if (mailer.enabled()) {
            waiting.forEach(mailer::deliver);
        }
        return waiting.size();
    }
}
