package org.nstac.portal.payment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.nstac.portal.payment.domain.Activity;
import org.nstac.portal.payment.domain.Money;
import org.nstac.portal.payment.infrastructure.PayableRecord;
import org.nstac.portal.shared.CouncilClock;

/**
 * Demo payments (dev and test only), so that a member's statement and finance's ledger have something in them: for
 * Sunflower, task work approved and paid, a plenary day and per diem approved, a travel claim waiting, a meal claim
 * rejected with a reason; for River, preparation hours waiting and a day's lost earnings claimed (attested, no
 * payslip) through {@link ExpenseClaims} as a member claims it. Every step goes through {@link Payables} and
 * {@link PayableDecisions} with fixed source and idempotency keys, so seeding again after a restart changes nothing.
 */
@ApplicationScoped
public class DemoPayments {

    private static final String SECRETARIAT = "secretariat";
    private static final String FINANCE = "finance";

    @Inject
    Payables payables;

    @Inject
    PayableDecisions decisions;

    @Inject
    CouncilClock clock;

    @Inject
    org.nstac.portal.shared.MemberDirectory members;

    @Inject
    Stipends stipends;

    @Inject
    ExpenseClaims claims;

    public void seed() {
        members.refOfLogin("sunflower").ifPresent(this::sunflower);
        members.refOfLogin("oak").ifPresent(stipends::seedDemo);
        members.refOfLogin("river").ifPresent(ref -> payables.accrueAtRate(new Payables.Accrual(ref,
                PayableRecord.Source.MANUAL, "demo:river:preparation", Activity.PREPARATION_HOUR, null,
                new BigDecimal("3"), LocalDate.of(2026, 11, 5), "Reading the draft labour law", SECRETARIAT)));
        members.refOfLogin("river").ifPresent(this::riversLostDay);
    }

    /** River took an unpaid day off work for a council meeting: one day, at the card's daily amount, attested. */
    private void riversLostDay(String ref) {
        claims.seedDemoClaim(ref, new ExpenseClaims.Claim(ExpenseClaims.Kind.LOST_EARNINGS.name(),
                clock.today().minusDays(7), null, null, null, "An unpaid day off work for a council meeting", "1",
                true), "demo-lost-earnings");
    }

    private void sunflower(String ref) {
        PayableRecord task = payables.accrueAtRate(new Payables.Accrual(ref, PayableRecord.Source.MANUAL,
                "demo:sunflower:task", Activity.TASK_HOUR, "TRANSLATION", new BigDecimal("6"),
                LocalDate.of(2026, 9, 15), "Plain-language summary of the draft", SECRETARIAT));
        decisions.approve(task.getId(), FINANCE, "demo-approve-task");
        decisions.pay(task.getId(), clock.today(), "BANK_TRANSFER", "DEMO-2026-0001", FINANCE,
                "demo-pay-task");
        for (Activity a : new Activity[] {Activity.MEETING_DAY, Activity.PER_DIEM}) {
            PayableRecord line = payables.accrueAtRate(new Payables.Accrual(ref, PayableRecord.Source.MANUAL,
                    "demo:sunflower:plenary:" + a, a, null, BigDecimal.ONE, LocalDate.of(2026, 10, 8),
                    "October plenary", SECRETARIAT));
            decisions.approve(line.getId(), FINANCE, "demo-approve-plenary-" + a);
        }
        payables.accrue(new PayableRecord(ref, PayableRecord.Source.EXPENSE, "demo:sunflower:travel",
                Activity.EXPENSE, null, "TRAVEL", null, null, LocalDate.of(2026, 11, 10),
                Money.parse("1200", "RSD", false), "Bus to the plenary", null, ref, clock.now()));
        PayableRecord meal = payables.accrue(new PayableRecord(ref, PayableRecord.Source.EXPENSE,
                "demo:sunflower:meal", Activity.EXPENSE, null, "MEALS", null, null, LocalDate.of(2026, 10, 8),
                Money.parse("900", "RSD", false), "Lunch on the plenary day", null, ref, clock.now()));
        decisions.reject(meal.getId(), "Lunch on the plenary day was provided by the council; the per diem covers the "
                + "rest of the day.", FINANCE, "demo-reject-meal");
    }
}
