package org.nstac.portal.meeting.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.nstac.portal.meeting.domain.InvitationState;
import org.nstac.portal.shared.NotFound;
import org.nstac.portal.shared.MemberRef;

/**
 * Meetings and their invitations as stored. No rules and no checks: the meeting feature's application services decide
 * who may read or change what (other features never reach this package) and call here in their transaction.
 */
@ApplicationScoped
public class MeetingStore {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    public Optional<MeetingRecord> find(long id) {
        return Optional.ofNullable(em.find(MeetingRecord.class, id));
    }

    /** @throws NotFound when there is no such meeting */
    public MeetingRecord get(long id) {
        return find(id).orElseThrow(NotFound::new);
    }

    /**
     * Locks the meeting's row for the rest of the transaction and reads it again as it now is: every command on one
     * meeting (and every answer to it) takes this lock first, so they happen one after another.
     */
    public void lock(MeetingRecord meeting) {
        em.refresh(meeting, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Every meeting, the latest start first. */
    public List<MeetingRecord> all() {
        return em.createQuery("select m from MeetingRecord m order by m.startsAt desc", MeetingRecord.class)
                .getResultList();
    }

    public void add(MeetingRecord meeting) {
        em.persist(meeting);
        em.flush();
    }

    public Optional<InvitationRecord> invitation(long invitationId) {
        return Optional.ofNullable(em.find(InvitationRecord.class, invitationId));
    }

    public Optional<InvitationRecord> invitation(long meetingId, String memberRef) {
        Optional<MemberRef> ref = MemberRef.parse(memberRef);
        if (ref.isEmpty()) {
            return Optional.empty();
        }
        return em.createQuery("select i from InvitationRecord i where i.meetingId = :m and i.memberRef = :r",
                InvitationRecord.class).setParameter("m", meetingId).setParameter("r", ref.get()).getResultStream()
                .findFirst();
    }

    /** Locks one invitation's row (after its meeting's) and reads it again as it now is. */
    public void lock(InvitationRecord invitation) {
        em.refresh(invitation, LockModeType.PESSIMISTIC_WRITE);
    }

    public List<InvitationRecord> invitationsOf(long meetingId) {
        return em.createQuery("select i from InvitationRecord i where i.meetingId = :m order by i.id",
                InvitationRecord.class).setParameter("m", meetingId).getResultList();
    }

    /** A member's invitations, the latest meeting first. */
    public List<InvitationRecord> invitationsFor(String memberRef) {
        Optional<MemberRef> ref = MemberRef.parse(memberRef);
        if (ref.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select i from InvitationRecord i, MeetingRecord m where i.meetingId = m.id and "
                + "i.memberRef = :r order by m.startsAt desc", InvitationRecord.class).setParameter("r", ref.get())
                .getResultList();
    }

    /** How many members have accepted: the number the capacity limits. */
    public long acceptedCount(long meetingId) {
        return em.createQuery("select count(i) from InvitationRecord i where i.meetingId = :m and i.state = :s",
                Long.class).setParameter("m", meetingId).setParameter("s", InvitationState.ACCEPTED)
                .getSingleResult();
    }

    /**
     * How many members have accepted, counted by a locking read, for the capacity check of an answer. MariaDB and
     * MySQL run transactions as REPEATABLE READ: a plain count reads the snapshot taken at the transaction's first
     * read, before the caller waited for the meeting's row lock, so two members accepting the last seat at once both
     * counted the seats as they were before either committed, and both got it (seen in a run of MeetingApiIT). A
     * locking read counts what is committed now; the caller holds the meeting's row lock, so answers to one meeting
     * are counted one at a time.
     */
    public long acceptedCountNow(long meetingId) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM meeting_invitation WHERE meeting_id = ? "
                + "AND state = ? FOR UPDATE").setParameter(1, meetingId)
                .setParameter(2, InvitationState.ACCEPTED.name()).getSingleResult()).longValue();
    }

    public void add(InvitationRecord invitation) {
        em.persist(invitation);
        em.flush();
    }
}
