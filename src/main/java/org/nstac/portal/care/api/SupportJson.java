package org.nstac.portal.care.api;

import java.util.Locale;
import org.nstac.portal.care.infrastructure.SupportRequestRecord;

/**
 * A support request as the API shows it, to the member and to the people it reached alike: what it is about, how
 * urgent, the note, whom it reaches (the support person or the secretariat's duty), where it stands. Times in UTC.
 */
public record SupportJson(long id, String member, String about, Long refId, String urgency, String note,
        String reaches, String state, String createdAt, String escalateAt, String escalatedAt,
        String acknowledgedAt) {

    static SupportJson of(SupportRequestRecord r, String memberName) {
        return new SupportJson(r.getId(), memberName, r.getAbout().name(), r.getRefId(), r.getUrgency().name(),
                r.getNote(), r.reachedLogin().isPresent() ? "SUPPORT_PERSON" : "SUPPORT_DUTY", r.getState().name(),
                r.getCreatedAt().toString(), r.getEscalateAt().toString(),
                r.getEscalatedAt() == null ? null : r.getEscalatedAt().toString(),
                r.getAcknowledgedAt() == null ? null : r.getAcknowledgedAt().toString());
    }

    static Locale locale(String acceptLanguage) {
        return org.nstac.portal.platform.Languages.negotiate(acceptLanguage);
    }
}
