package org.nstac.portal.care.api;

import org.nstac.portal.care.infrastructure.QuoteRecord;

/**
 * A quote or photo proposed for a public output, as the secretariat and the member see it: usable only when the member
 * approved it and has not withdrawn. The photo itself is at {@code /api/quotes/{id}/photo}. Times in UTC.
 */
public record QuoteJson(long id, String memberRef, String member, String text, boolean photo, String photoType,
        String purpose, String publishOn, String state, boolean usable, String proposedAt, String decidedAt,
        String withdrawnAt) {

    static QuoteJson of(QuoteRecord q, String memberName) {
        return new QuoteJson(q.getId(), q.getMemberRef(), memberName, q.getText(), q.isPhoto(), q.getPhotoType(),
                q.getPurpose(), q.getPublishOn().toString(), q.getState().name(), q.getState().isUsable(),
                q.getProposedAt().toString(), q.getDecidedAt() == null ? null : q.getDecidedAt().toString(),
                q.getWithdrawnAt() == null ? null : q.getWithdrawnAt().toString());
    }
}
