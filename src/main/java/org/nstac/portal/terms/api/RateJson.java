package org.nstac.portal.terms.api;

import java.time.LocalDate;
import java.util.List;
import org.nstac.portal.payment.domain.Rate;

/** One line of the rate card as the terms show it: amounts as decimal strings, as the ledger's JSON has them. */
public record RateJson(String activity, String taskKind, String memberAmount, String expertReference,
        String currency, LocalDate validFrom) {

    static List<RateJson> of(List<Rate> rates) {
        return rates.stream().map(r -> new RateJson(r.activity().name(), r.taskKind(),
                r.memberAmount().amount().toPlainString(), r.expertReference().amount().toPlainString(),
                r.memberAmount().currency().name(), r.validFrom())).toList();
    }
}
