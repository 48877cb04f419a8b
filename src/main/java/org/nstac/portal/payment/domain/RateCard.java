package org.nstac.portal.payment.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.nstac.portal.shared.DomainRuleViolation;

/**
 * All rates the council has set, past and present, so that any day's rate can be found again.
 *
 * <p>Why the history stays on the card: a payable accrued in March is paid at March's rate even when it is approved
 * in May after a raise, and a finance officer checking it later must find the same rate. A task-hour rate for a
 * task kind is more specific than the general task-hour rate and wins on any day it applies, even when the general
 * rate was raised later, because the council set it for that kind on purpose.
 *
 * @param rates every rate; no two for the same activity, task kind and first day
 */
public record RateCard(List<Rate> rates) {

    public static final String DUPLICATE = "payment.rate.duplicate";
    public static final String MISSING = "payment.rate.missing";

    /**
     * @throws DomainRuleViolation {@value #DUPLICATE} when two rates have the same activity, task kind and first day,
     *                             since then neither would be the rate of that day
     */
    public RateCard {
        rates = List.copyOf(rates);
        for (int i = 0; i < rates.size(); i++) {
            for (int j = i + 1; j < rates.size(); j++) {
                if (rates.get(i).sameLine(rates.get(j)) && rates.get(i).validFrom().equals(rates.get(j).validFrom())) {
                    throw new DomainRuleViolation(DUPLICATE);
                }
            }
        }
    }

    /**
     * The rate for an activity on a day: of the rates that started on or before that day, the latest. For task
     * hours, the rate for {@code taskKind} if the card has one valid on that day, else the general task-hour rate.
     *
     * @param taskKind the task kind for {@link Activity#TASK_HOUR}, or {@code null}; {@code null} for any other
     *                 activity
     * @throws DomainRuleViolation {@value #MISSING} when no rate applies on that day
     * @throws IllegalArgumentException for a task kind with an activity not paid by kind
     */
    public Rate rateOn(Activity activity, String taskKind, LocalDate day) {
        Objects.requireNonNull(activity, "activity");
        Objects.requireNonNull(day, "day");
        if (taskKind != null && !activity.byTaskKind()) {
            throw new IllegalArgumentException(activity + " has no rates by task kind");
        }
        Optional<Rate> specific = taskKind == null ? Optional.empty() : latest(activity, taskKind, day);
        return specific.or(() -> latest(activity, null, day)).orElseThrow(() -> new DomainRuleViolation(MISSING));
    }

    /**
     * The card as it stands on a day: for every line (activity, and task kind for task hours), the rate in force on
     * that day; lines that start later are left out. In the order of the activities, a kind's own task-hour rates
     * after the general one. What a member reads in the engagement terms they accept on that day.
     */
    public List<Rate> inForceOn(LocalDate day) {
        Objects.requireNonNull(day, "day");
        Map<String, Rate> byLine = new LinkedHashMap<>();
        for (Rate rate : rates) {
            if (rate.validFrom().isAfter(day)) {
                continue;
            }
            byLine.merge(rate.activity() + "/" + (rate.taskKind() == null ? "" : rate.taskKind()), rate,
                    (a, b) -> a.validFrom().isAfter(b.validFrom()) ? a : b);
        }
        return byLine.values().stream()
                .sorted(Comparator.comparing(Rate::activity)
                        .thenComparing(Rate::taskKind, Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
    }

    private Optional<Rate> latest(Activity activity, String taskKind, LocalDate day) {
        return rates.stream()
                .filter(r -> r.activity() == activity && Objects.equals(r.taskKind(), taskKind))
                .filter(r -> !r.validFrom().isAfter(day))
                .max(Comparator.comparing(Rate::validFrom));
    }
}
