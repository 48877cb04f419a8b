package org.nstac.portal.care.domain;

import java.util.Locale;
import org.nstac.portal.shared.DomainRuleViolation;

/**
 * What kind of incident the log records, from a fixed list: enough to count them for the annual report and to know
 * what the follow-up is about, never a description of what the person went through.
 */
public enum IncidentKind {
    /** A member was overwhelmed or distressed during a meeting or an event. */
    DISTRESS_IN_MEETING,
    /** A member was overwhelmed or distressed during council work outside a meeting (a task, a consultation). */
    DISTRESS_DURING_WORK,
    /** A threat to a member's safety (someone from the past, harassment, being followed). */
    SAFETY_THREAT,
    /** A risk that a member's identity becomes known (a photo, a name said aloud, a document left open). */
    IDENTITY_EXPOSURE_RISK,
    /** A health emergency. */
    HEALTH,
    OTHER;

    public static final String UNKNOWN = "care.incident.kind.unknown";

    /** @throws DomainRuleViolation {@value #UNKNOWN} for a missing or unknown kind */
    public static IncidentKind parse(String text) {
        if (text == null || text.isBlank()) {
            throw new DomainRuleViolation(UNKNOWN);
        }
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new DomainRuleViolation(UNKNOWN);
        }
    }
}
