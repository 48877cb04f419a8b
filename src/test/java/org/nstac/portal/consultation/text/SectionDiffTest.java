package org.nstac.portal.consultation.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.nstac.portal.consultation.text.DiffSegment.Type;
import org.nstac.portal.consultation.text.SectionChange.Kind;

class SectionDiffTest {

    private static final List<NumberedSection> BEFORE = List.of(
            new NumberedSection(1, "Predmet", "Ovim zakonom uređuje se rad saveta."),
            new NumberedSection(2, "Članovi", "Savet ima sedam članova."),
            new NumberedSection(3, "Sednice", "Savet se sastaje jednom mesečno."));

    private static final List<NumberedSection> AFTER = List.of(
            new NumberedSection(4, "Naknade", "Članovi primaju naknadu za rad."),
            new NumberedSection(1, "Predmet", "Ovim zakonom uređuje se rad saveta."),
            new NumberedSection(2, "Članovi", "Savet ima devet članova."));

    @Test
    void sectionsAreMatchedByNumberAndListedInNumberOrder() {
        List<SectionChange> changes = SectionDiff.compare(BEFORE, AFTER);
        assertEquals(List.of(1, 2, 3, 4), changes.stream().map(SectionChange::number).toList());
        assertEquals(List.of(Kind.UNCHANGED, Kind.CHANGED, Kind.REMOVED, Kind.ADDED),
                changes.stream().map(SectionChange::kind).toList());
    }

    @Test
    void everyKindCarriesSegmentsAPageCanDrawTheSameWay() {
        List<SectionChange> changes = SectionDiff.compare(BEFORE, AFTER);
        assertEquals(List.of(new DiffSegment(Type.EQUAL, "Ovim zakonom uređuje se rad saveta.")),
                changes.get(0).textDiff());
        assertEquals(List.of(new DiffSegment(Type.DELETED, "Sednice")), changes.get(2).headingDiff());
        assertEquals(List.of(new DiffSegment(Type.INSERTED, "Članovi primaju naknadu za rad.")),
                changes.get(3).textDiff());
    }

    @Test
    void aChangedSectionShowsTheChangedWordsOnly() {
        SectionChange changed = SectionDiff.compare(BEFORE, AFTER).get(1);
        assertEquals(List.of(new DiffSegment(Type.EQUAL, "Članovi")), changed.headingDiff());
        assertEquals(List.of(
                new DiffSegment(Type.EQUAL, "Savet ima "),
                new DiffSegment(Type.DELETED, "sedam"),
                new DiffSegment(Type.INSERTED, "devet"),
                new DiffSegment(Type.EQUAL, " članova.")), changed.textDiff());
    }

    @Test
    void aNewHeadingAloneMakesASectionChanged() {
        SectionChange change = SectionDiff.compare(
                List.of(new NumberedSection(1, "Predmet", "Tekst.")),
                List.of(new NumberedSection(1, "Predmet zakona", "Tekst."))).get(0);
        assertEquals(Kind.CHANGED, change.kind());
        assertEquals(List.of(new DiffSegment(Type.EQUAL, "Predmet"), new DiffSegment(Type.INSERTED, " zakona")),
                change.headingDiff());
        assertEquals(List.of(new DiffSegment(Type.EQUAL, "Tekst.")), change.textDiff());
    }

    @Test
    void changesSeparatedOnlyByASpaceReadAsOneChange() {
        assertEquals(List.of(
                new DiffSegment(Type.EQUAL, "Kupio je "),
                new DiffSegment(Type.DELETED, "crveni auto"),
                new DiffSegment(Type.INSERTED, "plavi bicikl"),
                new DiffSegment(Type.EQUAL, " juče.")),
                SectionDiff.words("Kupio je crveni auto juče.", "Kupio je plavi bicikl juče."));
    }

    @Test
    void theSegmentsSpellBothVersionsExactly() {
        String before = "Član 5a, stav 2:\n\nRok je 30 dana; izuzetno — 60 dana.  Žalba  se podnosi ministarstvu.";
        String after = "Član 5b, stav 3:\n\nRok je 15 dana.\nŽalba se podnosi savetu i ministarstvu!";
        List<DiffSegment> diff = SectionDiff.words(before, after);
        assertEquals(before, spell(diff, Type.DELETED));
        assertEquals(after, spell(diff, Type.INSERTED));
        for (int i = 1; i < diff.size(); i++) {
            assertTrue(diff.get(i).type() != diff.get(i - 1).type(), "neighbours differ: " + diff);
        }
    }

    @Test
    void serbianLettersBelongToTheirWords() {
        assertEquals(List.of("Član", " ", "5a", ",", " ", "đak", "."), SectionDiff.tokens("Član 5a, đak."));
        assertEquals(List.of(new DiffSegment(Type.DELETED, "član"), new DiffSegment(Type.INSERTED, "članak")),
                SectionDiff.words("član", "članak"));
    }

    @Test
    void markupInTheDraftIsComparedAsPlainTextAndNoMarkupIsAdded() {
        List<DiffSegment> diff = SectionDiff.words("<b>stari</b> tekst", "<b>novi</b> tekst");
        assertEquals(List.of(
                new DiffSegment(Type.EQUAL, "<b>"),
                new DiffSegment(Type.DELETED, "stari"),
                new DiffSegment(Type.INSERTED, "novi"),
                new DiffSegment(Type.EQUAL, "</b> tekst")), diff);
        assertFalse(diff.stream().anyMatch(s -> s.text().contains("<ins") || s.text().contains("<del")));
    }

    @Test
    void emptyTextsGiveNoSegments() {
        assertEquals(List.of(), SectionDiff.words("", ""));
        SectionChange added = SectionDiff.compare(List.of(), List.of(new NumberedSection(7, "Prazan", ""))).get(0);
        assertEquals(Kind.ADDED, added.kind());
        assertEquals(List.of(), added.textDiff());
    }

    @Test
    void twoSectionsWithOneNumberAreRefused() {
        List<NumberedSection> twice = List.of(new NumberedSection(1, "A", ""), new NumberedSection(1, "B", ""));
        assertThrows(IllegalArgumentException.class, () -> SectionDiff.compare(twice, List.of()));
        assertThrows(IllegalArgumentException.class, () -> SectionDiff.compare(List.of(), twice));
    }

    private static String spell(List<DiffSegment> diff, Type other) {
        return diff.stream()
                .filter(segment -> segment.type() == Type.EQUAL || segment.type() == other)
                .map(DiffSegment::text)
                .collect(Collectors.joining());
    }
}
