package org.nstac.portal.notification.mail;

import java.net.URI;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * The only e-mail the portal sends a member about a meeting (or anything else): that there is a new message in the
 * portal, and where the portal is. Sent only to members who consented to e-mail contact, after the transaction
 * commits.
 *
 * <p>Why so bare: a member's mailbox may be read by someone else (a partner, an employer, the people who exploited
 * them). A mail that names a meeting, a place, a topic, a ministry or a person can tell them where the member will
 * be and what the member is part of. So the subject is always the same sentence, the body says only that there is a
 * message, and {@link #compose} takes no text about the meeting at all: it cannot leak what it is never given. The
 * portal address comes from configuration and must be a plain address, without a query, a fragment or a user part,
 * so nothing can be smuggled in through it either.
 *
 * <p>A class and not a record on purpose: a record's constructor would be public, and would take any subject and
 * body; this one is private, so {@link #compose} is the only way to make a mail.
 */
public final class DiscreetMail {

    /** "You have a new message in the council portal". */
    public static final String SUBJECT = "mail.discreet.subject";
    /** That there is a message, and the portal address as {@code {0}}. */
    public static final String BODY = "mail.discreet.body";

    private final String subject;
    private final String body;

    private DiscreetMail(String subject, String body) {
        this.subject = subject;
        this.body = body;
    }

    /** The subject, in the member's language: always the same sentence. */
    public String subject() {
        return subject;
    }

    /** The plain-text body, in the member's language, ending with the portal address. */
    public String body() {
        return body;
    }

    /**
     * The mail in the member's language.
     *
     * @param messages      looks a key up in the message bundle of the member's language
     * @param portalAddress the portal's address, from configuration: {@code http} or {@code https}, with a host, no
     *                      user part, no query and no fragment
     * @throws IllegalArgumentException for another address (a configuration error)
     * @throws IllegalStateException    when the bundle lacks either message
     */
    public static DiscreetMail compose(Function<String, String> messages, URI portalAddress) {
        Objects.requireNonNull(messages, "messages");
        Objects.requireNonNull(portalAddress, "portalAddress");
        String scheme = portalAddress.getScheme() == null ? "" : portalAddress.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("https") || scheme.equals("http")) || portalAddress.isOpaque()
                || portalAddress.getHost() == null || portalAddress.getRawUserInfo() != null
                || portalAddress.getRawQuery() != null || portalAddress.getRawFragment() != null) {
            throw new IllegalArgumentException("The portal address is a plain http(s) address");
        }
        String subject = message(messages, SUBJECT);
        String body = new MessageFormat(message(messages, BODY), Locale.ROOT)
                .format(new Object[] {portalAddress.toASCIIString()});
        return new DiscreetMail(subject, body);
    }

    private static String message(Function<String, String> messages, String key) {
        String text = messages.apply(key);
        if (text == null || text.isBlank()) {
            throw new IllegalStateException("The message bundle lacks " + key);
        }
        return text;
    }
}
