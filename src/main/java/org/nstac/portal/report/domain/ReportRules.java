package org.nstac.portal.report.domain;

import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Who may do what with the annual report. The pages, the API and the service all ask here.
 *
 * <p>Why these grants:
 * <ul>
 *   <li>The secretariat drafts the report from the portal's data ({@link Action#DRAFT}) and publishes it
 *       ({@link Action#PUBLISH}): it keeps the council's records and answers for their accuracy.</li>
 *   <li>The chair writes the foreword ({@link Action#WRITE_FOREWORD}): the report is the council's account of its
 *       year, in its own voice, as the chair drafts the council's positions.</li>
 *   <li>Members endorse the report or record a dissent ({@link Action#TAKE_STANCE}), as they do a council position:
 *       the chair holds the member role too.</li>
 *   <li>A draft is read by the council and the secretariat only ({@link Action#READ_DRAFT}); ministries, partners,
 *       observers, finance and the administrator meet it only once published (404 before).</li>
 *   <li>A published report is public ({@link Action#READ_PUBLISHED}): anyone, signed in or not.</li>
 * </ul>
 * Anything not granted is refused; pages and the API answer a refusal as "not found" (404).
 */
public final class ReportRules {

    /** The caller's relation: one per realm role they hold, or ANONYMOUS without a sign-in. */
    public enum Caller {
        ANONYMOUS, MEMBER, CHAIR, SECRETARIAT, CUSTODIAN, FINANCE, MINISTRY, PARTNER, OBSERVER, ADMIN
    }

    public enum Action {
        DRAFT, READ_DRAFT, WRITE_FOREWORD, TAKE_STANCE, PUBLISH, READ_PUBLISHED
    }

    private static final Map<Action, Set<Caller>> GRANTS = new EnumMap<>(Action.class);

    static {
        GRANTS.put(Action.DRAFT, EnumSet.of(Caller.SECRETARIAT));
        GRANTS.put(Action.READ_DRAFT, EnumSet.of(Caller.MEMBER, Caller.CHAIR, Caller.SECRETARIAT));
        GRANTS.put(Action.WRITE_FOREWORD, EnumSet.of(Caller.CHAIR));
        GRANTS.put(Action.TAKE_STANCE, EnumSet.of(Caller.MEMBER));
        GRANTS.put(Action.PUBLISH, EnumSet.of(Caller.SECRETARIAT));
        GRANTS.put(Action.READ_PUBLISHED, EnumSet.allOf(Caller.class));
    }

    private ReportRules() {
    }

    public static boolean allows(Caller caller, Action action) {
        return GRANTS.get(Objects.requireNonNull(action, "action")).contains(Objects.requireNonNull(caller, "caller"));
    }

    public static boolean allowsAny(Collection<Caller> callers, Action action) {
        return callers.stream().anyMatch(c -> allows(c, action));
    }
}
