package org.nstac.portal.consultation.report;

import org.nstac.portal.consultation.domain.Disposition;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The words of a report in one language, and the reader's time zone.
 *
 * <p>Why the caller passes them: the renderers have no English of their own, so a report can never come out half
 * translated. Every {@link Label} must be present; a missing one fails when the labels are made, not halfway
 * through writing a PDF.
 *
 * @param locale the reader's language, for numbers and the document's language tag
 * @param zone   the zone in which dates are shown (the council's, normally Europe/Belgrade)
 * @param words  the text of every label
 */
public record ReportLabels(Locale locale, ZoneId zone, Map<Label, String> words) {

    /** The words a report uses, each with its key in the message bundles. */
    public enum Label {
        MINISTRY("consultation.report.ministry"),
        SUMMARY("consultation.report.summary"),
        PHASES("consultation.report.phases"),
        STATISTICS("consultation.report.statistics"),
        COMMENT_COUNT("consultation.report.commentCount"),
        COMMENTS_PER_SECTION("consultation.report.commentsPerSection"),
        UNANSWERED("consultation.report.unanswered"),
        MEDIAN_DAYS_TO_ANSWER("consultation.report.medianDaysToAnswer"),
        NO_ANSWERS_YET("consultation.report.noAnswersYet"),
        COUNCIL_POSITION("consultation.report.councilPosition"),
        ENDORSEMENTS("consultation.report.endorsements"),
        DISSENTS("consultation.report.dissents"),
        MINISTRY_ANSWER("consultation.report.ministryAnswer"),
        COMMENTS("consultation.report.comments"),
        NO_COMMENTS("consultation.report.noComments"),
        WHOLE_DRAFT("consultation.report.wholeDraft"),
        /** A pattern with the section number as <code>{0}</code>. */
        SECTION_NUMBER("consultation.report.sectionNumber"),
        SECTION("consultation.report.column.section"),
        AUTHOR("consultation.report.column.author"),
        BODY("consultation.report.column.body"),
        POSTED("consultation.report.column.posted"),
        DISPOSITION("consultation.report.column.disposition"),
        REASON("consultation.report.column.reason"),
        ANSWERED("consultation.report.column.answered"),
        /** A {@link DateTimeFormatter} pattern for dates in the PDF, such as {@code d. M. yyyy. HH:mm}. */
        DATE_TIME_PATTERN("consultation.report.dateTimePattern"),
        ACCEPTED("Disposition.ACCEPTED"),
        PARTLY_ACCEPTED("Disposition.PARTLY_ACCEPTED"),
        NOT_ACCEPTED("Disposition.NOT_ACCEPTED"),
        NOTED("Disposition.NOTED");

        private final String key;

        Label(String key) {
            this.key = key;
        }

        /** The key of this label in the message bundles. */
        public String key() {
            return key;
        }

        static Label of(Disposition disposition) {
            return valueOf(disposition.name());
        }
    }

    /** Dates in the CSV: sortable, and read as dates by spreadsheets in any language. */
    private static final String CSV_DATE_TIME_PATTERN = "yyyy-MM-dd HH:mm";

    /** @throws IllegalArgumentException when a label is missing or the date pattern is not a valid pattern */
    public ReportLabels {
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(zone, "zone");
        EnumMap<Label, String> copy = new EnumMap<>(Label.class);
        for (Label label : Label.values()) {
            String text = words.get(label);
            if (text == null) {
                throw new IllegalArgumentException("Report label missing: " + label.key());
            }
            copy.put(label, text);
        }
        DateTimeFormatter.ofPattern(copy.get(Label.DATE_TIME_PATTERN), locale);
        words = Map.copyOf(copy);
    }

    /**
     * The labels from the portal's message bundle for one language.
     *
     * @param bundle the bundle already loaded for the reader's locale
     * @param locale the reader's locale (the bundle's own may be the root locale)
     * @param zone   the zone to show dates in
     * @throws java.util.MissingResourceException when the bundle lacks a label
     */
    public static ReportLabels from(ResourceBundle bundle, Locale locale, ZoneId zone) {
        Map<Label, String> words = new EnumMap<>(Label.class);
        for (Label label : Label.values()) {
            words.put(label, bundle.getString(label.key()));
        }
        return new ReportLabels(locale, zone, words);
    }

    public String get(Label label) {
        return words.get(label);
    }

    /** The disposition's name in this language. */
    public String disposition(Disposition disposition) {
        return get(Label.of(disposition));
    }

    /** "Section 4" in this language. */
    public String sectionNumber(int number) {
        return new MessageFormat(get(Label.SECTION_NUMBER), locale).format(new Object[] {String.valueOf(number)});
    }

    /** A date for the PDF, in this language's pattern and the reader's zone. */
    public String dateTime(Instant instant) {
        return DateTimeFormatter.ofPattern(get(Label.DATE_TIME_PATTERN), locale).withZone(zone).format(instant);
    }

    /** A date for the CSV: {@code yyyy-MM-dd HH:mm} in the reader's zone. */
    public String csvDateTime(Instant instant) {
        return DateTimeFormatter.ofPattern(CSV_DATE_TIME_PATTERN, Locale.ROOT).withZone(zone).format(instant);
    }

    /** A number with one decimal, written the way this language writes it ("2.5", "2,5"). */
    public String oneDecimal(BigDecimal number) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(number);
    }
}
