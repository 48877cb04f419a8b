package org.nstac.portal.payment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.nstac.portal.payment.domain.Money;
import org.nstac.portal.payment.domain.PayableState;
import org.nstac.portal.shared.ContributionSource;

/**
 * "My contributions", the ledger's part: what the member earned and was paid, per currency. Earned counts every
 * payable still standing (accrued, approved or paid); rejected and reversed ones count for nothing, their
 * corrections (new payables) count in their own right.
 */
@ApplicationScoped
public class PaymentContributions implements ContributionSource {

    @Inject
    PayableQueries queries;

    @Override
    public List<Contribution> contributionsOf(String memberRef) {
        return List.of();
    }

    @Override
    public List<Total> totalsOf(String memberRef) {
        Map<String, BigDecimal[]> sums = new TreeMap<>();
        for (PayableView v : queries.list(memberRef, null, null, null)) {
            PayableState state = v.state();
            if (state == PayableState.REJECTED || state == PayableState.REVERSED) {
                continue;
            }
            Money money = v.payable().getMoney();
            BigDecimal[] sum = sums.computeIfAbsent(money.currency().name(),
                    c -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            sum[0] = sum[0].add(money.amount());
            if (state == PayableState.PAID) {
                sum[1] = sum[1].add(money.amount());
            }
        }
        return sums.entrySet().stream()
                .map(e -> new Total(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
    }
}
