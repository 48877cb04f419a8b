package org.nstac.portal.task.domain;

import java.text.Normalizer;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.nstac.portal.consent.domain.ConsentPurpose;
import org.nstac.portal.shared.DomainRuleViolation;

/**
 * How a task that exposes a member (speaking at an event, co-facilitating a training, in public or in front of
 * media) keeps them safe: the same promises a meeting's safety plan makes, required before the task is offered to
 * anyone ({@link TaskSafetyRules#requireCanOffer}) and shown to the member on the offer before they accept.
 *
 * <p>Why each part: members described being sent on stage with nobody to turn to, being photographed and put on show
 * without being asked, and meeting a topic they were not warned about. So the plan names a support person and how to
 * reach them during the work, says in a few words what the event may touch on (content notes), allows no photographs
 * and no recording unless the secretariat says so here, openly (and then only of members who agreed to photographs),
 * and holds the secretariat to naming the member only by their pseudonym, at the event and in anything published
 * about it.
 *
 * @param supportPersonName   who supports the member: a staff member's or volunteer's name or a role ("duty
 *                            psychologist"); never a council member's legal name
 * @param supportContact      how to reach the support person during the work
 * @param contentNotes        what the event or training may touch on, in a few words ("other speakers discuss
 *                            labour exploitation cases"), or that nothing sensitive is expected
 * @param photographsAllowed  whether photographs may be taken; {@code false} by default
 * @param recordingAllowed    whether the event may be recorded; {@code false} by default
 * @param pseudonymOnly       the secretariat acknowledged that the member is named only by their pseudonym; must be
 *                            {@code true}
 */
public record TaskSafetyPlan(String supportPersonName, String supportContact, String contentNotes,
        boolean photographsAllowed, boolean recordingAllowed, boolean pseudonymOnly) {

    public static final String SUPPORT_PERSON_REQUIRED = "task.safety.supportPerson.required";
    public static final String SUPPORT_CONTACT_REQUIRED = "task.safety.supportContact.required";
    public static final String CONTENT_NOTES_REQUIRED = "task.safety.contentNotes.required";
    public static final String PSEUDONYM_REQUIRED = "task.safety.pseudonym.required";
    public static final String TOO_LONG = "task.safety.tooLong";

    /** Characters (code points) in each text: a name, a number, a sentence. */
    public static final int MAX_TEXT_LENGTH = 300;

    /**
     * @throws DomainRuleViolation {@value #SUPPORT_PERSON_REQUIRED}, {@value #SUPPORT_CONTACT_REQUIRED} or
     *                             {@value #CONTENT_NOTES_REQUIRED} when blank; {@value #PSEUDONYM_REQUIRED} unless
     *                             pseudonym use is acknowledged; {@value #TOO_LONG}, with {@value #MAX_TEXT_LENGTH}
     *                             as argument, for a longer text
     */
    public TaskSafetyPlan {
        supportPersonName = text(supportPersonName);
        supportContact = text(supportContact);
        contentNotes = text(contentNotes);
        if (supportPersonName == null) {
            throw new DomainRuleViolation(SUPPORT_PERSON_REQUIRED);
        }
        if (supportContact == null) {
            throw new DomainRuleViolation(SUPPORT_CONTACT_REQUIRED);
        }
        if (contentNotes == null) {
            throw new DomainRuleViolation(CONTENT_NOTES_REQUIRED);
        }
        if (!pseudonymOnly) {
            throw new DomainRuleViolation(PSEUDONYM_REQUIRED);
        }
    }

    /**
     * The consents the plan adds to the task's own ({@link TaskTerms#consentsNeeded()}): photographs when photographs
     * or a recording are allowed, since a recording shows the member as a photograph does. Nobody is photographed or
     * recorded without having agreed to it.
     */
    public Set<ConsentPurpose> consentsNeeded() {
        if (photographsAllowed || recordingAllowed) {
            return Collections.unmodifiableSet(EnumSet.of(ConsentPurpose.PHOTOGRAPHS));
        }
        return Set.of();
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
