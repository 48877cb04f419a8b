package org.nstac.portal.shared;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * One feature's part of a member's "My contributions": what the member gave the council and what came of it, read
 * from the feature's own tables. The care feature collects every source (CDI {@code Instance}) after it has found the
 * calling member; a source never checks again and never returns another member's contribution.
 */
public interface ContributionSource {

    /** What a contribution is. */
    enum Kind {
        /** a comment on a draft; answer: the disposition, answerReason: the owner's reasons, change: what it changed */
        COMMENT,
        /** an endorsement or dissent on the council's position; detail: ENDORSED or DISSENTED, answer: the owner's */
        POSITION,
        /** what became of a law the member worked on; answer: ADOPTED, AMENDED, WITHDRAWN or PENDING */
        OUTCOME,
        /** a task done and accepted; detail: the hours accepted */
        TASK,
        /** a meeting attended; detail: PRESENT or PARTLY */
        MEETING,
        /** a learning completed; detail: the provider */
        LEARNING
    }

    /** The section of a later draft version a comment's answer says it changed. */
    record Change(int version, int section, String heading) {
    }

    /**
     * One contribution. {@code consultationId} links a comment, position or outcome to its consultation; the other
     * fields are as {@link Kind} says, null where nothing is known.
     */
    record Contribution(Kind kind, long refId, Long consultationId, String title, Instant at, String detail,
            String answer, String answerReason, Change change) {
    }

    /** What the member earned (accrued, approved or paid, net of rejections and reversals) and was paid, by currency. */
    record Total(String currency, BigDecimal earned, BigDecimal paid) {
    }

    /** The member's contributions this feature knows of, in any order. */
    List<Contribution> contributionsOf(String memberRef);

    /** Money totals; only the ledger has any. */
    default List<Total> totalsOf(String memberRef) {
        return List.of();
    }
}
