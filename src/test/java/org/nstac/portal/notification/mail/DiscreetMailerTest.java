package org.nstac.portal.notification.mail;

import org.nstac.portal.shared.MailRecipients;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.util.TypeLiteral;
import jakarta.mail.internet.MimeMessage;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nstac.portal.platform.Messages;

/** The mailer without a container: what it fires, what it sends, and what it logs. */
class DiscreetMailerTest {

    private static final String CANARY_LOGIN = "zzqx-canary-login";
    private static final String CANARY_ADDRESS = "canary.zzqx@example.org";

    private final List<DiscreetMailer.Requested> fired = new ArrayList<>();
    private final FakeTransactions transactions = new FakeTransactions();
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
        mailer.requested = new RecordingEvent(fired);
        mailer.transactions = transactions;
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
    void theSendingObserverRunsOnlyAfterASuccessfulCommit() throws NoSuchMethodException {
        Method observer = DiscreetMailer.class.getDeclaredMethod("afterSuccess", DiscreetMailer.Requested.class);
        Observes observes = null;
        for (Annotation annotation : observer.getParameterAnnotations()[0]) {
            if (annotation instanceof Observes o) {
                observes = o;
            }
        }
        assertEquals(TransactionPhase.AFTER_SUCCESS, observes == null ? null : observes.during());
    }

    @Test
    void oneMailPerMemberPerTransaction() {
        transactions.status = Status.STATUS_ACTIVE;
        mailer.tell("sunflower");
        mailer.tell("sunflower");
        mailer.tell("river");
        assertEquals(List.of("sunflower", "river"),
                fired.stream().map(DiscreetMailer.Requested::memberLogin).toList());

        transactions.nextTransaction();
        mailer.tell("sunflower");
        assertEquals(3, fired.size(), "a later transaction tells again");
    }

    @Test
    void aTransactionThatCanOnlyRollBackTellsNobody() {
        transactions.status = Status.STATUS_MARKED_ROLLBACK;
        mailer.tell("sunflower");
        assertTrue(fired.isEmpty());
    }

    @Test
    void withoutATransactionEachCallFiresAtOnce() {
        transactions.status = Status.STATUS_NO_TRANSACTION;
        mailer.tell("sunflower");
        mailer.tell("sunflower");
        assertEquals(2, fired.size());
    }

    @Test
    void withoutAMailHostNothingIsHandedOn() {
        mailer.settings = settings(Optional.of("  "), 25);
        // executor is null: handing anything on would fail
        mailer.afterSuccess(new DiscreetMailer.Requested("sunflower"));
        assertFalse(mailer.settings.enabled());
        assertTrue(logged.isEmpty());
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

    @Test
    void theEventNeverShowsTheLogin() {
        assertFalse(new DiscreetMailer.Requested(CANARY_LOGIN).toString().contains("zzqx"));
    }

    private List<String> messages() {
        return logged.stream().map(LogRecord::getMessage).toList();
    }

    /** An Event that records what is fired. */
    private record RecordingEvent(List<DiscreetMailer.Requested> fired) implements Event<DiscreetMailer.Requested> {

        @Override
        public void fire(DiscreetMailer.Requested event) {
            fired.add(event);
        }

        @Override
        public <U extends DiscreetMailer.Requested> CompletionStage<U> fireAsync(U event) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends DiscreetMailer.Requested> CompletionStage<U> fireAsync(U event,
                NotificationOptions options) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Event<DiscreetMailer.Requested> select(Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends DiscreetMailer.Requested> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends DiscreetMailer.Requested> Event<U> select(TypeLiteral<U> subtype,
                Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }
    }

    /** One transaction at a time, with its resources, and a status the test sets. */
    private static final class FakeTransactions implements TransactionSynchronizationRegistry {

        int status = Status.STATUS_NO_TRANSACTION;
        private Map<Object, Object> resources = new HashMap<>();

        void nextTransaction() {
            resources = new HashMap<>();
        }

        @Override
        public Object getTransactionKey() {
            return resources;
        }

        @Override
        public void putResource(Object key, Object value) {
            resources.put(key, value);
        }

        @Override
        public Object getResource(Object key) {
            return resources.get(key);
        }

        @Override
        public void registerInterposedSynchronization(Synchronization sync) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int getTransactionStatus() {
            return status;
        }

        @Override
        public void setRollbackOnly() {
            status = Status.STATUS_MARKED_ROLLBACK;
        }

        @Override
        public boolean getRollbackOnly() {
            return status == Status.STATUS_MARKED_ROLLBACK;
        }
    }
}
