package org.nstac.portal.care.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.nstac.portal.care.domain.QuoteProposal;
import org.nstac.portal.care.infrastructure.QuoteRecord;
import org.nstac.portal.care.infrastructure.QuoteStore;
import org.nstac.portal.shared.CouncilClock;
import org.nstac.portal.shared.MemberDirectory;

/**
 * Demo quotes (dev and test only, {@code portal.demo-data=true}), so that the secretariat's quote desk and a member's
 * "My words and photos" show each state: Sunflower's words waiting for her answer, Oak's approved for a leaflet (the
 * desk's "usable only" list), Lark's declined. Words about the council's work, never anyone's story. Checked by the
 * same domain rules as a proposal from the desk ({@link QuoteProposal#of}); once: a desk that holds any quote is left
 * alone.
 */
@Singleton
@Startup
@DependsOn("DemoMemberSeeding")
public class DemoQuotes {

    private static final String SECRETARIAT = "secretariat";

    @Inject
    @ConfigProperty(name = "portal.demo-data", defaultValue = "false")
    boolean demoData;

    @Inject
    QuoteStore store;

    @Inject
    MemberDirectory members;

    @Inject
    CouncilClock clock;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    void seed() {
        if (!demoData || !store.all(null, 1).isEmpty()) {
            return;
        }
        LocalDate today = clock.today();
        propose("sunflower", "Pay us as the experts we are, on the day the work is done.",
                "Leaflet for the labour ministry round table (demo)", today.plusDays(20), null);
        propose("oak", "We read every article of the draft. Ask us before the law is written, not after.",
                "Council newsletter, spring issue (demo)", today.plusDays(30), true);
        propose("lark", "A council that pays its members on time is a council that is heard.",
                "Poster for the annual conference (demo)", today.plusDays(40), false);
    }

    private void propose(String login, String words, String purpose, LocalDate publishOn, Boolean answer) {
        members.refOfLogin(login).ifPresent(ref -> {
            QuoteRecord q = new QuoteRecord(ref, QuoteProposal.of(words, false, purpose, publishOn, clock.today()),
                    null, null, SECRETARIAT, clock.now());
            store.add(q);
            if (answer != null) {
                q.decide(answer, clock.now());
            }
        });
    }
}
