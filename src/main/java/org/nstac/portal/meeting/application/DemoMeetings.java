package org.nstac.portal.meeting.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.nstac.portal.meeting.domain.MeetingNaming;
import org.nstac.portal.meeting.domain.SafetyPlan;
import org.nstac.portal.meeting.infrastructure.MeetingRecord;
import org.nstac.portal.member.application.Members;
import org.nstac.portal.member.domain.Member;
import org.nstac.portal.shared.CouncilClock;

/**
 * Demo meetings (dev and test only, with {@code portal.demo-data=true}), so that each role finds a meeting to walk
 * through on a fresh run: a plenary three weeks ahead with a safety plan, Sunflower and River accepted, Lark and Oak
 * invited; and an online working group the next evening, whose link Sunflower sees because it is the day before.
 * Willow has no council-work consent in the demo data, so she is not invited. Seeded once: a run that finds the demo
 * plenary already there changes nothing.
 *
 * <p>The seeding goes through the same services and policy as everyone: it acts as the secretariat, and as each demo
 * member for their answer ({@link MeetingPolicy#actForDemoData}), in a request context of its own since nobody is
 * signed in at startup.
 */
@Singleton
@Startup
@DependsOn("DemoMemberSeeding")
@TransactionManagement(TransactionManagementType.BEAN)
public class DemoMeetings {

    static final String PLENARY = "Plenary: the council's position on the draft labour law";
    static final String WORKING_GROUP = "Working group: visitors in shelters";
    private static final String SECRETARIAT = "secretariat";

    @Inject
    @ConfigProperty(name = "portal.demo-data", defaultValue = "false")
    boolean demoData;

    @Inject
    CouncilClock clock;

    @Inject
    RequestContextController requestContext;

    @Inject
    MeetingPolicy policy;

    @Inject
    MeetingPlanning planning;

    @Inject
    SafetyPlans plans;

    @Inject
    Invitations invitations;

    @Inject
    Members members;

    private final Map<String, Long> invitationOf = new HashMap<>();

    @PostConstruct
    void seed() {
        if (!demoData) {
            return;
        }
        boolean activated = requestContext.activate();
        try {
            policy.actForDemoData(SECRETARIAT, null);
            if (planning.all().stream().noneMatch(m -> PLENARY.equals(m.getTitle()))) {
                seedMeetings();
            }
        } finally {
            if (activated) {
                requestContext.deactivate();
            }
        }
    }

    private void seedMeetings() {
        LocalDate today = clock.today();
        ZonedDateTime plenaryStart = today.plusDays(21).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY))
                .atTime(LocalTime.of(10, 0)).atZone(CouncilClock.ZONE);
        MeetingRecord plenary = planning.create(new MeetingPlanning.Draft("PLENARY", PLENARY,
                "1. Welcome and how today works\n2. What the draft labour law says about recruitment agencies\n"
                        + "3. The council's position and who presents it\n4. Next steps",
                plenaryStart.toInstant(), plenaryStart.plusHours(5).toInstant(), false,
                "Council meeting room, 2nd floor", "Serbian", "English", 12, null, null, "1", "2", 1, "0"));
        plans.plan(plenary.getId(), new SafetyPlan("Kristina from the secretariat",
                "Ask at the secretariat desk by the door, or send her a portal message", "Room 4, next door", null,
                false, false, false, MeetingNaming.PSEUDONYM_BADGE, true));
        for (String login : List.of("sunflower", "river", "lark", "oak")) {
            invite(plenary, login);
        }
        answer(plenary, "sunflower", "Step-free access, please.");
        answer(plenary, "river", null);

        policy.actForDemoData(SECRETARIAT, null);
        ZonedDateTime groupStart = today.plusDays(1).atTime(LocalTime.of(17, 0)).atZone(CouncilClock.ZONE);
        MeetingRecord group = planning.create(new MeetingPlanning.Draft("WORKING_GROUP", WORKING_GROUP,
                "1. What the shelter rules should say about visitors\n2. Who drafts the council's comment",
                groupStart.toInstant(), groupStart.plusMinutes(90).toInstant(), true,
                "https://meet.example.org/demo-working-group", "Serbian", null, 8, null, null, "1", "1", 0, "0"));
        plans.plan(group.getId(), new SafetyPlan("Kristina from the secretariat",
                "Write to her in the meeting chat, or send her a portal message", null,
                "Turn off your camera and write 'break' in the chat; come back when you are ready", false, false,
                false, MeetingNaming.PSEUDONYM_BADGE, true));
        invite(group, "sunflower");
        invite(group, "oak");
    }

    private void invite(MeetingRecord meeting, String login) {
        members.findByLogin(login).ifPresent(m -> invitationOf.put(meeting.getId() + ":" + login,
                invitations.invite(meeting.getId(), m.getRef()).invitation().getId()));
    }

    /** The member answers their own invitation: the seeding acts as them for it. */
    private void answer(MeetingRecord meeting, String login, String needs) {
        Long invitation = invitationOf.get(meeting.getId() + ":" + login);
        members.findByLogin(login).map(Member::getRef).filter(ref -> invitation != null).ifPresent(ref -> {
            policy.actForDemoData(login, ref);
            invitations.respond(invitation, true, needs);
        });
    }
}
