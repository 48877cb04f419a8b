package org.nstac.portal.directory.domain;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.nstac.portal.shared.DomainRuleViolation;

/**
 * Who may do what with the directory of support services. The feature's pages, its API and its services all ask
 * here, so a button the secretariat's page shows is exactly what the API lets the secretariat do, and nobody else.
 *
 * <p>Why these grants:
 * <ul>
 *   <li>The directory is public: anyone reads the listed entries, signed in or not ({@link Visitor#ANONYMOUS}), and
 *       nothing about who reads is kept. Survivors and the people around them look for help before they know anyone
 *       at the council, often on a borrowed phone.</li>
 *   <li>Only the secretariat keeps it: adds, edits, marks an entry checked and removes it, and sees which entries are
 *       stale. A wrong phone number here can send someone in danger to the wrong door, so the entries have one
 *       accountable keeper (every change is audited). Members, the chair, ministries, partners, observers, finance
 *       and the administrator read it like anyone else. The identity custodian keeps it only as a member of the
 *       secretariat (the demo custodian is both), not by being custodian.</li>
 *   <li>A removed entry is gone for everyone: nobody reads, edits, checks or removes it again ({@link #requireOn}).
 *       The row stays, so the audit trail still points at something.</li>
 * </ul>
 * A person may hold several {@link Visitor} relations (every role they have); the "any" methods allow what any of
 * them allows. Anything not granted here is refused. Pages and the API answer a refusal as "not found" (404), never
 * 403: the secretariat's tools are not advertised to others.
 */
public final class DirectoryPolicy {

    /** How the person asking stands to the directory: not signed in, or signed in with one of the realm roles. */
    public enum Visitor {
        ANONYMOUS, MEMBER, CHAIR, SECRETARIAT, CUSTODIAN, FINANCE, MINISTRY, PARTNER, OBSERVER, ADMIN
    }

    /** What can be done with the directory. */
    public enum Action {
        /** Read the listed entries (the public page and {@code GET /api/directory}). */
        READ,
        ADD,
        EDIT,
        /** Record that the details were confirmed today. */
        MARK_CHECKED,
        REMOVE,
        /** See which entries are stale, and how many (the secretariat's dashboard and list). */
        SEE_STALE
    }

    /** Whether an entry is on the directory or was removed from it. */
    public enum EntryState {
        LISTED, REMOVED
    }

    public static final String ACTION_NOT_ALLOWED = "directory.action.notAllowed";

    private static final Map<Action, Set<Visitor>> GRANTS = new EnumMap<>(Action.class);

    static {
        grant(Action.READ, EnumSet.allOf(Visitor.class));
        grant(Action.ADD, EnumSet.of(Visitor.SECRETARIAT));
        grant(Action.EDIT, EnumSet.of(Visitor.SECRETARIAT));
        grant(Action.MARK_CHECKED, EnumSet.of(Visitor.SECRETARIAT));
        grant(Action.REMOVE, EnumSet.of(Visitor.SECRETARIAT));
        grant(Action.SEE_STALE, EnumSet.of(Visitor.SECRETARIAT));
    }

    private DirectoryPolicy() {
    }

    private static void grant(Action action, Set<Visitor> visitors) {
        GRANTS.computeIfAbsent(action, a -> EnumSet.noneOf(Visitor.class)).addAll(visitors);
    }

    /** Whether someone in this relation to the directory may do this. */
    public static boolean allows(Visitor visitor, Action action) {
        Objects.requireNonNull(visitor, "visitor");
        Objects.requireNonNull(action, "action");
        return GRANTS.getOrDefault(action, Set.of()).contains(visitor);
    }

    /** Whether any of a person's relations allows this. */
    public static boolean allowsAny(Collection<Visitor> visitors, Action action) {
        Objects.requireNonNull(visitors, "visitors");
        return visitors.stream().anyMatch(visitor -> allows(visitor, action));
    }

    /** Whether any of a person's relations allows this on an entry in this state: never on a removed entry. */
    public static boolean allowsOn(Collection<Visitor> visitors, Action action, EntryState state) {
        Objects.requireNonNull(state, "state");
        return state == EntryState.LISTED && action != Action.ADD && allowsAny(visitors, action);
    }

    /** Everything a person may do, for a page to show only the buttons that will work. */
    public static Set<Action> allowedActions(Collection<Visitor> visitors) {
        Set<Action> allowed = EnumSet.noneOf(Action.class);
        for (Action action : Action.values()) {
            if (allowsAny(visitors, action)) {
                allowed.add(action);
            }
        }
        return Collections.unmodifiableSet(allowed);
    }

    /**
     * Refuses what the table does not allow.
     *
     * @throws DomainRuleViolation {@value #ACTION_NOT_ALLOWED}, which pages and the API answer as "not found"
     */
    public static void require(Collection<Visitor> visitors, Action action) {
        if (!allowsAny(visitors, action)) {
            throw new DomainRuleViolation(ACTION_NOT_ALLOWED);
        }
    }

    /**
     * As {@link #require(Collection, Action)} for an action on one entry, which must also still be listed.
     *
     * @throws DomainRuleViolation {@value #ACTION_NOT_ALLOWED} as well for any action on a removed entry, or for
     *                             {@code ADD}, which is no action on an entry
     */
    public static void requireOn(Collection<Visitor> visitors, Action action, EntryState state) {
        if (!allowsOn(visitors, action, state)) {
            throw new DomainRuleViolation(ACTION_NOT_ALLOWED);
        }
    }
}
