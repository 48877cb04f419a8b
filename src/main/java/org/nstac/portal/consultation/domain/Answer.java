package org.nstac.portal.consultation.domain;

import java.util.Optional;
import org.nstac.portal.shared.DomainRuleViolation;

/**
 * The owning ministry's answer to one comment: what it did with it, and why.
 *
 * <p>Why a reason is required: "two-way listening" means the council learns why its advice was not taken.
 * A comment accepted in full needs no reason (one may still be given); any other disposition does. The reason is
 * addressed to the council and printed in the report, so it is limited like a comment.
 *
 * @param disposition what the ministry did with the comment
 * @param reason      why; surrounding white space removed, blank stored as {@code null}
 */
public record Answer(Disposition disposition, String reason) {

    public static final String DISPOSITION_REQUIRED = "consultation.answer.dispositionRequired";
    public static final String REASON_REQUIRED = "consultation.answer.reasonRequired";
    public static final String REASON_TOO_LONG = "consultation.answer.reasonTooLong";

    /** Characters, as the database column holds them. */
    public static final int MAX_REASON_LENGTH = 5000;

    /**
     * @throws DomainRuleViolation {@value #DISPOSITION_REQUIRED} without a disposition; {@value #REASON_REQUIRED}
     *                             without a reason when the disposition {@linkplain Disposition#needsReason() needs
     *                             one}; {@value #REASON_TOO_LONG}, with {@value #MAX_REASON_LENGTH} as argument,
     *                             for a longer reason
     */
    public Answer {
        if (disposition == null) {
            throw new DomainRuleViolation(DISPOSITION_REQUIRED);
        }
        reason = reason == null || reason.isBlank() ? null : reason.strip().replace("\r\n", "\n");
        if (reason == null && disposition.needsReason()) {
            throw new DomainRuleViolation(REASON_REQUIRED);
        }
        if (reason != null && reason.codePointCount(0, reason.length()) > MAX_REASON_LENGTH) {
            throw new DomainRuleViolation(REASON_TOO_LONG, MAX_REASON_LENGTH);
        }
    }

    /** The reason, when one was given. */
    public Optional<String> optionalReason() {
        return Optional.ofNullable(reason);
    }
}
