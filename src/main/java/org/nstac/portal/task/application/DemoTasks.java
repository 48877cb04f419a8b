package org.nstac.portal.task.application;

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
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.nstac.portal.shared.CouncilClock;
import org.nstac.portal.shared.MemberDirectory;
import org.nstac.portal.task.infrastructure.OfferRecord;
import org.nstac.portal.task.infrastructure.TaskRecord;

/**
 * Demo tasks (dev and test only, with {@code portal.demo-data=true}), so that a fresh run shows safety plans for tasks
 * and debriefs: a training of labour inspectors Sunflower co-facilitated, with its safety plan, her work accepted, so
 * a debrief with the support person waits for her answer; and a training of social workers, with its safety plan,
 * offered to her and waiting for her answer, the plan shown on the offer.
 *
 * <p>The seeding goes through the same services and rules as everyone: it acts as the secretariat, and as Sunflower
 * for her answer and hand-in ({@link TaskPolicy#actForDemoData}). Seeded once: a run that finds the demo training
 * already there changes nothing.
 */
@Singleton
@Startup
@DependsOn("DemoTerms")
@TransactionManagement(TransactionManagementType.BEAN)
public class DemoTasks {

    static final String TRAINING = "Co-facilitate a session for labour inspectors on recognising exploitation (demo)";
    static final String SOCIAL_WORKERS = "Co-facilitate a training of social workers on the council's work (demo)";
    private static final String SECRETARIAT = "secretariat";
    private static final String SUNFLOWER = "sunflower";

    @Inject
    @ConfigProperty(name = "portal.demo-data", defaultValue = "false")
    boolean demoData;

    @Inject
    RequestContextController requestContext;

    @Inject
    TaskPolicy policy;

    @Inject
    TaskCatalogue catalogue;

    @Inject
    TaskSafetyPlans plans;

    @Inject
    TaskOffers offers;

    @Inject
    WorkLogs workLogs;

    @Inject
    TaskReviews reviews;

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
            if (catalogue.allPriced().stream().noneMatch(p -> TRAINING.equals(p.task().getTitle()))) {
                members.refOfLogin(SUNFLOWER).ifPresent(this::seedTasks);
            }
        } finally {
            if (activated) {
                requestContext.deactivate();
            }
        }
    }

    private void seedTasks(String sunflower) {
        LocalDate today = clock.today();
        policy.actForDemoData(SECRETARIAT, null);
        TaskRecord training = catalogue.create(new TaskCatalogue.NewTask(TRAINING,
                "Two hours beside the trainer: say from the council's point of view what helps a person trust an"
                        + " inspector. No personal account is asked for.",
                "CO_FACILITATE_TRAINING", null, new BigDecimal("2"), "HOURLY", null, null, null, today.plusDays(7),
                Set.of(), Set.of(), false, false));
        plans.plan(training.getId(), new TaskSafetyPlans.Draft("Duty psychologist of the secretariat (demo)",
                "+381 11 000 0000, or in the room next to the training (demo)", SECRETARIAT,
                "Inspectors may describe labour exploitation cases they handled; no case of a member is discussed.",
                false, false, true));
        OfferRecord offer = offers.offer(training.getId(), sunflower);
        policy.actForDemoData(SUNFLOWER, sunflower);
        offers.respond(offer.getId(), true);
        workLogs.submit(training.getId(), WorkLogs.HandIn.NONE);
        policy.actForDemoData(SECRETARIAT, null);
        reviews.review(training.getId(), sunflower, true, null);

        TaskRecord socialWorkers = catalogue.create(new TaskCatalogue.NewTask(SOCIAL_WORKERS,
                "Twenty minutes on what the council does and how social workers can pass on its consultations, then"
                        + " questions. Nobody is asked about their own experience.",
                "CO_FACILITATE_TRAINING", null, new BigDecimal("3"), "HOURLY", null, null, null, today.plusDays(21),
                Set.of(), Set.of(), false, false));
        plans.plan(socialWorkers.getId(), new TaskSafetyPlans.Draft("Secretariat support officer (demo)",
                "+381 11 000 0001, sitting in the first row (demo)", SECRETARIAT,
                "Participants may ask about trafficking cases from the news.", false, false, true));
        policy.actForDemoData(SECRETARIAT, null);
        try {
            offers.offer(socialWorkers.getId(), sunflower);
        } catch (org.nstac.portal.shared.DomainRuleViolation notEligible) {
            // Sunflower's month may already be full in a long-running demo database; the plan is still there to see.
        }
    }
}
