package org.nstac.portal.payment.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.nstac.portal.payment.application.PaymentPolicy;
import org.nstac.portal.payment.application.Statements;
import org.nstac.portal.payment.domain.Funder;
import org.nstac.portal.payment.domain.PaymentAction;
import org.nstac.portal.payment.domain.PaymentRelation;
import org.nstac.portal.shared.CouncilClock;

/** What the official's organisation paid for through the council this year: totals only, never a member's line. */
@Named
@RequestScoped
public class FundedView {

    @Inject
    PaymentPolicy policy;

    @Inject
    Statements statements;

    @Inject
    CouncilClock clock;

    private Statements.Funded funded;

    /** This year's totals of the caller's organisation; null for anyone who is not an official of one. */
    public Statements.Funded getThisYear() {
        if (funded == null && policy.may(PaymentAction.READ_FUNDED_TOTALS)) {
            var organisation = policy.organisation();
            if (organisation.isPresent()) {
                Funder.Kind kind = policy.relations().contains(PaymentRelation.MINISTRY) ? Funder.Kind.MINISTRY
                        : Funder.Kind.PARTNER;
                funded = statements.funded(new Funder(kind, organisation.get()),
                        clock.today().withDayOfYear(1), clock.thisMonth().atDay(1));
            }
        }
        return funded;
    }
}
