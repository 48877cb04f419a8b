package org.nstac.portal.notification.mail;

import org.nstac.portal.shared.MailRecipients;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nstac.portal.platform.Messages;

/** The mailer and its job without a container: what is queued, what is sent, and what is logged. */
class DiscreetMailerTest {

    private static final String CANARY_LOGIN = "zzqx-canary-login";
    private static final String CANARY_ADDRESS = "canary.zzqx@example.org";

    private final List<String> queued = new ArrayList<>();
    private final List<LogRecord> logged = new ArrayList<>();
    private final Handler logHandler = new Handler() {
        @Override
        public void publish(LogRecord logRecord) {
            logged.add(logRecord);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private final Logger log = Logger.getLogger(DiscreetMailer.class.getName());
    private DiscreetMailer mailer;

    @BeforeEach
    void setUp() {
        mailer = new DiscreetMailer();
        mailer.queue = new MailQueue() {
            @Override
            public void add(String login) {
                queued.add(login);
            }

            @Override
            public List<String> take(int max) {
                List<String> taken = new ArrayList<>(queued.subList(0, Math.min(max, queued.size())));
                queued.removeAll(taken);
                return taken;
            }
        };
        mailer.messages = new Messages();
        mailer.settings = settings(Optional.of("127.0.0.1"), 25);
        mailer.days = new MailDays() {
            private final java.util.Set<String> today = new java.util.HashSet<>();

            @Override
            public boolean claim(String login) {
                return today.add(login);
            }

            @Override
            public void release(String login) {
                today.remove(login);
            }
        };
        log.addHandler(logHandler);
    }

    @AfterEach
    void tearDown() {
        log.removeHandler(logHandler);
    }

    private static MailSettings settings(Optional<String> host, int port) {
        MailSettings settings = new MailSettings();
        settings.host = host;
        settings.port = port;
        settings.from = MailSettings.DEFAULT_FROM;
        settings.publicUrl = "https://portal.example.org";
        return settings;
    }

    private static MailRecipients recipientsGiving(Optional<MailRecipients.Recipient> recipient) {
        return new MailRecipients() {
            @Override
            public Optional<MailRecipients.Recipient> find(String memberLogin) {
                return recipient;
            }
        };
    }

    @Test
    void tellingOnlyAsksTheQueueAndSendsNothingYet() {
        mailer.recipients = login -> {
            throw new AssertionError("nothing is looked up while the business transaction runs");
        };
        mailer.tell("sunflower");
        mailer.tell("river");
        assertEquals(List.of("sunflower", "river"), queued);
        assertTrue(logged.isEmpty());
    }

    @Test
    void withoutAMailHostTheJobDropsTheRequestsAndSendsNothing() {
        mailer.settings = settings(Optional.of("  "), 25);
        mailer.recipients = login -> {
            throw new AssertionError("nothing is looked up without a mail host");
        };
        mailer.tell("sunflower");
        DiscreetMailJob job = job();
        assertEquals(1, job.run(), "the request is taken");
        assertTrue(queued.isEmpty(), "nothing piles up");
        assertTrue(logged.isEmpty());
    }

    @Test
    void theJobSendsWhatWasAskedOnceAndTheNextRunFindsNothing() throws Exception {
        GreenMail smtp = new GreenMail(ServerSetup.SMTP.createCopy("127.0.0.1").dynamicPort());
        smtp.start();
        try {
            mailer.settings = settings(Optional.of("127.0.0.1"), smtp.getSmtp().getPort());
            mailer.recipients = recipientsGiving(
                    Optional.of(new MailRecipients.Recipient(CANARY_ADDRESS, Locale.ENGLISH)));
            mailer.tell(CANARY_LOGIN);
            DiscreetMailJob job = job();
            assertEquals(1, job.run());
            assertEquals(0, job.run(), "taken once");
            assertTrue(smtp.waitForIncomingEmail(5_000, 1));
            assertFalse(smtp.waitForIncomingEmail(300, 2), "one mail");
        } finally {
            smtp.stop();
        }
    }

    private DiscreetMailJob job() {
        DiscreetMailJob job = new DiscreetMailJob();
        job.queue = mailer.queue;
        job.mailer = mailer;
        return job;
    }

    @Test
    void aMemberWhoWantsMailGetsTheDiscreetMail() throws Exception {
        GreenMail smtp = new GreenMail(ServerSetup.SMTP.createCopy("127.0.0.1").dynamicPort());
        smtp.start();
        try {
            mailer.settings = settings(Optional.of("127.0.0.1"), smtp.getSmtp().getPort());
            mailer.recipients = recipientsGiving(
                    Optional.of(new MailRecipients.Recipient(CANARY_ADDRESS, Locale.ENGLISH)));

            mailer.deliver(CANARY_LOGIN);

            assertTrue(smtp.waitForIncomingEmail(5_000, 1));
            MimeMessage delivered = smtp.getReceivedMessages()[0];
            assertEquals("You have a new message in the council portal", delivered.getSubject());
            assertEquals(CANARY_ADDRESS, delivered.getAllRecipients()[0].toString());
            assertEquals(List.of("mail sent"), messages());
        } finally {
            smtp.stop();
        }
    }

    @Test
    void aSecondMailTheSameDayIsHeldAndAFailedOneGivesItsTurnBack() throws Exception {
        GreenMail smtp = new GreenMail(ServerSetup.SMTP.createCopy("127.0.0.1").dynamicPort());
        smtp.start();
        try {
            mailer.recipients = recipientsGiving(
                    Optional.of(new MailRecipients.Recipient(CANARY_ADDRESS, Locale.ENGLISH)));
            int closedPort;
            try (ServerSocket socket = new ServerSocket(0)) {
                closedPort = socket.getLocalPort();
            }
            mailer.settings = settings(Optional.of("127.0.0.1"), closedPort);
            mailer.deliver(CANARY_LOGIN);
            DiscreetMailer working = new DiscreetMailer();
            working.messages = mailer.messages;
            working.recipients = mailer.recipients;
            working.days = mailer.days;
            working.settings = settings(Optional.of("127.0.0.1"), smtp.getSmtp().getPort());
            working.deliver(CANARY_LOGIN);
            working.deliver(CANARY_LOGIN);
            assertTrue(smtp.waitForIncomingEmail(5_000, 1), "the failed mail did not use up the day");
            assertFalse(smtp.waitForIncomingEmail(500, 2), "one a day");
            assertTrue(messages().contains("mail held: one a day"), messages().toString());
        } finally {
            smtp.stop();
        }
    }

    @Test
    void aMemberWhoDoesNotWantMailGetsNoneAndNothingIsLogged() {
        mailer.recipients = recipientsGiving(Optional.empty());
        mailer.deliver(CANARY_LOGIN);
        assertTrue(logged.isEmpty());
    }

    @Test
    void aFailedSendIsSwallowedAndLoggedWithoutTheAddressOrTheLogin() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        mailer.settings = settings(Optional.of("127.0.0.1"), closedPort);
        mailer.recipients = recipientsGiving(
                Optional.of(new MailRecipients.Recipient(CANARY_ADDRESS, Locale.ENGLISH)));

        mailer.deliver(CANARY_LOGIN);

        assertEquals(1, logged.size());
        LogRecord failure = logged.get(0);
        assertTrue(failure.getMessage().startsWith("mail failed: "), failure.getMessage());
        assertEquals(null, failure.getThrown(), "no stack trace: SMTP errors quote addresses");
        assertFalse(failure.getMessage().contains("canary") || failure.getMessage().contains("zzqx"));
    }

    @Test
    void aFailedLookupIsSwallowedToo() {
        mailer.recipients = new MailRecipients() {
            @Override
            public Optional<MailRecipients.Recipient> find(String memberLogin) {
                throw new IllegalStateException("database gone for " + memberLogin);
            }
        };
        mailer.deliver(CANARY_LOGIN);
        assertEquals(List.of("mail failed: java.lang.IllegalStateException"), messages());
    }

    private List<String> messages() {
        return logged.stream().map(LogRecord::getMessage).toList();
    }

}
