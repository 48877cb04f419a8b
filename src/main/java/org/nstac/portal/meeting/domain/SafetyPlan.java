package org.nstac.portal.meeting.domain;

import java.text.Normalizer;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.nstac.portal.consent.domain.ConsentPurpose;
import org.nstac.portal.shared.DomainRuleViolation;

/**
 * How a meeting keeps the members who attend it safe; required before anyone is invited
 * ({@link InvitationRules#requireCanInvite}), and shown to members on their invitation in plain words.
 *
 * <p>Why each part: members described breaking down in front of fifty people with nobody to turn to, being
 * photographed and put on show, and being asked again and again to tell what happened to them. So every meeting
 * names a support person and how to reach them during the meeting; has a quiet room to withdraw to (in person) or a
 * way to step out (online); allows no photographs, no recording and no press unless the secretariat decides
 * otherwise, openly, on this plan; names members by their pseudonym unless a member chooses a first name; and
 * carries the rule that nobody is asked to tell their own story, which the secretariat must acknowledge for every
 * meeting, so that it is said to the chair and the guests each time.
 *
 * <p>Where photographs or press are allowed, or the meeting is public, each attending member must hold the matching
 * consent before they can accept ({@link #consentsNeeded(MeetingKind)}).
 *
 * @param supportPersonName         who supports members during the meeting: a staff member's or volunteer's name or
 *                                  a role ("duty psychologist"); never a council member's legal name
 * @param supportContact            how to reach the support person during the meeting (a phone number, a chat
 *                                  handle, "in the room next door")
 * @param quietRoom                 where to withdraw to at an in-person meeting; {@code null} when none is given
 * @param stepOutOnline             how to step out of an online meeting (leave and call the support person, a
 *                                  break-out room); {@code null} when none is given
 * @param photographsAllowed        whether photographs may be taken; {@code false} by default
 * @param recordingAllowed          whether the meeting may be recorded; {@code false} by default
 * @param pressPresent              whether journalists attend; {@code false} by default
 * @param naming                    how members are named; {@link MeetingNaming#PSEUDONYM_BADGE} when {@code null}
 * @param noStoriesRuleAcknowledged the secretariat acknowledged the rule that nobody is asked to tell their own
 *                                  story; must be {@code true}
 */
public record SafetyPlan(String supportPersonName, String supportContact, String quietRoom, String stepOutOnline,
        boolean photographsAllowed, boolean recordingAllowed, boolean pressPresent, MeetingNaming naming,
        boolean noStoriesRuleAcknowledged) {

    public static final String SUPPORT_PERSON_REQUIRED = "meeting.safety.supportPerson.required";
    public static final String SUPPORT_CONTACT_REQUIRED = "meeting.safety.supportContact.required";
    public static final String QUIET_ROOM_REQUIRED = "meeting.safety.quietRoom.required";
    public static final String STEP_OUT_REQUIRED = "meeting.safety.stepOut.required";
    public static final String NO_STORIES_REQUIRED = "meeting.safety.noStories.required";
    public static final String TOO_LONG = "meeting.safety.tooLong";
    /** The rule as a member reads it on the invitation and the meeting page. */
    public static final String NO_STORIES_RULE = "meeting.safety.noStories.rule";

    /** Characters (code points) in each text: a name, a number, a sentence of directions. */
    public static final int MAX_TEXT_LENGTH = 300;

    /**
     * @throws DomainRuleViolation {@value #SUPPORT_PERSON_REQUIRED} or {@value #SUPPORT_CONTACT_REQUIRED} when blank;
     *                             {@value #NO_STORIES_REQUIRED} unless the rule is acknowledged; {@value #TOO_LONG},
     *                             with {@value #MAX_TEXT_LENGTH} as argument, for a longer text. Whether the quiet
     *                             room or the way to step out is needed depends on the place: see {@link
     *                             #checkedFor(Place)}.
     */
    public SafetyPlan {
        supportPersonName = text(supportPersonName);
        supportContact = text(supportContact);
        quietRoom = text(quietRoom);
        stepOutOnline = text(stepOutOnline);
        if (supportPersonName == null) {
            throw new DomainRuleViolation(SUPPORT_PERSON_REQUIRED);
        }
        if (supportContact == null) {
            throw new DomainRuleViolation(SUPPORT_CONTACT_REQUIRED);
        }
        if (!noStoriesRuleAcknowledged) {
            throw new DomainRuleViolation(NO_STORIES_REQUIRED);
        }
        naming = naming == null ? MeetingNaming.PSEUDONYM_BADGE : naming;
    }

    /**
     * A plan with every default: no photographs, no recording, no press, pseudonym badges.
     *
     * @throws DomainRuleViolation as the constructor
     */
    public static SafetyPlan withDefaults(String supportPersonName, String supportContact, String quietRoom,
            String stepOutOnline, boolean noStoriesRuleAcknowledged) {
        return new SafetyPlan(supportPersonName, supportContact, quietRoom, stepOutOnline, false, false, false,
                MeetingNaming.PSEUDONYM_BADGE, noStoriesRuleAcknowledged);
    }

    /**
     * Checks the plan against where the meeting happens, and returns it: a quiet room for a meeting in person, a way
     * to step out for one online. The application calls it when the plan is saved and again when invitations go out,
     * since the meeting may have moved online or into a room in between.
     *
     * @throws DomainRuleViolation {@value #QUIET_ROOM_REQUIRED} in person without a quiet room; {@value
     *                             #STEP_OUT_REQUIRED} online without a way to step out
     */
    public SafetyPlan checkedFor(Place place) {
        Objects.requireNonNull(place, "place");
        if (place.isOnline() && stepOutOnline == null) {
            throw new DomainRuleViolation(STEP_OUT_REQUIRED);
        }
        if (!place.isOnline() && quietRoom == null) {
            throw new DomainRuleViolation(QUIET_ROOM_REQUIRED);
        }
        return this;
    }

    /**
     * The consents each attending member must hold before accepting: council work always (as for every piece of the
     * council's work, see {@code TaskTerms#consentsNeeded()}); appearing in public when
     * the meeting is public or the press is there, since a journalist makes any room public; photographs when
     * photographs are allowed.
     *
     * <p>Recording has no consent purpose of its own yet: a recorded meeting that is public already needs consent to
     * appear in public, and the recording of a closed meeting stays with the secretariat.
     */
    public Set<ConsentPurpose> consentsNeeded(MeetingKind kind) {
        Objects.requireNonNull(kind, "kind");
        Set<ConsentPurpose> needed = EnumSet.of(ConsentPurpose.COUNCIL_WORK);
        if (kind.isPublic() || pressPresent) {
            needed.add(ConsentPurpose.PUBLIC_APPEARANCE);
        }
        if (photographsAllowed) {
            needed.add(ConsentPurpose.PHOTOGRAPHS);
        }
        return Collections.unmodifiableSet(needed);
    }

    private static String text(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = Normalizer.normalize(value.strip(), Normalizer.Form.NFC);
        if (text.codePointCount(0, text.length()) > MAX_TEXT_LENGTH) {
            throw new DomainRuleViolation(TOO_LONG, MAX_TEXT_LENGTH);
        }
        return text;
    }
}
