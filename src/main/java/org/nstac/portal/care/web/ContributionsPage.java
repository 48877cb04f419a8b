package org.nstac.portal.care.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.nstac.portal.care.application.MyContributions;
import org.nstac.portal.shared.ContributionSource;

/** The member's "My contributions" page: read once per request. */
@Named
@RequestScoped
public class ContributionsPage {

    @Inject
    MyContributions contributions;

    private MyContributions.Summary summary;

    private MyContributions.Summary summary() {
        if (summary == null) {
            summary = contributions.mine();
        }
        return summary;
    }

    public List<ContributionSource.Contribution> of(String kind) {
        ContributionSource.Kind k = ContributionSource.Kind.valueOf(kind);
        return summary().items().stream().filter(c -> c.kind() == k).toList();
    }

    public List<ContributionSource.Total> getTotals() {
        return summary().totals();
    }
}
