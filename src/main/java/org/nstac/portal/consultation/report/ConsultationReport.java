package org.nstac.portal.consultation.report;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything a consultation report shows, already decided and translated by the caller: which names may appear,
 * and every word in the reader's language ({@link ReportLabels}). {@link ReportPdf} and {@link ReportCsv} only lay
 * it out, so the PDF and the CSV of one consultation always say the same thing.
 *
 * @param title            the consultation's title
 * @param summary          what the draft is about; may be empty
 * @param ministryName     the ministry that opened the consultation
 * @param phases           the consultation's milestones (opened, closed, answered...), in the order to show them
 * @param sections         the draft's sections, in reading order; numbers are unique
 * @param comments         every comment to report, in any order
 * @param councilPosition  the council's joint position; {@code null} when the council took none
 * @param labels           the words and formats of the reader's language
 */
public record ConsultationReport(String title, String summary, String ministryName, List<Phase> phases,
        List<Section> sections, List<ReportComment> comments, CouncilPosition councilPosition,
        ReportLabels labels) {

    /** Whole-draft comments first, then by section number, then oldest first: the order both renderers use. */
    private static final Comparator<ReportComment> READING_ORDER = Comparator
            .comparing(ReportComment::sectionNumber, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(ReportComment::postedAt);

    /**
     * A milestone of the consultation.
     *
     * @param name the phase's name in the reader's language
     * @param at   when it began
     */
    public record Phase(String name, Instant at) {
        public Phase {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(at, "at");
        }
    }

    /**
     * A section of the draft, as far as the report needs it.
     *
     * @param number  the section's stable number, which comments point at
     * @param heading the heading; may be empty for a preamble
     */
    public record Section(int number, String heading) {
        public Section {
            Objects.requireNonNull(heading, "heading");
        }
    }

    /**
     * What the council said together, and how the ministry answered it.
     *
     * @param text         the position as adopted
     * @param endorsements how many members endorsed it
     * @param dissents     how many members recorded a dissent
     * @param answer       the ministry's answer; {@code null} while there is none
     */
    public record CouncilPosition(String text, int endorsements, int dissents, String answer) {
        public CouncilPosition {
            Objects.requireNonNull(text, "text");
            if (endorsements < 0 || dissents < 0) {
                throw new IllegalArgumentException("Endorsements and dissents are counts");
            }
        }
    }

    /** @throws IllegalArgumentException when two sections share a number */
    public ConsultationReport {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(ministryName, "ministryName");
        Objects.requireNonNull(labels, "labels");
        phases = List.copyOf(phases);
        sections = List.copyOf(sections);
        comments = List.copyOf(comments);
        Set<Integer> numbers = new HashSet<>();
        for (Section section : sections) {
            if (!numbers.add(section.number())) {
                throw new IllegalArgumentException("Two sections share the number " + section.number());
            }
        }
    }

    /** The comments with whole-draft comments first, then by section number, oldest first within each. */
    public List<ReportComment> commentsInReadingOrder() {
        return comments.stream().sorted(READING_ORDER).toList();
    }

    /** The figures of this report. */
    public ReportStatistics statistics() {
        return ReportStatistics.of(comments);
    }
}
