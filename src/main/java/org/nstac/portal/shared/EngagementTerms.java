package org.nstac.portal.shared;

import java.util.Collection;
import java.util.Set;

/**
 * Whether a member has accepted the engagement terms in force: the role, the pay (the rate card), the hours, how to
 * stop and the support, read and accepted before any offer, invitation or payable. The terms feature provides it;
 * every feature that offers work, invites a member or books a payable a member or staff ask for (a claim, a stipend,
 * an entered payable) asks here first, and refuses with {@value #REQUIRED} until the member has accepted the current
 * version (a new version needs fresh acceptance). Work done under terms accepted earlier is paid without asking.
 */
public interface EngagementTerms {

    /** The message key of the refusal, shown to the secretariat: the member has not accepted the current terms. */
    String REQUIRED = "terms.required";

    /** Whether the member has accepted the version of the terms in force now. */
    boolean acceptedCurrent(String memberRef);

    /** Those of {@code memberRefs} who have accepted the version in force now (one query). */
    Set<String> acceptedCurrentAmong(Collection<String> memberRefs);

    /**
     * Refuses an offer, invitation or payable for a member who has not accepted the terms in force.
     *
     * @throws DomainRuleViolation {@value #REQUIRED}
     */
    default void require(String memberRef) {
        if (!acceptedCurrent(memberRef)) {
            throw new DomainRuleViolation("terms.required");
        }
    }
}
