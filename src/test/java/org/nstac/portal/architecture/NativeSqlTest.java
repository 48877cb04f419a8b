package org.nstac.portal.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No native SQL reads or writes another feature's tables: features meet through application services, by id. Every
 * table the migrations create has one owning feature here, so a new table without an owner fails too.
 */
class NativeSqlTest {

    private static final Path MAIN = Path.of("src/main/java/org/nstac/portal");
    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

    /** Which feature owns which tables. */
    private static final Map<String, Set<String>> OWNERS = Map.ofEntries(
            Map.entry("organisation", Set.of("organisation", "organisation_official")),
            Map.entry("member", Set.of("member", "member_profile", "content_note", "member_absence",
                    "readiness_assessment")),
            Map.entry("vault", Set.of("vault_data_key", "vault_identity", "identity_reveal")),
            Map.entry("audit", Set.of("audit_entry", "audit_checkpoint")),
            Map.entry("consent", Set.of("consent_text", "consent_record", "event_consent")),
            Map.entry("consultation", Set.of("consultation", "consultation_section", "consultation_version",
                    "consultation_document", "consultation_comment", "comment_revision", "comment_answer",
                    "council_position", "position_stance", "consultation_overdue_notice",
                    "consultation_comment_notice")),
            Map.entry("notification", Set.of("notification", "discreet_mail_day", "discreet_mail_request")),
            Map.entry("task", Set.of("task", "task_offer", "work_log", "task_safety_plan")),
            Map.entry("payment", Set.of("rate", "payable", "ledger_entry", "payment_receipt", "payment_channel",
                    "payment_batch", "payment_batch_item", "stipend")),
            Map.entry("meeting", Set.of("meeting", "meeting_safety_plan", "meeting_invitation", "meeting_attendance",
                    "meeting_minutes", "meeting_minutes_part", "meeting_minutes_correction", "meeting_step_out")),
            Map.entry("security", Set.of("revoked_session")),
            Map.entry("directory", Set.of("directory_entry", "directory_entry_language", "directory_entry_service")),
            Map.entry("care", Set.of("support_request", "declared_interest", "interest_step_aside", "quote",
                    "debrief", "crisis_protocol", "incident")),
            Map.entry("platform", Set.of("job_lease", "serial_lock")),
            Map.entry("terms", Set.of("terms_version", "terms_acceptance")),
            Map.entry("learning", Set.of("learning_opportunity", "learning_offer")),
            Map.entry("report", Set.of("annual_report", "annual_report_stance")));


    /** The platform runs migrations and sets the runtime account's rights on every table: it may name any. */
    private static final Set<String> MAY_NAME_ANY = Set.of("platform", "devtools");

    private static final Pattern TABLE = Pattern.compile(
            "(?i)\\b(?:from|join|into|update|delete\\s+from)\\s+`?([a-z_]+)`?");
    private static final Pattern NATIVE = Pattern.compile("createNativeQuery\\s*\\(([^;]*?)\\)\\s*[.;]",
            Pattern.DOTALL);
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    @Test
    void everyTableHasOneOwningFeature() throws IOException {
        Set<String> created = new TreeSet<>();
        Set<String> dropped = new TreeSet<>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            for (Path f : files.toList()) {
                String sql = Files.readString(f);
                Matcher m = Pattern.compile("(?i)CREATE TABLE\\s+`?([a-z_]+)").matcher(sql);
                while (m.find()) {
                    created.add(m.group(1).toLowerCase());
                }
                Matcher d = Pattern.compile("(?i)DROP TABLE\\s+`?([a-z_]+)").matcher(sql);
                while (d.find()) {
                    dropped.add(d.group(1).toLowerCase());
                }
            }
        }
        created.removeAll(dropped);
        Set<String> owned = new TreeSet<>();
        OWNERS.values().forEach(owned::addAll);
        Set<String> unowned = new TreeSet<>(created);
        unowned.removeAll(owned);
        assertTrue(unowned.isEmpty(), "tables without an owning feature: " + unowned);
        assertEquals(owned.size(), OWNERS.values().stream().mapToInt(Set::size).sum(), "a table has two owners");
    }

    @Test
    void nativeSqlStaysInsideItsFeature() throws IOException {
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String feature = MAIN.relativize(file).getName(0).toString();
                if (MAY_NAME_ANY.contains(feature)) {
                    continue;
                }
                Set<String> own = OWNERS.getOrDefault(feature, Set.of());
                Matcher call = NATIVE.matcher(Files.readString(file));
                while (call.find()) {
                    StringBuilder sql = new StringBuilder();
                    Matcher literal = LITERAL.matcher(call.group(1));
                    while (literal.find()) {
                        sql.append(literal.group(1));
                    }
                    Matcher table = TABLE.matcher(sql);
                    while (table.find()) {
                        String name = table.group(1).toLowerCase();
                        boolean known = OWNERS.values().stream().anyMatch(t -> t.contains(name));
                        if (known && !own.contains(name)) {
                            violations.add(MAIN.relativize(file) + " reads " + name);
                        }
                    }
                }
            }
        }
        assertTrue(violations.isEmpty(), String.join("\n", violations));
    }
}
