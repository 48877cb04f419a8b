package org.nstac.portal.care.domain;

import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Who may do what with the crisis protocol and the incident log, as a table. Anyone without the grant is answered
 * "not found": a member, a ministry, an observer or finance never learns that an incident was logged, let alone about
 * whom.
 *
 * <table>
 * <caption>Grants and why</caption>
 * <tr><th>Relation</th><th>May</th><th>Why</th></tr>
 * <tr><td>SIGNED_IN</td><td>READ_PROTOCOL</td><td>everyone who works with the council, members above all, must be
 * able to find what to do and whom to call in a crisis</td></tr>
 * <tr><td>SECRETARIAT</td><td>READ_PROTOCOL, EDIT_PROTOCOL, LIST, RECORD, UPDATE</td><td>it runs the support
 * duty, keeps the protocol up to date and keeps the log and its follow-ups</td></tr>
 * <tr><td>CHAIR</td><td>READ_PROTOCOL, LIST, RECORD, UPDATE</td><td>the chair is often in the room when something
 * happens, is told of support requests nobody answered, and answers to the council for its care; the wording of the
 * protocol stays with the secretariat that keeps it</td></tr>
 * </table>
 */
public final class IncidentRules {

    public enum Relation {
        SIGNED_IN,
        SECRETARIAT,
        CHAIR
    }

    public enum Action {
        READ_PROTOCOL,
        EDIT_PROTOCOL,
        LIST,
        RECORD,
        UPDATE
    }

    private static final Map<Relation, Set<Action>> GRANTS = new EnumMap<>(Relation.class);

    static {
        GRANTS.put(Relation.SIGNED_IN, EnumSet.of(Action.READ_PROTOCOL));
        GRANTS.put(Relation.SECRETARIAT, EnumSet.of(Action.READ_PROTOCOL, Action.EDIT_PROTOCOL, Action.LIST,
                Action.RECORD, Action.UPDATE));
        GRANTS.put(Relation.CHAIR, EnumSet.of(Action.READ_PROTOCOL, Action.LIST, Action.RECORD, Action.UPDATE));
    }

    private IncidentRules() {
    }

    public static boolean allows(Action action, Collection<Relation> relations) {
        return relations.stream().anyMatch(r -> GRANTS.get(r).contains(action));
    }
}
