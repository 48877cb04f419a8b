package org.nstac.portal.notification.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Header;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.URI;
import java.util.Collections;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nstac.portal.notification.mail.DiscreetMail;
import org.nstac.portal.platform.Languages;
import org.nstac.portal.platform.Messages;

/** The discreet mail as it arrives at a real SMTP server (GreenMail, in this JVM). */
class MailMessagesTest {

    private static final URI PORTAL = URI.create("https://portal.example.org");
    private static final String FROM = "portal@council.invalid";
    private static final String CANARY_ADDRESS = "canary.zzqx@example.org";

    /** What a delivered message may carry: the envelope, the discreet subject and body, nothing about anyone. */
    private static final Set<String> ALLOWED_HEADERS = Set.of("Date", "From", "To", "Message-ID", "Subject",
            "MIME-Version", "Content-Type", "Content-Transfer-Encoding",
            // added by the receiving server, not by the portal
            "Received", "Return-Path");

    private GreenMail smtp;

    @BeforeEach
    void startSmtp() {
        smtp = new GreenMail(ServerSetup.SMTP.createCopy("127.0.0.1").dynamicPort());
        smtp.start();
    }

    @AfterEach
    void stopSmtp() {
        smtp.stop();
    }

    private Session session() {
        return MailMessages.session("127.0.0.1", smtp.getSmtp().getPort());
    }

    private static DiscreetMail mailIn(Locale locale) {
        Messages messages = new Messages();
        return DiscreetMail.compose(key -> messages.get(locale, key), PORTAL);
    }

    private MimeMessage sendAndReceive(String to, DiscreetMail mail) throws MessagingException {
        Transport.send(MailMessages.discreet(session(), FROM, to, mail));
        assertTrue(smtp.waitForIncomingEmail(5_000, 1), "the mail arrives");
        MimeMessage[] received = smtp.getReceivedMessages();
        assertEquals(1, received.length);
        return received[0];
    }

    private static String text(MimeMessage message) throws MessagingException, IOException {
        return ((String) message.getContent()).replace("\r\n", "\n").strip();
    }

    @Test
    void theDeliveredMailCarriesTheDiscreetSubjectAndBodyAndNothingElse() throws Exception {
        DiscreetMail mail = mailIn(Languages.ENGLISH);
        MimeMessage delivered = sendAndReceive(CANARY_ADDRESS, mail);

        assertEquals("You have a new message in the council portal", delivered.getSubject());
        assertEquals("There is a new message for you in the council portal. Sign in to read it:\n"
                + "https://portal.example.org", text(delivered));
        assertTrue(delivered.isMimeType("text/plain"), delivered.getContentType());

        Set<String> headers = new TreeSet<>();
        for (Header header : Collections.list(delivered.getAllHeaders())) {
            headers.add(header.getName());
        }
        assertTrue(ALLOWED_HEADERS.containsAll(headers), "headers: " + headers);
    }

    @Test
    void itGoesToTheOneMemberFromTheConfiguredSender() throws Exception {
        MimeMessage delivered = sendAndReceive(CANARY_ADDRESS, mailIn(Languages.ENGLISH));

        assertEquals(1, delivered.getAllRecipients().length);
        InternetAddress to = (InternetAddress) delivered.getRecipients(Message.RecipientType.TO)[0];
        assertEquals(CANARY_ADDRESS, to.getAddress());
        assertNull(to.getPersonal());
        assertNull(delivered.getRecipients(Message.RecipientType.CC));
        assertNull(delivered.getHeader("Reply-To"));
        assertEquals(FROM, ((InternetAddress) delivered.getFrom()[0]).getAddress());
    }

    @Test
    void theSerbianMailArrivesIntactInUtf8() throws Exception {
        MimeMessage delivered = sendAndReceive(CANARY_ADDRESS, mailIn(Languages.SERBIAN_LATIN));

        assertEquals("Imate novu poruku na portalu saveta", delivered.getSubject());
        assertEquals("Na portalu saveta čeka vas nova poruka. Prijavite se da biste je pročitali:\n"
                + "https://portal.example.org", text(delivered));
    }

    @Test
    void aNameNextToTheAddressIsNeverSent() throws Exception {
        MimeMessage delivered = sendAndReceive("Canary Zzqxlegalname <" + CANARY_ADDRESS + ">",
                mailIn(Languages.ENGLISH));

        assertFalse(GreenMailUtil.getWholeMessage(delivered).contains("Zzqxlegalname"));
        assertNull(((InternetAddress) delivered.getRecipients(Message.RecipientType.TO)[0]).getPersonal());
    }

    @Test
    void theMessageIdNamesNeitherTheServerNorItsUser() throws Exception {
        MimeMessage delivered = sendAndReceive(CANARY_ADDRESS, mailIn(Languages.ENGLISH));

        String id = delivered.getMessageID();
        assertTrue(id.matches("<[0-9a-f-]{36}@council\\.invalid>"), id);
    }

    @Test
    void exactlyOneValidAddressOrNothingIsSent() {
        DiscreetMail mail = mailIn(Languages.ENGLISH);
        for (String to : new String[] {"", "   ", "one@example.org, two@example.org", "not an address",
            "one@example.org;two@example.org"}) {
            assertThrows(AddressException.class, () -> MailMessages.discreet(session(), FROM, to, mail), to);
        }
        assertThrows(AddressException.class, () -> MailMessages.discreet(session(), "", CANARY_ADDRESS, mail));
    }

    @Test
    void aSessionNeedsARealPort() {
        assertThrows(IllegalArgumentException.class, () -> MailMessages.session("127.0.0.1", 0));
        assertThrows(IllegalArgumentException.class, () -> MailMessages.session("127.0.0.1", 70_000));
        Session session = MailMessages.session("mail.example.org", 2525);
        assertEquals("mail.example.org", session.getProperty("mail.smtp.host"));
        assertEquals("2525", session.getProperty("mail.smtp.port"));
        assertEquals("20000", session.getProperty("mail.smtp.timeout"));
    }
}
