package org.nstac.portal.meeting.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MeetingKindTest {

    @Test
    void onlyPublicEventsAndConferencesArePublic() {
        Set<MeetingKind> publicKinds = EnumSet.noneOf(MeetingKind.class);
        for (MeetingKind kind : MeetingKind.values()) {
            if (kind.isPublic()) {
                publicKinds.add(kind);
            }
        }
        assertEquals(EnumSet.of(MeetingKind.PUBLIC_EVENT), publicKinds);
    }

    @Test
    void theKindsAreTheFiveTheIssueNames() {
        assertEquals(5, MeetingKind.values().length);
        assertEquals(EnumSet.allOf(MeetingKind.class), EnumSet.of(MeetingKind.PLENARY, MeetingKind.WORKING_GROUP,
                MeetingKind.HEARING, MeetingKind.TRAINING, MeetingKind.PUBLIC_EVENT));
    }
}
