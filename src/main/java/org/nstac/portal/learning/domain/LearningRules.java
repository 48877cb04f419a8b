package org.nstac.portal.learning.domain;

import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Who may do what with learning. The pages, the API and the service all ask here.
 *
 * <p>Why these grants:
 * <ul>
 *   <li>The secretariat records opportunities, sees every offer, asks for suggestions, offers, and records completion
 *       ({@link Action#MANAGE}): it runs the council's work and is accountable for fairness.</li>
 *   <li>A member sees only the offers made to them and answers only those ({@link Action#ANSWER_OWN}), and reads only
 *       their own council record ({@link Action#READ_OWN_RECORD}). Which training a member took may say something
 *       about them: no other member, ministry or observer sees it.</li>
 * </ul>
 * Anything not granted is refused; pages and the API answer a refusal as "not found" (404).
 */
public final class LearningRules {

    /** The caller's relation: one per realm role they hold. */
    public enum Caller {
        MEMBER, CHAIR, SECRETARIAT, CUSTODIAN, FINANCE, MINISTRY, PARTNER, OBSERVER, ADMIN
    }

    /** What can be done with learning. */
    public enum Action {
        MANAGE, ANSWER_OWN, READ_OWN_RECORD
    }

    private static final Map<Action, Set<Caller>> GRANTS = new EnumMap<>(Action.class);

    static {
        GRANTS.put(Action.MANAGE, EnumSet.of(Caller.SECRETARIAT));
        GRANTS.put(Action.ANSWER_OWN, EnumSet.of(Caller.MEMBER));
        GRANTS.put(Action.READ_OWN_RECORD, EnumSet.of(Caller.MEMBER));
    }

    private LearningRules() {
    }

    public static boolean allows(Caller caller, Action action) {
        return GRANTS.get(Objects.requireNonNull(action, "action")).contains(Objects.requireNonNull(caller, "caller"));
    }

    public static boolean allowsAny(Collection<Caller> callers, Action action) {
        return callers.stream().anyMatch(c -> allows(c, action));
    }
}
