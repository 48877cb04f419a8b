package org.nstac.portal.terms.domain;

import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Who may do what with the engagement terms. The pages, the API and the service all ask here.
 *
 * <p>Why these grants:
 * <ul>
 *   <li>Everyone signed in reads the terms in force ({@link Action#READ_CURRENT}): members read what they will accept,
 *       the secretariat what it offers work under, ministries and observers what the council promises its members.
 *       The terms say nothing about any person.</li>
 *   <li>Only the administrator publishes a version ({@link Action#PUBLISH}), as with consent texts: the terms are the
 *       council's rules, kept by one accountable role and audited.</li>
 *   <li>A member accepts for themselves only, and downloads the PDF of a version they accepted ({@link
 *       Action#ACCEPT_OWN}, {@link Action#READ_OWN}). Nobody accepts for a member.</li>
 *   <li>The secretariat sees who accepted which version ({@link Action#SEE_ACCEPTANCES}): it offers the work, and
 *       must know why an offer is refused. The chair, a ministry or an observer do not: whether a member has accepted
 *       says something about that member's standing that is not theirs to know.</li>
 * </ul>
 * Anything not granted is refused; pages and the API answer a refusal as "not found" (404).
 */
public final class TermsRules {

    /** How the caller stands to the terms: one relation per realm role they hold. */
    public enum Caller {
        MEMBER, CHAIR, SECRETARIAT, CUSTODIAN, FINANCE, MINISTRY, PARTNER, OBSERVER, ADMIN
    }

    /** What can be done with the terms. */
    public enum Action {
        READ_CURRENT, PUBLISH, ACCEPT_OWN, READ_OWN, SEE_ACCEPTANCES
    }

    private static final Map<Action, Set<Caller>> GRANTS = new EnumMap<>(Action.class);

    static {
        GRANTS.put(Action.READ_CURRENT, EnumSet.allOf(Caller.class));
        GRANTS.put(Action.PUBLISH, EnumSet.of(Caller.ADMIN));
        GRANTS.put(Action.ACCEPT_OWN, EnumSet.of(Caller.MEMBER));
        GRANTS.put(Action.READ_OWN, EnumSet.of(Caller.MEMBER));
        GRANTS.put(Action.SEE_ACCEPTANCES, EnumSet.of(Caller.SECRETARIAT));
    }

    private TermsRules() {
    }

    /** Whether a caller in this relation may do this. */
    public static boolean allows(Caller caller, Action action) {
        return GRANTS.get(Objects.requireNonNull(action, "action")).contains(Objects.requireNonNull(caller, "caller"));
    }

    /** Whether any of the caller's relations allows this. */
    public static boolean allowsAny(Collection<Caller> callers, Action action) {
        return callers.stream().anyMatch(c -> allows(c, action));
    }
}
