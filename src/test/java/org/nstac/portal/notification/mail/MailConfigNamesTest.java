package org.nstac.portal.notification.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.nstac.portal.it.PortalStack;

/**
 * The names the portal reads for mail are the ones the test stack passes and the operations guide documents, so a
 * renamed property cannot silently switch mail off in the ITs or in production.
 */
class MailConfigNamesTest {

    private static final Set<String> NAMES = Set.of("portal.mail.host", "portal.mail.port", "portal.mail.from",
            "portal.public-url");

    private static Map<String, ConfigProperty> readByMailSettings() {
        Map<String, ConfigProperty> read = new TreeMap<>();
        for (Field field : MailSettings.class.getDeclaredFields()) {
            ConfigProperty property = field.getAnnotation(ConfigProperty.class);
            if (property != null) {
                read.put(property.name(), property);
            }
        }
        return read;
    }

    @Test
    void mailSettingsReadTheFourDocumentedNames() {
        assertEquals(new TreeSet<>(NAMES), readByMailSettings().keySet());
    }

    @Test
    void defaultsLeaveMailOffAndPointToTheLocalPortal() {
        Map<String, ConfigProperty> read = readByMailSettings();
        assertEquals(ConfigProperty.UNCONFIGURED_VALUE, read.get("portal.mail.host").defaultValue());
        assertEquals("25", read.get("portal.mail.port").defaultValue());
        assertEquals("portal@council.invalid", read.get("portal.mail.from").defaultValue());
        assertEquals("http://localhost:8080", read.get("portal.public-url").defaultValue());

        MailSettings unset = new MailSettings();
        unset.host = Optional.empty();
        assertFalse(unset.enabled());
        unset.host = Optional.of(" 127.0.0.1 ");
        assertTrue(unset.enabled());
        assertEquals(Optional.of("127.0.0.1"), unset.host());
        unset.publicUrl = " https://portal.example.org ";
        assertEquals(URI.create("https://portal.example.org"), unset.publicUrl());
    }

    @Test
    void theTestStackPassesNamesThePortalReads() {
        Map<String, String> passed = PortalStack.mailSettings(2525, "http://localhost:8380");
        assertTrue(readByMailSettings().keySet().containsAll(passed.keySet()), passed.keySet().toString());
        assertEquals("127.0.0.1", passed.get("portal.mail.host"));
        assertEquals("2525", passed.get("portal.mail.port"));
        assertEquals("http://localhost:8380", passed.get("portal.public-url"));
    }

    @Test
    void theOperationsGuideAndTheExampleEnvironmentNameThemAll() throws IOException {
        String guide = Files.readString(Path.of("docs/operations.md"));
        String environment = Files.readString(Path.of("config/portal.env.example"));
        for (String name : NAMES) {
            assertTrue(guide.contains("`" + name + "`"), "operations.md lacks " + name);
            String variable = name.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
            assertTrue(environment.contains(variable + "="), "portal.env.example lacks " + variable);
        }
    }
}
