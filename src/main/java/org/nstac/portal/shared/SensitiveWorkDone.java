package org.nstac.portal.shared;

import java.util.Objects;
import java.util.Optional;

/**
 * A member took part in sensitive work: attended a meeting with a safety plan, or had their work on a task with a
 * safety plan accepted. Fired by the meeting and task features in the transaction that records it; the care feature
 * offers the member a debrief with the support person (once per member and piece of work).
 *
 * @param about        {@code MEETING} or {@code TASK}
 * @param refId        the meeting's or the task's id
 * @param title        the meeting's or the task's title, for the member's list
 * @param memberRef    the member who took part
 * @param supportLogin the support person's portal account named on the plan; empty: the secretariat's support duty
 */
public record SensitiveWorkDone(String about, long refId, String title, String memberRef,
        Optional<String> supportLogin) {

    public static final String MEETING = "MEETING";
    public static final String TASK = "TASK";

    public SensitiveWorkDone {
        Objects.requireNonNull(about, "about");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(memberRef, "memberRef");
        supportLogin = supportLogin == null ? Optional.empty() : supportLogin;
    }
}
