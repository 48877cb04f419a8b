package org.nstac.portal.learning.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.nstac.portal.learning.domain.LearningOffer;
import org.nstac.portal.learning.domain.LearningOpportunity;
import org.nstac.portal.shared.CouncilClock;
import org.nstac.portal.shared.MemberDirectory;

/**
 * Demo learning (dev and test only, with {@code portal.demo-data=true}), so that a fresh run shows the whole of it:
 * a paid training of trainers two months ago that Sunflower and River completed (on their council record, their paid
 * hours in the ledger, and Sunflower agreed to the educator role it prepares for); a course on digital skills next
 * month offered to Sunflower, waiting for her answer, and accepted by Lark. Willow, who has not accepted the
 * engagement terms, is offered nothing.
 *
 * <p>The seeding goes through the same service and rules as everyone: it acts as the secretariat, and as each demo
 * member for their answer ({@link LearningPolicy#actForDemoData}). Seeded once: a run that finds the demo training
 * already there changes nothing.
 */
@Singleton
@Startup
@DependsOn("DemoTerms")
@TransactionManagement(TransactionManagementType.BEAN)
public class DemoLearning {

    static final String TRAINING_OF_TRAINERS = "Training of trainers: running a session on workers' rights (demo)";
    static final String DIGITAL_SKILLS = "Digital skills for work: e-mail, documents, video calls (demo)";
    private static final String SECRETARIAT = "secretariat";

    @Inject
    @ConfigProperty(name = "portal.demo-data", defaultValue = "false")
    boolean demoData;

    @Inject
    RequestContextController requestContext;

    @Inject
    LearningPolicy policy;

    @Inject
    Learning learning;

    @Inject
    MemberDirectory members;

    @Inject
    CouncilClock clock;

    @PostConstruct
    void seed() {
        if (!demoData) {
            return;
        }
        boolean activated = requestContext.activate();
        try {
            policy.actForDemoData(SECRETARIAT, null);
            if (learning.all().stream().noneMatch(l -> TRAINING_OF_TRAINERS.equals(l.opportunity().getTitle()))) {
                seedLearning();
            }
        } finally {
            if (activated) {
                requestContext.deactivate();
            }
        }
    }

    private void seedLearning() {
        LocalDate today = clock.today();
        LearningOpportunity trainers = learning.create(new Learning.NewOpportunity(TRAINING_OF_TRAINERS,
                "Independent training centre (demo)",
                "Two days on preparing and running a short session for union members and social workers, with time"
                        + " to practise in pairs. Lunch and travel are covered.",
                today.minusMonths(2), today.minusMonths(2).plusDays(1), "sr", 8, new BigDecimal("12"),
                List.of("labour-exploitation"), "EDUCATOR"));
        completed(trainers.getId(), "sunflower", true, today.minusMonths(2).plusDays(1));
        completed(trainers.getId(), "river", false, today.minusMonths(2).plusDays(1));

        policy.actForDemoData(SECRETARIAT, null);
        LearningOpportunity digital = learning.create(new Learning.NewOpportunity(DIGITAL_SKILLS,
                "City library learning centre (demo)",
                "Four evening classes in a small group: writing e-mails, working with documents and joining video"
                        + " calls safely.",
                today.plusMonths(1), today.plusMonths(1).plusDays(21), "sr", 10, BigDecimal.ZERO, List.of(), null));
        offer(digital.getId(), "sunflower");
        Optional<LearningOffer> lark = offer(digital.getId(), "lark");
        lark.ifPresent(o -> answerAs("lark", o.getId(), false));
    }

    private void completed(long opportunityId, String login, boolean addRole, LocalDate on) {
        offer(opportunityId, login).ifPresent(o -> {
            answerAs(login, o.getId(), addRole);
            policy.actForDemoData(SECRETARIAT, null);
            learning.complete(o.getId(), on);
        });
    }

    private Optional<LearningOffer> offer(long opportunityId, String login) {
        policy.actForDemoData(SECRETARIAT, null);
        return members.refOfLogin(login).map(ref -> learning.offer(opportunityId, ref));
    }

    private void answerAs(String login, long offerId, boolean addRole) {
        policy.actForDemoData(login, members.refOfLogin(login).orElseThrow());
        learning.accept(offerId, addRole);
    }
}
