package org.nstac.portal.care.domain;

import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Who may do what with a quote or photo proposed for a public output, as a table; anyone else is answered "not
 * found", so nobody learns that a member's words were proposed.
 *
 * <table>
 * <caption>Grants and why</caption>
 * <tr><th>Relation</th><th>May</th><th>Why</th></tr>
 * <tr><td>SECRETARIAT</td><td>PROPOSE, LIST, VIEW</td><td>it prepares the council's public outputs and must know
 * what it may use; it never decides for the member</td></tr>
 * <tr><td>SUBJECT</td><td>VIEW, DECIDE</td><td>the member whose words or photo it is, and only they, approve,
 * decline or withdraw</td></tr>
 * </table>
 */
public final class QuoteRules {

    public enum Relation {
        SECRETARIAT,
        SUBJECT
    }

    public enum Action {
        PROPOSE,
        LIST,
        VIEW,
        DECIDE
    }

    private static final Map<Relation, Set<Action>> GRANTS = new EnumMap<>(Relation.class);

    static {
        GRANTS.put(Relation.SECRETARIAT, EnumSet.of(Action.PROPOSE, Action.LIST, Action.VIEW));
        GRANTS.put(Relation.SUBJECT, EnumSet.of(Action.VIEW, Action.DECIDE));
    }

    private QuoteRules() {
    }

    public static boolean allows(Action action, Collection<Relation> relations) {
        return relations.stream().anyMatch(r -> GRANTS.get(r).contains(action));
    }
}
