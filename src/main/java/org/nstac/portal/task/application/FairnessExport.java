package org.nstac.portal.task.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.nstac.portal.platform.Messages;
import org.nstac.portal.platform.report.TableExport;

/**
 * The fairness view as a table to download (CSV) or print (PDF): the same rows, period and Gini coefficients as the
 * page, for the same readers (the secretariat and the chair; {@link Fairness#report} asks the policy). Pseudonyms
 * only, as on the page; never a name.
 */
@ApplicationScoped
public class FairnessExport {

    @Inject
    Fairness fairness;

    @Inject
    Messages messages;

    public TableExport table(LocalDate from, LocalDate to, Locale locale) {
        Fairness.Report report = fairness.report(from, to, locale);
        List<String> headers = List.of(text(locale, "task.member"), text(locale, "task.fairness.status"),
                text(locale, "task.fairness.offers"), text(locale, "task.fairness.acceptances"),
                text(locale, "task.fairness.hours"), text(locale, "task.fairness.earnings"),
                text(locale, "export.currency"), text(locale, "task.fairness.export.otherCurrencies"),
                text(locale, "task.fairness.lastOffered"), text(locale, "task.fairness.export.neglected"));
        List<List<String>> rows = new ArrayList<>();
        for (Fairness.Row r : report.rows()) {
            rows.add(List.of(r.pseudonym(), text(locale, "MemberStatus." + r.status()), String.valueOf(r.offers()),
                    String.valueOf(r.acceptances()), r.hours().toPlainString(), r.earnings().toPlainString(),
                    r.currency(), r.otherCurrencies().stream().map(a -> a.amount().toPlainString() + " " + a.currency())
                            .collect(Collectors.joining("; ")),
                    r.lastOffered() == null ? "" : r.lastOffered().toString(),
                    text(locale, r.neglected() ? "export.yes" : "export.no")));
        }
        List<String> lead = List.of(text(locale, "export.period", report.from().toString(), report.to().toString()),
                text(locale, "task.fairness.gini", report.giniOffers(), report.giniEarnings(), report.neglected(),
                        report.currency()));
        return new TableExport(text(locale, "task.fairness.title"), lead, headers, rows);
    }

    private String text(Locale locale, String key, Object... args) {
        return messages.get(locale, key, args);
    }
}
