package org.nstac.portal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every visible string comes from the bundles, in both languages, in the council's words. */
class MessageBundlesTest {

    private static final Path BUNDLES = Path.of("src/main/resources/org/nstac/portal/i18n");
    private static final Pattern LITERAL_KEY = Pattern.compile("i18n\\['([a-zA-Z0-9_.]+)'\\]");
    private static final Pattern TAG_KEY = Pattern.compile("<k:item key=\"([a-zA-Z0-9_.]+)\"");

    @Test
    void englishAndSerbianHaveTheSameKeys() throws IOException {
        assertEquals(new TreeSet<>(load("messages.properties").stringPropertyNames()),
                new TreeSet<>(load("messages_sr_Latn.properties").stringPropertyNames()));
    }

    @Test
    void noMessageCallsAMemberAVictimOrAsksForTheirStory() throws IOException {
        for (String bundle : Set.of("messages.properties", "messages_sr_Latn.properties")) {
            Properties messages = load(bundle);
            for (String key : messages.stringPropertyNames()) {
                String text = messages.getProperty(key).toLowerCase(java.util.Locale.ROOT);
                assertTrue(!text.contains("victim") && !text.contains("žrtv"), bundle + " " + key + ": " + text);
                assertTrue(!text.contains("your story") && !text.contains("vašu priču"), bundle + " " + key);
            }
        }
    }

    @Test
    void everyKeyAPageUsesExistsInBothLanguages() throws IOException {
        Properties en = load("messages.properties");
        Properties sr = load("messages_sr_Latn.properties");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                String text = Files.readString(page);
                for (Pattern pattern : new Pattern[] {LITERAL_KEY, TAG_KEY}) {
                    Matcher m = pattern.matcher(text);
                    while (m.find()) {
                        used.add(m.group(1));
                    }
                }
            }
        }
        assertTrue(used.size() > 20, "the scan found the pages' keys: " + used.size());
        for (String key : used) {
            assertTrue(en.containsKey(key), "English bundle lacks " + key);
            assertTrue(sr.containsKey(key), "Serbian bundle lacks " + key);
        }
    }

    @Test
    void everyDashboardLineHasItsTextInBothLanguages() throws IOException {
        Properties en = load("messages.properties");
        Properties sr = load("messages_sr_Latn.properties");
        Pattern todo = Pattern.compile("\"(todo\\.[a-zA-Z0-9_.]+)\"");
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = todo.matcher(Files.readString(source));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        assertTrue(keys.size() > 30, "the scan found the dashboards' lines: " + keys.size());
        for (String key : keys) {
            assertTrue(en.containsKey(key), "English bundle lacks " + key);
            assertTrue(sr.containsKey(key), "Serbian bundle lacks " + key);
        }
    }

    @Test
    void everyRuleKeyTheCodeCanRaiseHasAMessageInBothLanguages() throws IOException {
        Properties en = load("messages.properties");
        Properties sr = load("messages_sr_Latn.properties");
        Pattern raised = Pattern.compile("DomainRuleViolation\\(\\s*\"([a-zA-Z0-9_.]+)\"");
        Pattern keyOnly = Pattern.compile("\"((?:member|consultation|task|payment|meeting)\\.[a-zA-Z0-9_.]+)\"");
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                String text = Files.readString(source);
                for (Pattern pattern : new Pattern[] {raised, keyOnly}) {
                    Matcher m = pattern.matcher(text);
                    while (m.find()) {
                        keys.add(m.group(1));
                    }
                }
            }
        }
        // audit action names share the prefix but are not messages
        keys.removeIf(k -> List.of("member.admitted", "member.paused", "member.resumed", "member.withdrawn",
                "consultation.created", "consultation.edited", "consultation.version", "task.accepted", "task.declined",
                "task.worklog", "task.submitted", "task.work.accepted", "task.work.changesRequested", "task.payable",
                "task.cancelled", "payment.accrued", "payment.approved", "payment.rejected", "payment.paid",
                "payment.reversed", "payment.corrected", "payment.rate.added", "payment.channel.chosen",
                "payment.batch.created", "payment.batch.exported", "meeting.accepted", "meeting.attendance",
                "meeting.changed", "meeting.created", "meeting.declined", "meeting.invitation.withdrawn",
                "meeting.invited", "meeting.minutes.drafted", "meeting.minutes.published", "meeting.minutes.shared",
                "meeting.safetyPlan", "member.admission.contactConflict", "payment.batch.downloaded",
                "payment.batch.downloadedAgain", "payment.batch.refused", "consultation.preparation.claimed",
                "consultation.final", "consultation.overdue").contains(k));
        keys.remove("task.safetyPlan"); // the audit action of a task's safety plan, like meeting.safetyPlan
        assertTrue(keys.size() > 10, "the scan found rule keys: " + keys);
        for (String key : keys) {
            if (key.endsWith(".")) {
                // a prefix the code completes with an enum constant: checked per constant below
                continue;
            }
            assertTrue(en.containsKey(key), "English bundle lacks " + key);
            assertTrue(sr.containsKey(key), "Serbian bundle lacks " + key);
        }
        for (var reason : org.nstac.portal.task.domain.Eligibility.Reason.values()) {
            String key = reason.messageKey();
            assertTrue(en.containsKey(key) && sr.containsKey(key), "both bundles have " + key);
        }
        for (var purpose : org.nstac.portal.consent.domain.ConsentPurpose.values()) {
            assertTrue(en.containsKey("consent.required." + purpose) && sr.containsKey("consent.required." + purpose),
                    "both bundles say that " + purpose + " consent is required");
        }
        for (var purpose : org.nstac.portal.member.domain.MemberProfile.consentsNeeded(
                java.util.EnumSet.allOf(org.nstac.portal.member.domain.MemberProfile.OfferedRole.class),
                org.nstac.portal.member.domain.MemberProfile.ContactChannel.EMAIL)) {
            String key = "member.profile.consentMissing." + purpose;
            assertTrue(en.containsKey(key) && sr.containsKey(key), "both bundles have " + key);
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(BUNDLES.resolve(name), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }
}
