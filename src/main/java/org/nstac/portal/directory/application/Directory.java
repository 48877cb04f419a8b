package org.nstac.portal.directory.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.nstac.portal.audit.application.AuditLog;
import org.nstac.portal.directory.domain.DirectoryPolicy;
import org.nstac.portal.directory.domain.DirectoryPolicy.Action;
import org.nstac.portal.directory.domain.DirectoryPolicy.EntryState;
import org.nstac.portal.directory.domain.DirectoryPolicy.Visitor;
import org.nstac.portal.directory.domain.EntryDetails;
import org.nstac.portal.directory.domain.Freshness;
import org.nstac.portal.directory.domain.ListedEntry;
import org.nstac.portal.directory.domain.Service;
import org.nstac.portal.directory.domain.SpokenLanguage;
import org.nstac.portal.directory.infrastructure.DirectoryEntryRecord;
import org.nstac.portal.shared.CouncilClock;

/**
 * The directory of support services: anyone reads the listed entries, filtered by service, area and language; the
 * secretariat adds, edits, marks checked and removes them, each change audited in its own transaction. Every method
 * asks {@link DirectoryPolicy} first; a refusal, like an entry that does not exist or was removed, is
 * {@link NotFound}. Nothing here records who reads.
 */
@ApplicationScoped
@Transactional
public class Directory {

