package org.nstac.portal.care.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.nstac.portal.shared.ContributionSource;
import org.nstac.portal.shared.MemberContext;
import org.nstac.portal.shared.NotFound;

/**
 * "My contributions": what the calling member gave the council and what came of it, gathered from every feature's
 * {@link ContributionSource} (comments and their answers, positions, the laws' outcomes, tasks, meetings, learning)
 * and the ledger's totals. Only ever the caller's own: the reference comes from the sign-in, never from a parameter.
 */
@ApplicationScoped
@Transactional
public class MyContributions {

    /** Everything, the newest first, and the money totals by currency. */
    public record Summary(List<ContributionSource.Contribution> items, List<ContributionSource.Total> totals) {
    }

    @Inject
    MemberContext member;

    @Inject
    Instance<ContributionSource> sources;

    /** @throws NotFound when the caller is not a member */
    public Summary mine() {
        String ref = member.requireRef();
        List<ContributionSource.Contribution> items = new ArrayList<>();
        List<ContributionSource.Total> totals = new ArrayList<>();
        for (ContributionSource source : sources) {
            items.addAll(source.contributionsOf(ref));
            totals.addAll(source.totalsOf(ref));
        }
        items.sort(Comparator.comparing((ContributionSource.Contribution c) -> c.at() == null ? Instant.EPOCH : c.at())
                .reversed().thenComparing(c -> c.kind()).thenComparing(c -> -c.refId()));
        return new Summary(List.copyOf(items), List.copyOf(totals));
    }
}
