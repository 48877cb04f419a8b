package org.nstac.portal.consultation.report;

import org.nstac.portal.platform.report.CsvCells;
import org.nstac.portal.platform.report.EmbeddedFont;
import org.nstac.portal.platform.report.PageNumbers;
import org.nstac.portal.consultation.domain.Disposition;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.nstac.portal.consultation.report.ConsultationReport.CouncilPosition;
import org.nstac.portal.consultation.report.ConsultationReport.Phase;
import org.nstac.portal.consultation.report.ConsultationReport.Section;
import org.nstac.portal.consultation.report.ReportLabels.Label;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.ExceptionConverter;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Writes a consultation report as a PDF to read, print and send on: the consultation's facts, its figures, the
 * council's position, then every section with its comments and the ministry's answers.
 *
 * <p>Why an embedded font: comments are written in Serbian, in Latin (č, ć, š, ž, đ) and sometimes in Cyrillic. The
 * PDF standard fonts cover neither fully, and a reader's PDF viewer may substitute anything. Liberation Sans, which
 * OpenPDF ships, covers both scripts; it is embedded as a subset ({@link EmbeddedFont}, shared with the payment
 * reports), so the file stays small and shows the same everywhere. Headings are drawn in a simulated bold of the
 * same font.
 *
 * <p>All text is set as text: nothing in a title, heading or comment is read as markup, so a comment that looks
 * like HTML prints as those characters.
 */
public final class ReportPdf {

    private static final float BODY_SIZE = 10.5f;
    private static final float SMALL_SIZE = 9f;
    private static final float HEADING_SIZE = 13f;
    private static final float TITLE_SIZE = 18f;
    private static final float MARGIN = 56f;

    private ReportPdf() {
    }

    /**
     * Writes the report. The stream is not closed.
     *
     * @throws IOException when the stream fails
     */
    public static void write(ConsultationReport report, OutputStream out) throws IOException {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(out, "out");
        try {
            new Writing(report, fonts()).to(out);
        } catch (ExceptionConverter wrapped) {
            // OpenPDF wraps the stream's IOException; the caller should see it as one.
            if (wrapped.getException() instanceof IOException io) {
                throw io;
            }
            throw wrapped;
        }
    }

    /** The fonts of one report; the base font is loaded once and shared, as OpenPDF allows. */
    private record Fonts(Font title, Font heading, Font strong, Font body, Font small) {
    }

    private static Fonts fonts() {
        BaseFont font = EmbeddedFont.get();
        return new Fonts(new Font(font, TITLE_SIZE, Font.BOLD), new Font(font, HEADING_SIZE, Font.BOLD),
                new Font(font, BODY_SIZE, Font.BOLD), new Font(font, BODY_SIZE), new Font(font, SMALL_SIZE));
    }

    /** One report being written. */
    private static final class Writing {

        private final ConsultationReport report;
        private final ReportLabels labels;
        private final Fonts fonts;
        private final Document document = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN, MARGIN);

        Writing(ConsultationReport report, Fonts fonts) {
            this.report = report;
            this.labels = report.labels();
            this.fonts = fonts;
        }

