package org.nstac.portal.meeting.domain;

import java.time.Instant;
import java.time.ZoneId;

/** Times, places and plans the meeting tests share. */
final class MeetingFixtures {

    static final ZoneId BELGRADE = ZoneId.of("Europe/Belgrade");

    /** A plenary on Tuesday 10 March 2026, 10:00 to 16:00 in Belgrade (UTC+1). */
    static final MeetingTimes TUESDAY = new MeetingTimes(Instant.parse("2026-03-10T09:00:00Z"),
            Instant.parse("2026-03-10T15:00:00Z"));

    static final Place ROOM = new Place.InPerson("Council room, 2nd floor");
    static final Place ONLINE = new Place.Online("https://meet.example.org/council-march");

    private MeetingFixtures() {
    }

    /** A complete plan with every default, fit for a meeting in person or online. */
    static SafetyPlan plan() {
        return SafetyPlan.withDefaults("Duty psychologist", "+381 11 000 000", "Room 3, next door",
                "Leave the call and ring the duty psychologist", true);
    }

    static SafetyPlan plan(boolean photographs, boolean press) {
        return new SafetyPlan("Duty psychologist", "+381 11 000 000", "Room 3", "Leave the call", photographs, false,
                press, MeetingNaming.PSEUDONYM_BADGE, true);
    }

    static Instant at(String text) {
        return Instant.parse(text);
    }
}
