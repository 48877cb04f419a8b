package org.nstac.portal.learning.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.nstac.portal.learning.application.Learning;
import org.nstac.portal.learning.domain.LearningOffer;
import org.nstac.portal.learning.domain.LearningOpportunity;

/** The JSON shapes of learning. */
final class LearningJson {

    private LearningJson() {
    }

    /** An opportunity as the secretariat reads it, with the places taken (offers not declined). */
    public record OpportunityJson(long id, String title, String provider, String description, LocalDate startDate,
            LocalDate endDate, String language, int places, Long placesTaken, BigDecimal paidHours,
            List<String> contentNotes, String rolePrepared) {

        static OpportunityJson of(LearningOpportunity o, Long taken) {
            return new OpportunityJson(o.getId(), o.getTitle(), o.getProvider(), o.getDescription(), o.getStartDate(),
                    o.getEndDate(), o.getLanguage(), o.getPlaces(), taken, o.getPaidHours(),
                    List.copyOf(o.getContentNotes()), o.getRolePrepared());
        }
    }

    /** An offer with what it is for, and the content notes the member reads before answering. */
    public record OfferJson(long id, long opportunityId, String memberRef, String state, Instant offeredAt,
            Instant respondedAt, boolean roleAgreed, LocalDate completedOn, String roleAdded, String title,
            String provider, LocalDate startDate, LocalDate endDate, String language, BigDecimal paidHours,
            String rolePrepared, List<String> contentNotes) {

        static OfferJson of(Learning.OfferView v) {
            LearningOffer f = v.offer();
            LearningOpportunity o = v.opportunity();
            return new OfferJson(f.getId(), f.getOpportunityId(), f.getMemberRef(), f.getState().name(),
                    f.getOfferedAt(), f.getRespondedAt(), f.isRoleAgreed(), f.getCompletedOn(), f.getRoleAdded(),
                    o.getTitle(), o.getProvider(), o.getStartDate(), o.getEndDate(), o.getLanguage(),
                    o.getPaidHours(), o.getRolePrepared(), List.copyOf(o.getContentNotes()));
        }
    }
}