        void to(OutputStream out) {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setCloseStream(false);
            document.addTitle(report.title());
            // Screen readers pick their voice from the document's language.
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString(labels.locale().toLanguageTag()));
            writer.setPageEvent(new PageNumbers(fonts.small()));
            document.open();
            try {
                facts();
                statistics(report.statistics());
                councilPosition(report.councilPosition());
                comments();
            } finally {
                document.close();
            }
        }

        private void facts() {
            Paragraph title = new Paragraph(report.title(), fonts.title());
            title.setSpacingAfter(6);
            document.add(title);
            document.add(labelled(Label.MINISTRY, report.ministryName()));
            if (!report.summary().isBlank()) {
                heading(labels.get(Label.SUMMARY));
                document.add(new Paragraph(report.summary(), fonts.body()));
            }
            if (!report.phases().isEmpty()) {
                heading(labels.get(Label.PHASES));
                for (Phase phase : report.phases()) {
                    document.add(labelled(phase.name(), labels.dateTime(phase.at())));
                }
            }
        }

        private void statistics(ReportStatistics statistics) {
            heading(labels.get(Label.STATISTICS));
            document.add(labelled(Label.COMMENT_COUNT, String.valueOf(statistics.commentCount())));
            for (Disposition disposition : Disposition.values()) {
                document.add(labelled(labels.disposition(disposition),
                        labels.oneDecimal(statistics.dispositionShares().get(disposition)) + " %"));
            }
            document.add(labelled(Label.UNANSWERED, labels.oneDecimal(statistics.unansweredShare()) + " %"));
            document.add(labelled(Label.MEDIAN_DAYS_TO_ANSWER, statistics.medianDaysToAnswer() == null
                    ? labels.get(Label.NO_ANSWERS_YET)
                    : labels.oneDecimal(statistics.medianDaysToAnswer())));
            Paragraph perSection = new Paragraph(labels.get(Label.COMMENTS_PER_SECTION), fonts.strong());
            perSection.setSpacingBefore(6);
            document.add(perSection);
            document.add(labelled(Label.WHOLE_DRAFT, String.valueOf(statistics.commentsOnWholeDraft())));
            for (Map.Entry<Integer, String> group : sectionTitles().entrySet()) {
                if (group.getKey() != null) {
                    int count = statistics.commentsPerSection().getOrDefault(group.getKey(), 0);
                    document.add(labelled(group.getValue(), String.valueOf(count)));
                }
            }
        }

        private void councilPosition(CouncilPosition position) {
            if (position == null) {
                return;
            }
            heading(labels.get(Label.COUNCIL_POSITION));
            document.add(new Paragraph(position.text(), fonts.body()));
            document.add(labelled(Label.ENDORSEMENTS, String.valueOf(position.endorsements())));
            document.add(labelled(Label.DISSENTS, String.valueOf(position.dissents())));
            if (position.answer() != null) {
                document.add(labelled(Label.MINISTRY_ANSWER, ""));
                document.add(new Paragraph(position.answer(), fonts.body()));
            }
        }

        private void comments() {
            heading(labels.get(Label.COMMENTS));
            Map<Integer, List<ReportComment>> bySection = new LinkedHashMap<>();
            for (ReportComment comment : report.commentsInReadingOrder()) {
                bySection.computeIfAbsent(comment.sectionNumber(), n -> new ArrayList<>()).add(comment);
            }
            for (Map.Entry<Integer, String> group : sectionTitles().entrySet()) {
                Paragraph title = new Paragraph(group.getValue(), fonts.strong());
                title.setSpacingBefore(10);
                document.add(title);
                List<ReportComment> comments = bySection.getOrDefault(group.getKey(), List.of());
                if (comments.isEmpty()) {
                    document.add(new Paragraph(labels.get(Label.NO_COMMENTS), fonts.small()));
                }
                comments.forEach(this::comment);
            }
        }

        private void comment(ReportComment comment) {
            Paragraph byline = emptyParagraph();
            byline.setSpacingBefore(6);
            byline.add(new Chunk(comment.authorLabel(), fonts.strong()));
            byline.add(new Chunk(" \u00B7 " + labels.dateTime(comment.postedAt()), fonts.small()));
            document.add(byline);
            document.add(new Paragraph(comment.body(), fonts.body()));
            Paragraph answer = emptyParagraph();
            answer.setIndentationLeft(14);
            if (comment.isAnswered()) {
                answer.add(new Chunk(labels.get(Label.DISPOSITION) + ": ", fonts.small()));
                answer.add(new Chunk(labels.disposition(comment.disposition()), fonts.strong()));
                answer.add(new Chunk(" \u00B7 " + labels.get(Label.ANSWERED) + ": "
                        + labels.dateTime(comment.answeredAt()), fonts.small()));
                document.add(answer);
                if (comment.reason() != null && !comment.reason().isBlank()) {
                    Paragraph reason = emptyParagraph();
                    reason.setIndentationLeft(14);
                    reason.add(new Chunk(labels.get(Label.REASON) + ": ", fonts.small()));
                    reason.add(new Chunk(comment.reason(), fonts.body()));
                    document.add(reason);
                }
            } else {
                answer.add(new Chunk(labels.get(Label.UNANSWERED), fonts.small()));
                document.add(answer);
            }
        }

        /**
         * The groups comments are shown in: the whole draft (key {@code null}), every section of the draft, then
         * any section number that comments point at but the draft no longer has, so no comment is left out.
         */
        private Map<Integer, String> sectionTitles() {
            Map<Integer, String> titles = new LinkedHashMap<>();
            titles.put(null, labels.get(Label.WHOLE_DRAFT));
            for (Section section : report.sections()) {
                String number = labels.sectionNumber(section.number());
                titles.put(section.number(), section.heading().isBlank() ? number : number + ": " + section.heading());
            }
            report.commentsInReadingOrder().stream()
                    .map(ReportComment::sectionNumber)
                    .filter(number -> number != null && !titles.containsKey(number))
                    .forEach(number -> titles.put(number, labels.sectionNumber(number)));
            return titles;
        }

        /** A paragraph to fill with chunks; its own font is the one OpenPDF draws spacing and line ends in. */
        private Paragraph emptyParagraph() {
            Paragraph paragraph = new Paragraph();
            paragraph.setFont(fonts.body());
            return paragraph;
        }

        private void heading(String text) {
            Paragraph heading = new Paragraph(text, fonts.heading());
            heading.setSpacingBefore(14);
            heading.setSpacingAfter(4);
            document.add(heading);
        }

        private Paragraph labelled(Label label, String value) {
            return labelled(labels.get(label), value);
        }

        private Paragraph labelled(String label, String value) {
            Paragraph line = emptyParagraph();
            line.add(new Chunk(label + ": ", fonts.strong()));
            line.add(new Chunk(value, fonts.body()));
            return line;
        }
    }
}
