package org.nstac.portal.care.api;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.nstac.portal.care.infrastructure.DebriefRecord;

/**
 * A debrief offered to the member after sensitive work: what it was about ({@code MEETING} or {@code TASK}, the id
 * and title), whom it is with ({@code SUPPORT_PERSON} named on the plan, or the secretariat's {@code SUPPORT_DUTY}),
 * and the answer ({@code OFFERED}, {@code ACCEPTED}, {@code DECLINED}).
 */
@Schema(name = "Debrief")
public record DebriefJson(long id, String about, long refId, String title, String with, String state,
        Instant offeredAt, Instant decidedAt) {

    public static DebriefJson of(DebriefRecord d) {
        return new DebriefJson(d.getId(), d.getAbout(), d.getRefId(), d.getTitle(),
                d.supportLogin().isPresent() ? "SUPPORT_PERSON" : "SUPPORT_DUTY", d.getState().name(),
                d.getOfferedAt(), d.getDecidedAt());
    }
}
