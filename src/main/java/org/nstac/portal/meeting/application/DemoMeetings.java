package org.nstac.portal.meeting.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.nstac.portal.meeting.domain.MeetingNaming;
import org.nstac.portal.meeting.domain.SafetyPlan;
import org.nstac.portal.meeting.infrastructure.MeetingRecord;
import org.nstac.portal.member.application.Members;
import org.nstac.portal.member.domain.Member;

/**
 * Demo meetings (dev and test only, with {@code portal.demo-data=true}), so that each role finds a meeting to walk
 * through on a fresh run: a plenary three weeks ahead with a safety plan, Sunflower and River accepted, Lark and Oak
 * invited; and an online working group the next evening, whose link Sunflower sees because it is the day before.
 * Willow has no council-work consent in the demo data, so she is not invited. Seeded once: a run that finds the demo
 * plenary already there changes nothing.
 */
@Singleton
@Startup
@DependsOn("DemoMemberSeeding")
@TransactionManagement(TransactionManagementType.BEAN)
public class DemoMeetings {

    @jakarta.inject.Inject
    org.nstac.portal.shared.CouncilClock clock;

    static final String PLENARY = "Plenary: the council's position on the draft labour law";
    static final String WORKING_GROUP = "Working group: visitors in shelters";
    private static final String SECRETARIAT = "secretariat";

    @Inject
    @ConfigProperty(name = "portal.demo-data", defaultValue = "false")
    boolean demoData;

    @Inject
    Meetings meetings;

    @Inject
    Members members;

    @PostConstruct
    void seed() {
        if (!demoData || meetings.all().stream().anyMatch(m -> PLENARY.equals(m.getTitle()))) {
            return;
        }
        LocalDate today = clock.today();
        ZonedDateTime plenaryStart = today.plusDays(21).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY))
                .atTime(LocalTime.of(10, 0)).atZone(Meetings.ZONE);
        MeetingRecord plenary = meetings.create(new Meetings.Draft("PLENARY", PLENARY,
                "1. Welcome and how today works\n2. What the draft labour law says about recruitment agencies\n"
                        + "3. The council's position and who presents it\n4. Next steps",
                plenaryStart.toInstant(), plenaryStart.plusHours(5).toInstant(), false,
                "Council meeting room, 2nd floor", "Serbian", "English", 12, null, null, "1", "2", 1, "0"),
                SECRETARIAT);
        meetings.plan(plenary.getId(), new SafetyPlan("Kristina from the secretariat",
                "Ask at the secretariat desk by the door, or send her a portal message", "Room 4, next door", null,
                false, false, false, MeetingNaming.PSEUDONYM_BADGE, true), SECRETARIAT);
        for (String login : List.of("sunflower", "river", "lark", "oak")) {
            invite(plenary, login);
        }
        answer(plenary, "sunflower", "Step-free access, please.");
        answer(plenary, "river", null);

        ZonedDateTime groupStart = today.plusDays(1).atTime(LocalTime.of(17, 0)).atZone(Meetings.ZONE);
        MeetingRecord group = meetings.create(new Meetings.Draft("WORKING_GROUP", WORKING_GROUP,
                "1. What the shelter rules should say about visitors\n2. Who drafts the council's comment",
                groupStart.toInstant(), groupStart.plusMinutes(90).toInstant(), true,
                "https://meet.example.org/demo-working-group", "Serbian", null, 8, null, null, "1", "1", 0, "0"),
                SECRETARIAT);
        meetings.plan(group.getId(), new SafetyPlan("Kristina from the secretariat",
                "Write to her in the meeting chat, or send her a portal message", null,
                "Turn off your camera and write 'break' in the chat; come back when you are ready", false, false,
                false, MeetingNaming.PSEUDONYM_BADGE, true), SECRETARIAT);
        invite(group, "sunflower");
        invite(group, "oak");
    }

    private void invite(MeetingRecord meeting, String login) {
        members.findByLogin(login).ifPresent(m -> meetings.invite(meeting.getId(), m.getRef(), SECRETARIAT));
    }

    private void answer(MeetingRecord meeting, String login, String needs) {
        members.findByLogin(login).map(Member::getRef).flatMap(ref -> meetings.invitation(meeting.getId(), ref))
                .ifPresent(i -> meetings.respond(i.getId(), i.getMemberRef(), true, needs));
    }
}
