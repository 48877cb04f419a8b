package org.nstac.portal.consultation.report;

import org.nstac.portal.consultation.domain.Disposition;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.nstac.portal.consultation.report.ConsultationReport.CouncilPosition;
import org.nstac.portal.consultation.report.ConsultationReport.Phase;
import org.nstac.portal.consultation.report.ConsultationReport.Section;

/**
 * A consultation whose titles, headings and comments carry what a hostile or careless writer might type: markup,
 * spreadsheet formulas, quotes, line breaks, Serbian Latin and Cyrillic.
 */
final class ReportFixtures {

    static final Locale ENGLISH = Locale.ENGLISH;
    static final Locale SERBIAN = Locale.forLanguageTag("sr-Latn");
    static final ZoneId BELGRADE = ZoneId.of("Europe/Belgrade");
    static final Instant OPENED = Instant.parse("2026-03-02T09:00:00Z");

    static final String SCRIPT = "<script>alert(1)</script>";
    static final String FORMULA = "=HYPERLINK(\"http://x\")";
    static final String SERBIAN_LETTERS = "Čačak đak ćevap šuma žaba";
    static final String CYRILLIC = "Ћирилица";
    static final String MULTI_LINE = "Prvi red, sa zarezom\ni \"navodnicima\".";

    private ReportFixtures() {
    }

    static ReportLabels labels(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle("org.nstac.portal.i18n.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return ReportLabels.from(bundle, locale, BELGRADE);
    }

    static Instant day(int days) {
        return OPENED.plus(Duration.ofDays(days));
    }

    /** Six comments: four answered after 1, 2, 3 and 10 days, two waiting, one on a section the draft lost. */
    static List<ReportComment> comments() {
        return List.of(
                ReportComment.unanswered(3, "Zora", "\tTab na početku", day(4)),
                ReportComment.unanswered(2, "@Mila", FORMULA, day(2))
                        .answered(Disposition.NOT_ACCEPTED, "+razlog", day(5)),
                ReportComment.unanswered(null, "Zora", "Opšti komentar: =1+1 i " + SERBIAN_LETTERS, day(1))
                        .answered(Disposition.ACCEPTED, "Slažemo se.", day(2)),
                ReportComment.unanswered(1, "Član saveta", SCRIPT, day(1))
                        .answered(Disposition.PARTLY_ACCEPTED, "-delimično", day(3)),
                ReportComment.unanswered(2, "Mila", MULTI_LINE, day(3))
                        .answered(Disposition.NOTED, null, day(13)),
                ReportComment.unanswered(9, "Zora", "Komentar na uklonjeni odeljak", day(6)));
    }

    static ConsultationReport report(Locale locale) {
        return new ConsultationReport(
                "Zakon " + SCRIPT,
                SERBIAN_LETTERS + ". " + CYRILLIC + ".",
                "Ministarstvo unutrašnjih poslova",
                List.of(new Phase("Otvoreno za komentare", OPENED), new Phase("Zatvoreno", day(30))),
                List.of(new Section(1, "Predmet"), new Section(2, FORMULA), new Section(3, "Sednice")),
                comments(),
                new CouncilPosition("Savet traži " + SCRIPT + " izmene.", 9, 2, "Ministarstvo prihvata deo."),
                labels(locale));
    }
}
