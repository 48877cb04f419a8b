package org.nstac.portal.report.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nstac.portal.care.application.IncidentYears;
import org.nstac.portal.consultation.application.ConsultationYears;
import org.nstac.portal.consultation.domain.Disposition;
import org.nstac.portal.learning.application.LearningYears;
import org.nstac.portal.meeting.application.MeetingYears;
import org.nstac.portal.meeting.domain.MeetingKind;
import org.nstac.portal.member.application.MembershipYears;
import org.nstac.portal.payment.application.PaymentYears;
import org.nstac.portal.report.domain.AnnualFigures;
import org.nstac.portal.report.domain.Count;
import org.nstac.portal.report.domain.ReportYear;
import org.nstac.portal.report.domain.Share;
import org.nstac.portal.report.domain.SmallNumbers;
import org.nstac.portal.shared.CouncilClock;
import org.nstac.portal.task.application.TaskYears;
import org.nstac.portal.task.domain.Gini;

/**
 * Works out a year's figures from each feature's own account of it ({@code *Years} in their application layers), in
 * the council's calendar (Europe/Belgrade). The spread (Gini) is taken across the members who took part on at least
 * one day of the year, each counted with a zero when they got nothing: the forgotten must not vanish from the measure
 * of their being forgotten.
 */
@ApplicationScoped
public class FigureSources {

    /** The outcomes a ministry records, in the order the report lists them. */
    static final List<String> OUTCOMES = List.of("ADOPTED", "AMENDED", "WITHDRAWN", "PENDING");

    @Inject
    MembershipYears membership;

    @Inject
    ConsultationYears consultations;

    @Inject
    MeetingYears meetings;

    @Inject
    TaskYears tasks;

    @Inject
    LearningYears learning;

    @Inject
    PaymentYears payments;

    @Inject
    IncidentYears incidents;

    @Inject
    org.nstac.portal.consultation.application.ConsultationFigures consultationMonths;

    @Inject
    org.nstac.portal.meeting.application.MeetingExports meetingMonths;

    public AnnualFigures of(int year, LocalDate today, Instant now) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = ReportYear.lastDay(year, today);
        Instant start = from.atStartOfDay(CouncilClock.ZONE).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(CouncilClock.ZONE).toInstant();
        var members = membership.between(from, to);
        Set<String> population = members.takingPart();

        var c = consultations.between(start, end);
        Set<String> tookPart = new HashSet<>();
        c.consultations().values().forEach(tookPart::addAll);
        Map<String, Count> answers = new LinkedHashMap<>();
        Set<String> answeredAuthors = new HashSet<>();
        long answered = 0;
        long adopted = 0;
        for (Disposition d : Disposition.values()) {
            Map<String, Long> perAuthor = c.answers().getOrDefault(d.name(), Map.of());
            answers.put(d.name(), count(perAuthor));
            answeredAuthors.addAll(perAuthor.keySet());
            long n = sum(perAuthor.values());
            answered += n;
            if (d == Disposition.ACCEPTED || d == Disposition.PARTLY_ACCEPTED) {
                adopted += n;
            }
        }
        Share adoptedShare = Share.of(answered == 0 ? null
                : BigDecimal.valueOf(adopted).divide(BigDecimal.valueOf(answered), 2, RoundingMode.HALF_UP),
                answeredAuthors.size());
        Map<String, Long> positionAnswers = new LinkedHashMap<>();
        for (Disposition d : Disposition.values()) {
            positionAnswers.put(d.name(), c.positionAnswers().getOrDefault(d.name(), 0L));
        }
        Map<String, Long> outcomes = new LinkedHashMap<>();
        OUTCOMES.forEach(o -> outcomes.put(o, c.outcomes().getOrDefault(o, 0L)));

