package org.nstac.portal.care.domain;

import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Who may do what with a support request, as a table; everyone without one of these relations may do nothing, and is
 * answered "not found": that a member asked for support is nobody else's business.
 *
 * <table>
 * <caption>Grants and why</caption>
 * <tr><th>Relation</th><th>May</th><th>Why</th></tr>
 * <tr><td>REQUESTER</td><td>VIEW</td><td>the member follows their own request; they do not acknowledge it
 * themselves</td></tr>
 * <tr><td>REACHED</td><td>VIEW, ACKNOWLEDGE</td><td>the support person (or the duty) it went to answers it</td></tr>
 * <tr><td>CHAIR_ESCALATED</td><td>VIEW, ACKNOWLEDGE</td><td>nobody answered in time, so the chair sees it and may
 * take it on; never before it was escalated</td></tr>
 * </table>
 */
public final class SupportRules {

    private static final Map<SupportRelation, Set<SupportAction>> GRANTS = new EnumMap<>(SupportRelation.class);

    static {
        GRANTS.put(SupportRelation.REQUESTER, EnumSet.of(SupportAction.VIEW));
        GRANTS.put(SupportRelation.REACHED, EnumSet.of(SupportAction.VIEW, SupportAction.ACKNOWLEDGE));
        GRANTS.put(SupportRelation.CHAIR_ESCALATED, EnumSet.of(SupportAction.VIEW, SupportAction.ACKNOWLEDGE));
    }

    private SupportRules() {
    }

    /** Whether any of the caller's relations allows the action. */
    public static boolean allows(SupportAction action, Collection<SupportRelation> relations) {
        return relations.stream().anyMatch(r -> GRANTS.get(r).contains(action));
    }
}