    /** An entry that does not exist or was removed, or an action the caller may not take: the same answer. */
    public static class NotFound extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public NotFound() {
            super(null, null, false, false);
        }
    }

    /**
     * What a visitor filters by; {@code null} for "any". The area is compared as the database's collation compares
     * (case and accents aside: "nis" finds "Niš").
     */
    public record Filter(Service service, String area, SpokenLanguage language) {

        public static final Filter NONE = new Filter(null, null, null);

        /**
         * A filter as a query string gives it; blank means "any".
         *
         * @throws org.nstac.portal.shared.DomainRuleViolation {@value Service#UNKNOWN} or
         *                                                     {@value SpokenLanguage#UNKNOWN} for a value that is
         *                                                     not on the lists
         */
        public static Filter parse(String service, String area, String language) {
            return new Filter(blank(service) ? null : Service.parse(service),
                    blank(area) ? null : area.strip().replaceAll("\\s+", " "),
                    blank(language) ? null : SpokenLanguage.fromTag(language));
        }

        private static boolean blank(String s) {
            return s == null || s.isBlank();
        }
    }

    private static final String SUBJECT = "directory-entry:";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    CouncilClock clock;

    // ------------------------------------------------------------------ reading (anyone)

    /** The listed entries that match, by organisation. */
    public List<ListedEntry> listed(Set<Visitor> who, Filter filter) {
        allowed(who, Action.READ);
        StringBuilder jpql = new StringBuilder("select distinct e from DirectoryEntryRecord e");
        if (filter.service() != null) {
            jpql.append(" join e.services s");
        }
        if (filter.language() != null) {
            jpql.append(" join e.languages l");
        }
        jpql.append(" where e.removedAt is null");
        if (filter.service() != null) {
            jpql.append(" and s = :service");
        }
        if (filter.language() != null) {
            jpql.append(" and l = :language");
        }
        if (filter.area() != null) {
            jpql.append(" and e.area = :area");
        }
        jpql.append(" order by e.organisation, e.id");
        TypedQuery<DirectoryEntryRecord> query = em.createQuery(jpql.toString(), DirectoryEntryRecord.class);
        if (filter.service() != null) {
            query.setParameter("service", filter.service().name());
        }
        if (filter.language() != null) {
            query.setParameter("language", filter.language().tag());
        }
        if (filter.area() != null) {
            query.setParameter("area", filter.area());
        }
        return listed(query);
    }

    /** The areas of the listed entries, for the page's area filter. */
    public List<String> areas(Set<Visitor> who) {
        allowed(who, Action.READ);
        return em.createQuery("select distinct e.area from DirectoryEntryRecord e where e.removedAt is null "
                + "order by e.area", String.class).getResultList();
    }

    /** One listed entry. */
    public ListedEntry find(Set<Visitor> who, long id) {
        return live(who, Action.READ, id, false).listed(clock.today());
    }

    // ------------------------------------------------------------------ stale entries (secretariat)

    /** How many listed entries were last checked more than six months ago. */
    public long staleCount(Set<Visitor> who) {
        allowed(who, Action.SEE_STALE);
        return em.createQuery("select count(e) from DirectoryEntryRecord e where e.removedAt is null "
                + "and e.lastChecked < :cutoff", Long.class)
                .setParameter("cutoff", Freshness.cutoff(clock.today())).getSingleResult();
    }

    /** The stale entries, longest unchecked first. */
    public List<ListedEntry> stale(Set<Visitor> who) {
        allowed(who, Action.SEE_STALE);
        return listed(em.createQuery("select e from DirectoryEntryRecord e where e.removedAt is null "
                + "and e.lastChecked < :cutoff order by e.lastChecked, e.organisation", DirectoryEntryRecord.class)
                .setParameter("cutoff", Freshness.cutoff(clock.today())));
    }

    // ------------------------------------------------------------------ keeping it (secretariat)

    /** A new entry, checked today. */
    public ListedEntry add(Set<Visitor> who, String actor, EntryDetails.Draft draft) {
        allowed(who, Action.ADD);
        return created(EntryDetails.check(draft), clock.today(), actor);
    }

    /** Replaces an entry's details; its last check stays as it was. */
    public ListedEntry change(Set<Visitor> who, String actor, long id, EntryDetails.Draft draft) {
        DirectoryEntryRecord entry = live(who, Action.EDIT, id, true);
        EntryDetails details = EntryDetails.check(draft);
        entry.change(details, clock.now());
        audit.record(actor, "directory.entry.changed", SUBJECT + id, services(details));
        return entry.listed(clock.today());
    }

    /** The secretariat confirmed an entry's details today. */
    public ListedEntry markChecked(Set<Visitor> who, String actor, long id) {
        DirectoryEntryRecord entry = live(who, Action.MARK_CHECKED, id, true);
        entry.markChecked(clock.today(), actor);
        audit.record(actor, "directory.entry.checked", SUBJECT + id, null);
        return entry.listed(clock.today());
    }

    /** Takes an entry off the directory (the row stays for the audit trail). */
    public void remove(Set<Visitor> who, String actor, long id) {
        DirectoryEntryRecord entry = live(who, Action.REMOVE, id, true);
        entry.remove(actor, clock.now());
        audit.record(actor, "directory.entry.removed", SUBJECT + id, null);
    }

    /** Demo data only ({@link DemoDirectory}): an entry as if last checked on {@code checkedOn}. */
    public ListedEntry seedDemo(EntryDetails details, LocalDate checkedOn, String actor) {
        return created(details, checkedOn, actor);
    }

    /** Whether an entry with this organisation is listed (demo data is seeded once). */
    public boolean hasListed(String organisation) {
        return !em.createQuery("select e.id from DirectoryEntryRecord e where e.removedAt is null "
                + "and e.organisation = :organisation", Long.class).setParameter("organisation", organisation)
                .setMaxResults(1).getResultList().isEmpty();
    }

    // ------------------------------------------------------------------ helpers

    private ListedEntry created(EntryDetails details, LocalDate checkedOn, String actor) {
        DirectoryEntryRecord entry = new DirectoryEntryRecord(details, checkedOn, actor, clock.now());
        em.persist(entry);
        em.flush();
        audit.record(actor, "directory.entry.added", SUBJECT + entry.getId(), services(details));
        return entry.listed(clock.today());
    }

    private List<ListedEntry> listed(TypedQuery<DirectoryEntryRecord> query) {
        // Both collections for every entry in one query each, not two queries per entry.
        query.setHint("eclipselink.batch.type", "IN");
        query.setHint("eclipselink.batch", "e.services");
        query.setHint("eclipselink.batch", "e.languages");
        LocalDate today = clock.today();
        return query.getResultList().stream().map(e -> e.listed(today)).toList();
    }

    private DirectoryEntryRecord live(Set<Visitor> who, Action action, long id, boolean forChange) {
        allowed(who, action);
        DirectoryEntryRecord entry = forChange ? em.find(DirectoryEntryRecord.class, id, LockModeType.PESSIMISTIC_WRITE)
                : em.find(DirectoryEntryRecord.class, id);
        if (entry == null || !DirectoryPolicy.allowsOn(who, action,
                entry.isRemoved() ? EntryState.REMOVED : EntryState.LISTED)) {
            throw new NotFound();
        }
        return entry;
    }

    private static void allowed(Set<Visitor> who, Action action) {
        if (!DirectoryPolicy.allowsAny(who, action)) {
            throw new NotFound();
        }
    }

    /** The audit's details: which services, nothing anyone typed. */
    private static String services(EntryDetails details) {
        return "services=" + details.services().stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }
}
