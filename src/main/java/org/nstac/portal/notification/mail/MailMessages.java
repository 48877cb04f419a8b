package org.nstac.portal.notification.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Date;
import java.util.Objects;
import java.util.Properties;
import java.util.UUID;
import org.nstac.portal.notification.mail.DiscreetMail;

/**
 * Turns a {@link DiscreetMail} into the message that goes over SMTP: one recipient, a bare address without a display
 * name, the discreet subject, the discreet body as plain UTF-8 text, and nothing else.
 * <p>
 * Why the Message-ID is set here: Jakarta Mail's own names the operating-system user and the server's host name
 * ({@code ...JavaMail.payara@council-portal-1}), which could tell whoever reads the member's mailbox more than the
 * mail itself does. Ours is random, at the sender's domain.
 */
public final class MailMessages {

    /** How long connecting, reading and writing may each take before a send gives up. */
    public static final Duration TIMEOUT = Duration.ofSeconds(20);

    private MailMessages() {
    }

    /** A session for plain SMTP to {@code host:port}, with timeouts, so a stuck server cannot hold a thread. */
    public static Session session(String host, int port) {
        Objects.requireNonNull(host, "host");
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("Not a port: " + port);
        }
        Properties properties = new Properties();
        properties.setProperty("mail.transport.protocol", "smtp");
        properties.setProperty("mail.smtp.host", host);
        properties.setProperty("mail.smtp.port", Integer.toString(port));
        String millis = Long.toString(TIMEOUT.toMillis());
        properties.setProperty("mail.smtp.connectiontimeout", millis);
        properties.setProperty("mail.smtp.timeout", millis);
        properties.setProperty("mail.smtp.writetimeout", millis);
        return Session.getInstance(properties);
    }

    /**
     * The discreet message, ready for {@code Transport.send}.
     *
     * @param from the configured sender address
     * @param to   the member's address: exactly one address; a display name in it is dropped
     * @throws AddressException   when either address is not exactly one valid address
     * @throws MessagingException when the message cannot be built
     */
    public static MimeMessage discreet(Session session, String from, String to, DiscreetMail mail)
            throws MessagingException {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(mail, "mail");
        InternetAddress sender = single(from);
        InternetAddress recipient = single(to);
        MimeMessage message = new NeutralIdMessage(session, domainOf(sender));
        message.setFrom(sender);
        message.setRecipient(MimeMessage.RecipientType.TO, recipient);
        message.setSubject(mail.subject(), "UTF-8");
        message.setText(mail.body(), "UTF-8");
        message.setSentDate(new Date());
        message.saveChanges();
        return message;
    }

    /** Exactly one syntactically valid address, without its display name (a mail names nobody). */
    static InternetAddress single(String text) throws AddressException {
        if (text == null || text.isBlank()) {
            throw new AddressException("No address");
        }
        InternetAddress[] parsed = InternetAddress.parse(text.strip(), true);
        if (parsed.length != 1) {
            throw new AddressException("Not exactly one address");
        }
        InternetAddress bare = new InternetAddress(parsed[0].getAddress(), true);
        bare.validate();
        return bare;
    }

    private static String domainOf(InternetAddress address) {
        String text = address.getAddress();
        int at = text.lastIndexOf('@');
        return at < 0 || at == text.length() - 1 ? "localhost" : text.substring(at + 1);
    }

    /** A message whose Message-ID is random and names only the sender's domain. */
    private static final class NeutralIdMessage extends MimeMessage {

        private final String domain;

        NeutralIdMessage(Session session, String domain) {
            super(session);
            this.domain = domain;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", "<" + UUID.randomUUID() + "@" + domain + ">");
        }
    }
}
