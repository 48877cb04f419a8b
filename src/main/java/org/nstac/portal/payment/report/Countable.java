package org.nstac.portal.payment.report;

import org.nstac.portal.payment.domain.Money;
import org.nstac.portal.payment.domain.PayableState;

/**
 * One payable as {@link Totals} counts it: its amount, the state it is in now, and whether it is late.
 *
 * <p>Why an interface: a member's statement line and a row of the council's totals carry different details but must
 * be added up by exactly the same rule, so that a member's statement and the finance officers' report can never
 * disagree about the same payable. Both records implement it through their own components.
 */
public interface Countable {

    /** The payable's amount. */
    Money amount();

    /** The state the payable is in now. */
    PayableState state();

    /** Whether the payable is approved and not paid in the time the council promised; counted only when approved. */
    boolean late();
}
