package org.nstac.portal.learning.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.nstac.portal.shared.CouncilClock;
import org.nstac.portal.shared.ContributionSource;

/** "My contributions", learning's part: each learning the member completed (their council record). */
@ApplicationScoped
public class LearningContributions implements ContributionSource {

    @Inject
    Learning learning;

    @Override
    public List<Contribution> contributionsOf(String memberRef) {
        return learning.completionsOf(memberRef).stream()
                .map(c -> new Contribution(Kind.LEARNING, c.offerId(), null, c.title(),
                        c.completedOn().atStartOfDay(CouncilClock.ZONE).toInstant(), c.provider(), null, null, null))
                .toList();
    }
}
