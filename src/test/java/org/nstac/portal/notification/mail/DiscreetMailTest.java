package org.nstac.portal.notification.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class DiscreetMailTest {

    private static final Path BUNDLES = Path.of("src/main/resources/org/nstac/portal/i18n");
    private static final URI PORTAL = URI.create("https://portal.example.org/notifications");

    private static Function<String, String> bundle(String name) throws IOException {
        Properties messages = new Properties();
        try (Reader in = Files.newBufferedReader(BUNDLES.resolve(name), StandardCharsets.UTF_8)) {
            messages.load(in);
        }
        return messages::getProperty;
    }

    @Test
    void theEnglishMailSaysOnlyThatThereIsAMessageAndWhereThePortalIs() throws IOException {
        DiscreetMail mail = DiscreetMail.compose(bundle("messages.properties"), PORTAL);
        assertEquals("You have a new message in the council portal", mail.subject());
        assertEquals("There is a new message for you in the council portal. Sign in to read it:\n"
                + "https://portal.example.org/notifications", mail.body());
    }

    @Test
    void theSerbianMailSaysTheSameInSerbian() throws IOException {
        DiscreetMail mail = DiscreetMail.compose(bundle("messages_sr_Latn.properties"), PORTAL);
        assertEquals("Imate novu poruku na portalu saveta", mail.subject());
        assertEquals("Na portalu saveta čeka vas nova poruka. Prijavite se da biste je pročitali:\n"
                + "https://portal.example.org/notifications", mail.body());
    }

    @Test
    void composingTakesNoTextAboutTheMeetingAtAll() {
        List<Method> factories = new ArrayList<>();
        for (Method method : DiscreetMail.class.getDeclaredMethods()) {
            if (Modifier.isPublic(method.getModifiers()) && method.getReturnType() == DiscreetMail.class) {
                factories.add(method);
            }
        }
        assertEquals(1, factories.size(), "compose is the only way to make a mail: " + factories);
        assertEquals(List.of(Function.class, URI.class), List.of(factories.get(0).getParameterTypes()));
        for (Constructor<?> constructor : DiscreetMail.class.getDeclaredConstructors()) {
            assertTrue(Modifier.isPrivate(constructor.getModifiers()), "no public way to set subject or body");
        }
        for (Method method : DiscreetMail.class.getMethods()) {
            if (Modifier.isStatic(method.getModifiers()) || method.getDeclaringClass() != DiscreetMail.class) {
                continue;
            }
            assertEquals(0, method.getParameterCount(), "no setter or wither: " + method);
        }
    }

    @Test
    void theMailHoldsNothingButTheBundlesTwoTextsAndTheAddress() {
        List<String> asked = new ArrayList<>();
        Function<String, String> canaryBundle = key -> {
            asked.add(key);
            return key.equals(DiscreetMail.SUBJECT) ? "SUBJECT-TEXT" : "BODY-TEXT {0}";
        };
        DiscreetMail mail = DiscreetMail.compose(canaryBundle, PORTAL);
        assertEquals(List.of("mail.discreet.subject", "mail.discreet.body"), asked);
        assertEquals("SUBJECT-TEXT", mail.subject());
        assertEquals("BODY-TEXT https://portal.example.org/notifications", mail.body());
    }

    @Test
    void nothingAboutAMeetingCanBeSmuggledInThroughThePortalAddress() throws IOException {
        Function<String, String> english = bundle("messages.properties");
        for (String address : List.of(
                "https://portal.example.org/notifications?meeting=Hearing+on+article+12",
                "https://portal.example.org/notifications#Budva",
                "https://Maple@portal.example.org/",
                "mailto:someone@example.org",
                "javascript:alert(1)",
                "ftp://portal.example.org/",
                "/notifications",
                "https:portal.example.org")) {
            assertThrows(IllegalArgumentException.class, () -> DiscreetMail.compose(english, URI.create(address)),
                    address);
        }
    }

    @Test
    void theBundlesMailTextsNeverNameAMeetingAPlaceOrAPerson() throws IOException {
        for (String name : Set.of("messages.properties", "messages_sr_Latn.properties")) {
            Function<String, String> messages = bundle(name);
            DiscreetMail mail = DiscreetMail.compose(messages, PORTAL);
            String all = (mail.subject() + "\n" + mail.body()).toLowerCase(Locale.ROOT);
            for (String word : List.of("meeting", "sastan", "hearing", "ministr", "consultation", "konsultac",
                    "plenary", "plenar", "event", "događaj", "venue", "mesto", "{", "}")) {
                assertFalse(all.contains(word), name + " mentions " + word);
            }
        }
    }

    @Test
    void aBundleWithoutTheTextsIsAnErrorNotAnEmptyMail() {
        assertThrows(IllegalStateException.class, () -> DiscreetMail.compose(key -> null, PORTAL));
        assertThrows(IllegalStateException.class,
                () -> DiscreetMail.compose(key -> key.equals(DiscreetMail.SUBJECT) ? "Subject" : " ", PORTAL));
    }
}
