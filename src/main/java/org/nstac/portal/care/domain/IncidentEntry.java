package org.nstac.portal.care.domain;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.nstac.portal.consultation.domain.PersonalDetail;
import org.nstac.portal.consultation.domain.PersonalDetailsCheck;
import org.nstac.portal.shared.DomainRuleViolation;

/**
 * One entry of the incident log as the secretariat or the chair writes it: when, what kind, what was done, the
 * follow-up, and optionally the member's opaque reference. There is deliberately no field for what happened to the
 * person: the note (at most {@value #NOTE_MAX} characters) says what was done, and the form and the API say so.
 *
 * @param occurredOn   the day of the incident (today or earlier)
 * @param kind         from the fixed list
 * @param actions      what was done, at least one; OTHER needs the note to say what
 * @param note         a short note on what was done, or null
 * @param followUpOn   the day someone follows up, not before the incident; null for none
 * @param followUpDone whether the follow-up was done (only with a follow-up day)
 * @param memberRef    the member's opaque reference, or null (never a name)
 */
public record IncidentEntry(LocalDate occurredOn, IncidentKind kind, Set<IncidentAction> actions, String note,
        LocalDate followUpOn, boolean followUpDone, String memberRef) {

    /** Characters (code points) the note on what was done may have. */
    public static final int NOTE_MAX = 200;

    public static final String DATE_REQUIRED = "care.incident.date.required";
    public static final String DATE_FUTURE = "care.incident.date.future";
    public static final String NOTE_TOO_LONG = "care.incident.note.tooLong";
    public static final String NOTE_CONTACT = "care.incident.note.contactDetails";
    public static final String NOTE_FOR_OTHER = "care.incident.note.otherNeeded";
    public static final String FOLLOW_UP_BEFORE = "care.incident.followUp.beforeIncident";
    public static final String FOLLOW_UP_NO_DATE = "care.incident.followUp.noDate";
    public static final String MEMBER_REF_INVALID = "care.incident.member.invalid";

    /** The shape of an opaque member reference: letters, digits and dashes, never a name with spaces. */
    private static final Pattern REF = Pattern.compile("[A-Za-z0-9-]{1,32}");

    /** Contact details belong in the identity vault, not in a log entry. */
    private static final Set<PersonalDetail> REFUSED = EnumSet.of(PersonalDetail.EMAIL, PersonalDetail.PHONE,
            PersonalDetail.ID_NUMBER);

    public IncidentEntry {
        if (occurredOn == null) {
            throw new DomainRuleViolation(DATE_REQUIRED);
        }
        if (kind == null) {
            throw new DomainRuleViolation(IncidentKind.UNKNOWN);
        }
        if (actions == null || actions.isEmpty()) {
            throw new DomainRuleViolation(IncidentAction.REQUIRED);
        }
        actions = Set.copyOf(EnumSet.copyOf(actions));
        note = note(note);
        if (note == null && actions.contains(IncidentAction.OTHER)) {
            throw new DomainRuleViolation(NOTE_FOR_OTHER);
        }
        if (followUpOn != null && followUpOn.isBefore(occurredOn)) {
            throw new DomainRuleViolation(FOLLOW_UP_BEFORE);
        }
        if (followUpDone && followUpOn == null) {
            throw new DomainRuleViolation(FOLLOW_UP_NO_DATE);
        }
        if (memberRef != null) {
            memberRef = memberRef.strip();
            if (memberRef.isEmpty()) {
                memberRef = null;
            } else if (!REF.matcher(memberRef).matches()) {
                throw new DomainRuleViolation(MEMBER_REF_INVALID);
            }
        }
    }

    /**
     * A new entry, checked against today as well: an incident is logged once it happened.
     *
     * @throws DomainRuleViolation {@value #DATE_FUTURE} for a day after today, or any rule of the entry itself
     */
    public static IncidentEntry of(LocalDate occurredOn, IncidentKind kind, Set<IncidentAction> actions, String note,
            LocalDate followUpOn, boolean followUpDone, String memberRef, LocalDate today) {
        if (occurredOn != null && occurredOn.isAfter(today)) {
            throw new DomainRuleViolation(DATE_FUTURE);
        }
        return new IncidentEntry(occurredOn, kind, actions, note, followUpOn, followUpDone, memberRef);
    }

    /** Whether the follow-up waits on {@code today}: a day is set, it has come, and nobody marked it done. */
    public boolean followUpDue(LocalDate today) {
        return followUpOn != null && !followUpDone && !followUpOn.isAfter(today);
    }

    /** The actions in the list's order, for storage and display. */
    public String actionsText() {
        return String.join(",", EnumSet.copyOf(actions).stream().map(Enum::name).toList());
    }

    private static String note(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String n = Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
        if (n.codePointCount(0, n.length()) > NOTE_MAX) {
            throw new DomainRuleViolation(NOTE_TOO_LONG, NOTE_MAX);
        }
        if (PersonalDetailsCheck.findIn(n).stream().anyMatch(REFUSED::contains)) {
            throw new DomainRuleViolation(NOTE_CONTACT);
        }
        return n;
    }
}
