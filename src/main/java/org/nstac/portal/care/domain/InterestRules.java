package org.nstac.portal.care.domain;

import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Who may do what with declared interests, as a table; anyone else is answered "not found".
 *
 * <table>
 * <caption>Grants and why</caption>
 * <tr><th>Relation</th><th>May</th><th>Why</th></tr>
 * <tr><td>MEMBER</td><td>DECLARE_OWN, STEP_ASIDE</td><td>a member declares what ties them to organisations and may
 * step aside from a consultation for one of them</td></tr>
 * <tr><td>STAFF</td><td>DECLARE_OWN</td><td>a secretariat officer funded by a ministry declares it too; staff do not
 * take part in consultations, so they have nothing to step aside from</td></tr>
 * <tr><td>SECRETARIAT</td><td>READ_MEMBERS</td><td>it weighs members' interests when it offers a task</td></tr>
 * <tr><td>CHAIR</td><td>READ_MEMBERS</td><td>the chair weighs them when drafting the council's position</td></tr>
 * </table>
 * Ministries, partners and observers read nothing: a member's ties are the council's to weigh.
 */
public final class InterestRules {

    /** The caller's relations that matter here. */
    public enum Relation {
        MEMBER,
        STAFF,
        SECRETARIAT,
        CHAIR
    }

    public enum Action {
        DECLARE_OWN,
        STEP_ASIDE,
        READ_MEMBERS
    }

    private static final Map<Relation, Set<Action>> GRANTS = new EnumMap<>(Relation.class);

    static {
        GRANTS.put(Relation.MEMBER, EnumSet.of(Action.DECLARE_OWN, Action.STEP_ASIDE));
        GRANTS.put(Relation.STAFF, EnumSet.of(Action.DECLARE_OWN));
        GRANTS.put(Relation.SECRETARIAT, EnumSet.of(Action.READ_MEMBERS));
        GRANTS.put(Relation.CHAIR, EnumSet.of(Action.READ_MEMBERS));
    }

    private InterestRules() {
    }

    public static boolean allows(Action action, Collection<Relation> relations) {
        return relations.stream().anyMatch(r -> GRANTS.get(r).contains(action));
    }
}
