package org.nstac.portal.care.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.nstac.portal.audit.application.AuditLog;
import org.nstac.portal.care.domain.IncidentAction;
import org.nstac.portal.care.domain.IncidentEntry;
import org.nstac.portal.care.domain.IncidentKind;
import org.nstac.portal.care.domain.IncidentRules.Action;
import org.nstac.portal.care.infrastructure.IncidentRecord;
import org.nstac.portal.care.infrastructure.IncidentStore;
import org.nstac.portal.shared.CouncilClock;
import org.nstac.portal.shared.DomainRuleViolation;
import org.nstac.portal.shared.MemberDirectory;
import org.nstac.portal.shared.NotFound;

/**
 * The incident log, for the secretariat and the chair: what kind of incident, what was done and the follow-up, never
 * an account of what the person went through. Each command is one transaction with its audit record (the entry's id
 * and kind, never the note). Anyone else is answered "not found" and never learns an incident was logged.
 */
@ApplicationScoped
@Transactional
public class Incidents {

    public static final String MEMBER_UNKNOWN = "care.incident.member.unknown";

    /** The fields an entry has, as the API and the page name them. */
    public static final Set<String> FIELDS = Set.of("occurredOn", "kind", "actions", "note", "followUpOn",
            "followUpDone", "memberRef");

    static final int LIST_SIZE = 500;

    /**
     * What a form or a request says about an entry. {@code given} names the fields it sets: a new entry takes the
     * others as empty, an edit keeps their current values (so {@code {"followUpDone": true}} alone marks the
     * follow-up done).
     */
    public record Draft(LocalDate occurredOn, String kind, List<String> actions, String note, LocalDate followUpOn,
            Boolean followUpDone, String memberRef, Set<String> given) {

        public Draft {
            given = Set.copyOf(given);
        }

        /** A draft that sets every field (a page's form). */
        public static Draft whole(LocalDate occurredOn, String kind, List<String> actions, String note,
                LocalDate followUpOn, boolean followUpDone, String memberRef) {
            return new Draft(occurredOn, kind, actions, note, followUpOn, followUpDone, memberRef, FIELDS);
        }

        boolean has(String field) {
            return given.contains(field);
        }
    }

    @Inject
    IncidentStore store;

    @Inject
    IncidentPolicy policy;

    @Inject
    MemberDirectory directory;

    @Inject
    AuditLog audit;

    @Inject
    CouncilClock clock;

    /**
     * Logs an incident.
     *
     * @throws NotFound            for anyone but the secretariat and the chair
     * @throws DomainRuleViolation for an entry that breaks a rule ({@link IncidentEntry}) or names an unknown member
     */
    public IncidentRecord record(Draft draft) {
        policy.require(Action.RECORD);
        IncidentEntry entry = IncidentEntry.of(draft.occurredOn(), IncidentKind.parse(draft.kind()),
                IncidentAction.parse(draft.actions()), draft.note(), draft.followUpOn(),
                Boolean.TRUE.equals(draft.followUpDone()), draft.memberRef(), clock.today());
        requireKnown(entry.memberRef());
        IncidentRecord incident = new IncidentRecord(entry, policy.actor(), clock.now());
        store.add(incident);
        audit.record(policy.actor(), "care.incident.recorded", entry.memberRef(),
                "incident=" + incident.getId() + " kind=" + entry.kind());
        return incident;
    }

    /**
     * Changes an entry: the fields the draft gives, the others as they were; typically marks the follow-up done.
     *
     * @throws NotFound            for anyone but the secretariat and the chair, or an unknown id
     * @throws DomainRuleViolation for a result that breaks a rule
     */
    public IncidentRecord update(long id, Draft draft) {
        policy.require(Action.UPDATE);
        IncidentRecord incident = store.findLocked(id).orElseThrow(NotFound::new);
        IncidentEntry now = incident.entry();
        IncidentEntry entry = IncidentEntry.of(
                draft.has("occurredOn") ? draft.occurredOn() : now.occurredOn(),
                draft.has("kind") ? IncidentKind.parse(draft.kind()) : now.kind(),
                draft.has("actions") ? IncidentAction.parse(draft.actions()) : now.actions(),
                draft.has("note") ? draft.note() : now.note(),
                draft.has("followUpOn") ? draft.followUpOn() : now.followUpOn(),
                draft.has("followUpDone") ? Boolean.TRUE.equals(draft.followUpDone()) : now.followUpDone(),
                draft.has("memberRef") ? draft.memberRef() : now.memberRef(), clock.today());
        if (draft.has("memberRef")) {
            requireKnown(entry.memberRef());
        }
        boolean doneNow = entry.followUpDone() && !now.followUpDone();
        incident.change(entry, policy.actor(), clock.now());
        audit.record(policy.actor(), doneNow ? "care.incident.followedUp" : "care.incident.changed",
                entry.memberRef(), "incident=" + id + " kind=" + entry.kind());
        return incident;
    }

    /** Marks the follow-up of an entry done (the page's button). */
    public IncidentRecord followUpDone(long id) {
        return update(id, new Draft(null, null, null, null, null, true, null, Set.of("followUpDone")));
    }

    /** The log, the newest first. @throws NotFound for anyone but the secretariat and the chair */
    public List<IncidentRecord> list() {
        policy.require(Action.LIST);
        return store.latest(LIST_SIZE);
    }

    /** One entry. @throws NotFound for anyone but the secretariat and the chair, or an unknown id */
    public IncidentRecord get(long id) {
        policy.require(Action.LIST);
        return store.find(id).orElseThrow(NotFound::new);
    }

    /**
     * Asks before a request body is even read, so that someone outside the log gets "not found" whatever they send,
     * never a message about the body. @throws NotFound for anyone but the secretariat and the chair
     */
    public void requireKeeper() {
        policy.require(Action.RECORD);
    }

    /** Whether the caller keeps the log (the pages show their links). */
    public boolean mayList() {
        return policy.may(Action.LIST);
    }

    /** Whether the follow-up of an entry waits today. */
    public boolean followUpDue(IncidentRecord incident) {
        return incident.entry().followUpDue(clock.today());
    }

    /** The members' names to show beside their references (pseudonyms, never identities), for the log's readers. */
    public Map<String, String> memberNames(List<IncidentRecord> incidents, Locale locale) {
        policy.require(Action.LIST);
        return directory.displayNames(incidents.stream().map(IncidentRecord::getMemberRef)
                .filter(java.util.Objects::nonNull).distinct().toList(), locale);
    }

    /** Members taking part today by pseudonym, to choose from on the form. */
    public Map<String, String> membersToChoose(Locale locale) {
        policy.require(Action.RECORD);
        List<String> refs = directory.activeRefs(clock.today());
        Map<String, String> names = directory.displayNames(refs, locale);
        Map<String, String> out = new java.util.LinkedHashMap<>();
        refs.forEach(r -> out.put(r, names.getOrDefault(r, r)));
        return out;
    }

    private void requireKnown(String memberRef) {
        if (memberRef != null && directory.displayName(memberRef, Locale.ENGLISH).isBlank()) {
            throw new DomainRuleViolation(MEMBER_UNKNOWN);
        }
    }
}
