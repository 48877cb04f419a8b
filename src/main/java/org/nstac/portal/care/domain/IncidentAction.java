package org.nstac.portal.care.domain;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.nstac.portal.shared.DomainRuleViolation;

/** What was done about an incident, from a fixed list; an entry names at least one. */
public enum IncidentAction {
    /** The meeting's support person, or the secretariat's support duty, was called to the member. */
    SUPPORT_PERSON_CALLED,
    /** The member was put in touch with a service (with their agreement). */
    REFERRED_TO_SERVICE,
    /** The meeting or the work was paused. */
    MEETING_PAUSED,
    /** Emergency services were called (192 police, 194 ambulance in Serbia). */
    EMERGENCY_SERVICES,
    /** Someone checked in with the member afterwards. */
    FOLLOWED_UP,
    /** Something else: the note says what. */
    OTHER;

    public static final String UNKNOWN = "care.incident.action.unknown";
    public static final String REQUIRED = "care.incident.action.required";

    /**
     * The actions named, without repeats.
     *
     * @throws DomainRuleViolation {@value #UNKNOWN} for a name not on the list; {@value #REQUIRED} when none
     */
    public static Set<IncidentAction> parse(Collection<String> names) {
        Set<IncidentAction> out = EnumSet.noneOf(IncidentAction.class);
        if (names != null) {
            for (String name : names) {
                if (name == null || name.isBlank()) {
                    throw new DomainRuleViolation(UNKNOWN);
                }
                try {
                    out.add(valueOf(name.strip().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException unknown) {
                    throw new DomainRuleViolation(UNKNOWN);
                }
            }
        }
        if (out.isEmpty()) {
            throw new DomainRuleViolation(REQUIRED);
        }
        return out;
    }
}
