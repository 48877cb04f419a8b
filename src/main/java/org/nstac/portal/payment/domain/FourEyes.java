package org.nstac.portal.payment.domain;

import org.nstac.portal.shared.DomainRuleViolation;

/**
 * The four-eyes rule: whoever approves a payable is not who entered or claimed it.
 *
 * <p>Why: a finance officer's trust in the ledger rests on every payment having been seen by a second person, and a
 * member's trust rests on nobody in the secretariat being able to pay themselves unseen. Ids are compared ignoring
 * case and surrounding spaces, so the same account written twice differently (a Keycloak subject in upper case) is
 * still the same person.
 */
public final class FourEyes {

    public static final String SAME_USER = "payment.approval.sameUser";

    private FourEyes() {
    }

    /**
     * @param approver          the id of the user approving
     * @param creatorOrClaimant the id of the user who entered the payable or claims it
     * @throws DomainRuleViolation      {@value #SAME_USER} when they are the same user
     * @throws IllegalArgumentException for a missing or blank id, which only a caller's error produces
     */
    public static void requireDifferent(String approver, String creatorOrClaimant) {
        if (approver == null || approver.isBlank() || creatorOrClaimant == null || creatorOrClaimant.isBlank()) {
            throw new IllegalArgumentException("Both users must be known");
        }
        if (approver.strip().equalsIgnoreCase(creatorOrClaimant.strip())) {
            throw new DomainRuleViolation(SAME_USER);
        }
    }
}
