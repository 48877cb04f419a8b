package org.nstac.portal.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.nstac.portal.directory.domain.DirectoryPolicy;
import org.nstac.portal.directory.domain.EntryDetails;
import org.nstac.portal.directory.domain.Service;
import org.nstac.portal.directory.domain.SpokenLanguage;

/**
 * Every text the directory shows exists in English and Serbian: the rule keys its code can raise, every service and
 * language name, and every key its pages name (also inside a conditional, which the platform's bundle test does not
 * read).
 */
class DirectoryMessagesTest {

    private static final Path BUNDLES = Path.of("src/main/resources/org/nstac/portal/i18n");
    private static final Pattern QUOTED_KEY = Pattern.compile("'((?:directory|home\\.directory)\\.[a-zA-Z0-9_.]+)'");
    private static final Pattern JAVA_KEY = Pattern.compile("\"(directory\\.[a-zA-Z0-9_.]+)\"");
    /** Audit action names share the prefix but are not messages. */
    private static final Set<String> AUDIT_ACTIONS = Set.of("directory.entry.added", "directory.entry.changed",
            "directory.entry.checked", "directory.entry.removed");

    @Test
    void everyKeyTheDirectoryUsesIsInBothLanguages() throws IOException {
        Properties en = load("messages.properties");
        Properties sr = load("messages_sr_Latn.properties");
        Set<String> keys = new TreeSet<>(EntryDetails.RULE_KEYS);
        keys.add(DirectoryPolicy.ACTION_NOT_ALLOWED);
        for (Service service : Service.values()) {
            keys.add("Service." + service.name());
        }
        for (SpokenLanguage language : SpokenLanguage.values()) {
            keys.add("SpokenLanguage." + language.tag());
        }
        keys.addAll(found(Path.of("src/main/webapp"), ".xhtml", QUOTED_KEY));
        Set<String> inCode = found(Path.of("src/main/java/org/nstac/portal/directory"), ".java", JAVA_KEY);
        inCode.removeAll(AUDIT_ACTIONS);
        keys.addAll(inCode);
        assertTrue(keys.size() > 60, "the scan found the directory's keys: " + keys.size());
        List<String> missing = new ArrayList<>();
        for (String key : keys) {
            if (!en.containsKey(key)) {
                missing.add("en " + key);
            }
            if (!sr.containsKey(key)) {
                missing.add("sr " + key);
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void messagesWithAnArgumentReadWellInBothLanguages() throws IOException {
        for (String bundle : List.of("messages.properties", "messages_sr_Latn.properties")) {
            Properties messages = load(bundle);
            for (String key : List.of("directory.organisation.tooLong", "directory.description.tooLong",
                    "directory.count", "directory.dashboard.stale", "directory.board.staleLink")) {
                String text = new MessageFormat(messages.getProperty(key), Locale.ROOT).format(new Object[] {200});
                assertTrue(text.contains("200") && !text.contains("{"), bundle + " " + key + ": " + text);
            }
            String languages = new MessageFormat(messages.getProperty("directory.language.unknown"), Locale.ROOT)
                    .format(new Object[] {SpokenLanguage.allTags()});
            assertTrue(languages.contains("rom"), languages);
        }
    }

    private static Set<String> found(Path root, String suffix, Pattern pattern) throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(p -> p.toString().endsWith(suffix)).toList()) {
                Matcher m = pattern.matcher(Files.readString(file));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        return keys;
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(BUNDLES.resolve(name), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }
}
