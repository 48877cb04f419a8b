package org.nstac.portal.consultation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.nstac.portal.member.domain.Pseudonym;

/**
 * Who sees a comment and under which name, written out for every relation, attribution, moderation state and
 * quoting consent. P = the pseudonym, C = "A council member", - = does not see the comment.
 */
class AuthorViewTest {

    private static final Pseudonym LARK = Pseudonym.of("Lark");

    /** Columns: shown (not hidden), hidden by the secretariat. The same whatever the quoting consent. */
    private static final String PORTAL = """
            PSEUDONYM OWNING_MINISTRY  P  -
            PSEUDONYM OTHER_MINISTRY   -  -
            PSEUDONYM SECRETARIAT      P  P
            PSEUDONYM CHAIR            P  -
            PSEUDONYM MEMBER           P  -
            PSEUDONYM OBSERVER         P  -
            PSEUDONYM ADMIN            -  -

            COUNCIL   OWNING_MINISTRY  C  -
            COUNCIL   OTHER_MINISTRY   -  -
            COUNCIL   SECRETARIAT      P  P
            COUNCIL   CHAIR            P  -
            COUNCIL   MEMBER           P  -
            COUNCIL   OBSERVER         C  -
            COUNCIL   ADMIN            -  -

            INTERNAL  OWNING_MINISTRY  -  -
            INTERNAL  OTHER_MINISTRY   -  -
            INTERNAL  SECRETARIAT      P  P
            INTERNAL  CHAIR            P  -
            INTERNAL  MEMBER           P  -
            INTERNAL  OBSERVER         -  -
            INTERNAL  ADMIN            -  -
            """;

    /** The report, read alike by all. Columns: consent to quoting given, withdrawn; for shown, then hidden. */
    private static final String REPORT = """
            PSEUDONYM  shown   P  C
            PSEUDONYM  hidden  -  -
            COUNCIL    shown   C  C
            COUNCIL    hidden  -  -
            INTERNAL   shown   -  -
            INTERNAL   hidden  -  -
            """;

    private static Optional<AuthorLabel> label(String mark) {
        return switch (mark) {
            case "P" -> Optional.of(AuthorLabel.of(LARK));
            case "C" -> Optional.of(AuthorLabel.COUNCIL_MEMBER);
            case "-" -> Optional.empty();
            default -> throw new IllegalArgumentException(mark);
        };
    }

    private static List<String[]> rows(String table) {
        return table.lines().map(String::strip).filter(l -> !l.isEmpty()).map(l -> l.split("\\s+")).toList();
    }

    @Test
    void everyReaderSeesWhatTheMatrixSays() {
        Map<String, Boolean> covered = new HashMap<>();
        List<String> wrong = new ArrayList<>();
        for (String[] row : rows(PORTAL)) {
            Attribution attribution = Attribution.valueOf(row[0]);
            Relation reader = Relation.valueOf(row[1]);
            for (boolean hidden : new boolean[] {false, true}) {
                Optional<AuthorLabel> expected = label(row[hidden ? 3 : 2]);
                assertEquals(null, covered.put(attribution + " " + reader + " " + hidden, true), "row twice");
                for (boolean consent : new boolean[] {true, false}) {
                    AuthorView view = new AuthorView(attribution, LARK, hidden, consent);
                    if (!view.labelFor(reader).equals(expected) || view.isVisibleTo(reader) != expected.isPresent()) {
                        wrong.add(attribution + " " + reader + " hidden=" + hidden + " consent=" + consent
                                + ": " + view.labelFor(reader));
                    }
                }
            }
        }
        assertEquals(Attribution.values().length * Relation.values().length * 2, covered.size());
        assertEquals(List.of(), wrong);
    }

    @Test
    void theReportShowsWhatTheMatrixSays() {
        List<String> wrong = new ArrayList<>();
        List<String[]> rows = rows(REPORT);
        assertEquals(Attribution.values().length * 2, rows.size());
        for (String[] row : rows) {
            boolean hidden = row[1].equals("hidden");
            for (boolean consent : new boolean[] {true, false}) {
                AuthorView view = new AuthorView(Attribution.valueOf(row[0]), LARK, hidden, consent);
                Optional<AuthorLabel> expected = label(row[consent ? 2 : 3]);
                if (!view.reportLabel().equals(expected) || view.appearsInReport() != expected.isPresent()) {
                    wrong.add(row[0] + " " + row[1] + " consent=" + consent + ": " + view.reportLabel());
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void theAuthorAlwaysSeesTheirOwnCommentUnderTheirOwnPseudonym() {
        for (Attribution attribution : Attribution.values()) {
            for (boolean hidden : new boolean[] {false, true}) {
                AuthorView view = new AuthorView(attribution, LARK, hidden, false);
                assertTrue(view.isVisibleTo(Relation.MEMBER, true));
                assertEquals(Optional.of(AuthorLabel.of(LARK)), view.labelFor(Relation.MEMBER, true));
                assertEquals(view.labelFor(Relation.MEMBER), view.labelFor(Relation.MEMBER, false));
                assertEquals(view.isVisibleTo(Relation.MEMBER), view.isVisibleTo(Relation.MEMBER, false));
            }
        }
    }

    @Test
    void theMinistryMustAnswerExactlyTheCommentsItCanSee() {
        assertTrue(new AuthorView(Attribution.PSEUDONYM, LARK, false, true).needsMinistryAnswer());
        assertTrue(new AuthorView(Attribution.COUNCIL, LARK, false, false).needsMinistryAnswer());
        assertFalse(new AuthorView(Attribution.INTERNAL, LARK, false, true).needsMinistryAnswer());
        assertFalse(new AuthorView(Attribution.PSEUDONYM, LARK, true, true).needsMinistryAnswer());
    }

    @Test
    void anErasedMembersCommentKeepsTheFormerMemberName() {
        Pseudonym former = Pseudonym.formerMember(4);
        AuthorView view = new AuthorView(Attribution.PSEUDONYM, former, false, false);
        assertEquals(Optional.of(AuthorLabel.of(former)), view.labelFor(Relation.OWNING_MINISTRY));
        assertEquals(Optional.of(AuthorLabel.COUNCIL_MEMBER), view.reportLabel());
    }

    @Test
    void theNeutralLabelCarriesNoName() {
        assertTrue(AuthorLabel.COUNCIL_MEMBER.isCouncilMember());
        assertEquals(Optional.empty(), AuthorLabel.COUNCIL_MEMBER.pseudonym());
        assertFalse(AuthorLabel.of(LARK).isCouncilMember());
        assertEquals(Optional.of(LARK), AuthorLabel.of(LARK).pseudonym());
        assertEquals("consultation.comment.author.councilMember", AuthorLabel.COUNCIL_MEMBER_KEY);
        assertThrows(NullPointerException.class, () -> AuthorLabel.of(null));
        assertThrows(NullPointerException.class, () -> new AuthorView(null, LARK, false, false));
        assertThrows(NullPointerException.class, () -> new AuthorView(Attribution.COUNCIL, null, false, false));
    }
}
