package org.nstac.portal.consent.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import org.nstac.portal.shared.DomainRuleViolation;

/**
 * What a member agrees to for one event when they accept it: to appear in public there, to be photographed, to be
 * recorded. The standing consents decide whether such an event may be offered at all; this is the member's yes to this
 * one event, which they may take back before its day.
 *
 * <p>Why per event: members described being photographed and put on show at gatherings where nobody asked them. A
 * standing "yes to public appearance" given once at admission does not say yes to this conference, these cameras.
 *
 * @param appearance  the event shows the member in public (a public meeting, the press there, a public-facing task)
 * @param photographs photographs may be taken of the member there (the plan allows them, or media are present)
 * @param recording   the event may be recorded (the plan allows it)
 */
public record EventConsentScope(boolean appearance, boolean photographs, boolean recording) {

    public static final String WITHDRAW_TOO_LATE = "consent.event.withdraw.tooLate";
    public static final String ALREADY_WITHDRAWN = "consent.event.withdraw.already";

    /** Nothing that needs a consent for the event. */
    public static final EventConsentScope NONE = new EventConsentScope(false, false, false);

    /**
     * The scope of an event from the standing consents it needs (its terms and safety plan compute them) and what its
     * plan allows: appearance when it needs consent to appear in public; photographs when it needs consent to
     * photographs or allows them; recording when the plan allows it.
     */
    public static EventConsentScope of(Set<ConsentPurpose> needed, boolean photographsAllowed,
            boolean recordingAllowed) {
        Objects.requireNonNull(needed, "needed");
        return new EventConsentScope(needed.contains(ConsentPurpose.PUBLIC_APPEARANCE),
                photographsAllowed || needed.contains(ConsentPurpose.PHOTOGRAPHS), recordingAllowed);
    }

    /** Whether accepting the event records a consent for it: it shows, photographs or records the member. */
    public boolean required() {
        return appearance || photographs || recording;
    }

    /**
     * The member may take the event's consent back before the event's day (on the day, the event is under way: the
     * member tells the support person there, who stops any camera).
     *
     * @throws DomainRuleViolation {@value #ALREADY_WITHDRAWN} when taken back already, {@value #WITHDRAW_TOO_LATE}
     *                             on or after the event's day
     */
    public static void requireMayWithdraw(LocalDate eventOn, boolean withdrawn, LocalDate today) {
        if (withdrawn) {
            throw new DomainRuleViolation(ALREADY_WITHDRAWN);
        }
        if (!today.isBefore(eventOn)) {
            throw new DomainRuleViolation(WITHDRAW_TOO_LATE);
        }
    }
}