        var m = meetings.between(start, end, now);
        Map<String, Count> byKind = new LinkedHashMap<>();
        Set<String> attended = new HashSet<>();
        long held = 0;
        for (MeetingKind kind : MeetingKind.values()) {
            Set<String> who = m.attendees().getOrDefault(kind.name(), Set.of());
            long n = m.held().getOrDefault(kind.name(), 0L);
            byKind.put(kind.name(), Count.of(n, who.size()));
            attended.addAll(who);
            held += n;
        }
        Count meetingsHeld = Count.of(held, attended.size());
        long hiddenKinds = byKind.values().stream().filter(Count::hidden).count();
        if (SmallNumbers.hidesTotal(meetingsHeld.hidden(), hiddenKinds)) {
            meetingsHeld = meetingsHeld.hiddenToo();
        }

        var t = tasks.between(start, end);
        var l = learning.between(start, end, from, to);
        var p = payments.between(from, to);
        List<AnnualFigures.Payment> pay = new ArrayList<>();
        Map<String, Integer> paidMembers = new HashMap<>();
        for (var total : p.totals()) {
            pay.add(AnnualFigures.Payment.of(total.activity(), total.currency(), total.amount(),
                    total.members().size()));
        }
        p.earnings().values().forEach(byCurrency -> byCurrency.keySet()
                .forEach(cur -> paidMembers.merge(cur, 1, Integer::sum)));
        String currency = paidMembers.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(
                        java.util.Comparator.reverseOrder())))
                .map(Map.Entry::getKey).orElse("RSD");

        List<BigDecimal> offers = new ArrayList<>();
        List<BigDecimal> earnings = new ArrayList<>();
        List<BigDecimal> invitations = new ArrayList<>();
        for (String ref : population) {
            offers.add(BigDecimal.valueOf(t.offered().getOrDefault(ref, 0L)));
            earnings.add(p.earnings().getOrDefault(ref, Map.of()).getOrDefault(currency, BigDecimal.ZERO)
                    .max(BigDecimal.ZERO));
            invitations.add(BigDecimal.valueOf(m.invitations().getOrDefault(ref, 0L)));
        }
        int n = population.size();
        var incidentCounts = AnnualFigures.incidentCounts(incidents.between(from, to));
        return new AnnualFigures(year, to, Count.of(c.consultations().size(), tookPart.size()), count(c.comments()),
                answers, count(c.changes()), adoptedShare, meetingsHeld, byKind, Count.ofMembers(n),
                Count.ofMembers(members.paused().size()), Share.of(Gini.of(offers), n), Share.of(Gini.of(earnings), n),
                currency, Share.of(Gini.of(invitations), n), count(t.offered()), count(t.accepted()),
                count(l.offered()), count(l.accepted()), count(l.completed()), c.positions(), positionAnswers,
                outcomes, pay, incidentCounts.total(), incidentCounts.byKind(), participation(from, to, start, end));
    }

    /** Members taking part, month by month from January to the last month the figures cover. */
    private List<AnnualFigures.Month> participation(LocalDate from, LocalDate to, Instant start, Instant end) {
        Map<java.time.YearMonth, Long> offered = tasks.offeredByMonth(start, end);
        Map<java.time.YearMonth, Long> commented = consultationMonths.commentersByMonth(from, to);
        Map<java.time.YearMonth, Long> attended = meetingMonths.attendeesByMonth(from, to);
        List<AnnualFigures.Month> months = new ArrayList<>();
        for (var m = java.time.YearMonth.from(from); !m.isAfter(java.time.YearMonth.from(to)); m = m.plusMonths(1)) {
            months.add(AnnualFigures.Month.of(m, offered.getOrDefault(m, 0L), commented.getOrDefault(m, 0L),
                    attended.getOrDefault(m, 0L)));
        }
        return months;
    }

    private static Count count(Map<String, Long> perMember) {
        return Count.of(sum(perMember.values()), perMember.size());
    }

    private static long sum(Collection<Long> values) {
        return values.stream().mapToLong(Long::longValue).sum();
    }
}
