package org.nstac.portal.care.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.nstac.portal.audit.application.AuditLog;
import org.nstac.portal.care.domain.SupportAbout;
import org.nstac.portal.care.domain.SupportAction;
import org.nstac.portal.care.domain.SupportNote;
import org.nstac.portal.care.domain.Urgency;
import org.nstac.portal.care.infrastructure.SupportRequestRecord;
import org.nstac.portal.care.infrastructure.SupportRequestStore;
import org.nstac.portal.shared.CouncilClock;
import org.nstac.portal.shared.DomainRuleViolation;
import org.nstac.portal.shared.MeetingSupport;
import org.nstac.portal.shared.MemberContext;
import org.nstac.portal.shared.MemberDirectory;
import org.nstac.portal.shared.NotFound;
import org.nstac.portal.shared.Notices;
import org.nstac.portal.shared.StepOutAsked;
import org.nstac.portal.shared.TaskSupport;

/**
 * A member asks for support; the person it reached acknowledges it. Each command is one transaction with its audit
 * record and its notices; the member's mail goes out after commit (and not while they are paused).
 */
@ApplicationScoped
@Transactional
public class SupportRequests {

    /** The page where the people a request reached see and acknowledge it. */
    public static final String INBOX = "/support/requests";
    /** The member's page of their requests. */
    public static final String MEMBER_PAGE = "/member/support";

    public static final String MEETING_REQUIRED = "care.support.meeting.required";
    public static final String NOT_YOUR_MEETING = "care.support.meeting.notYours";
    public static final String REF_INVALID = "care.support.ref.invalid";
    public static final String NOT_YOUR_TASK = "care.support.task.notYours";

    /** How many requests an inbox shows. */
    static final int INBOX_SIZE = 200;

    @Inject
    SupportPolicy policy;

    @Inject
    SupportRequestStore store;

    @Inject
    MemberContext member;

    @Inject
    MemberDirectory directory;

    @Inject
    MeetingSupport meetings;

    @Inject
    TaskSupport tasks;

    @Inject
    Notices notices;


    @Inject
    AuditLog audit;

    @Inject
    CouncilClock clock;

    /**
     * The calling member asks for support.
     *
     * @param about   MEETING, TASK, CONSULTATION or OTHER
     * @param refId   the meeting (required for MEETING, and it must be one the member was invited to), task
     *                (optional; one offered to the member, whose safety plan's support person it then reaches) or
     *                consultation; ignored for OTHER
     * @param urgency NOW or SOON
     * @param note    optional, at most {@value SupportNote#MAX_LENGTH} characters
     * @throws NotFound            when the caller is not a member
     * @throws DomainRuleViolation with the first thing wrong in the request
     */
    public SupportRequestRecord ask(String about, Long refId, String urgency, String note) {
        String ref = member.requireRef();
        SupportAbout subject = SupportAbout.parse(about);
        Urgency when = Urgency.parse(urgency);
        String text = SupportNote.of(note);
        if (refId != null && refId <= 0) {
            throw new DomainRuleViolation(REF_INVALID);
        }
        Optional<String> reached = Optional.empty();
        Long target = subject == SupportAbout.OTHER ? null : refId;
        if (subject == SupportAbout.MEETING) {
            if (refId == null) {
                throw new DomainRuleViolation(MEETING_REQUIRED);
            }
            reached = meetings.forMember(refId, ref).orElseThrow(() -> new DomainRuleViolation(NOT_YOUR_MEETING))
                    .supportLogin();
        }
        if (subject == SupportAbout.TASK && refId != null) {
            // A task with a safety plan names its support person; a task that is not the member's is refused.
            reached = tasks.forMember(refId, ref).orElseThrow(() -> new DomainRuleViolation(NOT_YOUR_TASK))
                    .supportLogin();
        }
        return record(ref, subject, target, when, text, reached);
    }

    /** "I need to step out" during a meeting: an urgent request that reaches the meeting's support person. */
    void stepOut(@Observes StepOutAsked asked) {
        Optional<String> reached = meetings.forMember(asked.meetingId(), asked.memberRef())
                .flatMap(MeetingSupport.Reach::supportLogin);
        record(asked.memberRef(), SupportAbout.MEETING, asked.meetingId(), Urgency.NOW, null, reached);
    }

    private SupportRequestRecord record(String ref, SupportAbout about, Long target, Urgency urgency, String note,
            Optional<String> reached) {
        SupportRequestRecord r = new SupportRequestRecord(ref, about, target, urgency, note, reached.orElse(null),
                clock.now());
        store.add(r);
        notices.send(List.of(reached.orElse(Notices.ROLE_PREFIX + "secretariat")),
                urgency == Urgency.NOW ? "notification.care.support.askedNow" : "notification.care.support.asked",
                INBOX);
        audit.record(policy.isSignedIn() ? policy.actor() : ref, "care.support.asked", "support-request:" + r.getId(),
                "urgency=" + urgency + " reaches=" + (reached.isPresent() ? "support-person" : "duty"));
        return r;
    }

    /** The calling member's requests, the newest first. */
    public List<SupportRequestRecord> mine() {
        return store.of(member.requireRef());
    }

    /** @throws NotFound unless the caller asked it, it reached them, or (escalated) they chair the council */
    public SupportRequestRecord get(long id) {
        SupportRequestRecord r = store.find(id).orElseThrow(NotFound::new);
        policy.require(SupportAction.VIEW, r);
        return r;
    }

    /** The requests that reached the caller (named, on duty, or escalated to the chair), the newest first. */
    public List<SupportRequestRecord> reachingMe() {
        if (!policy.isSignedIn()) {
            throw new NotFound();
        }
        return store.reaching(policy.actor(), policy.onDuty(), policy.isChair(), INBOX_SIZE).stream()
                .filter(r -> org.nstac.portal.care.domain.SupportRules.allows(SupportAction.VIEW,
                        policy.relationsTo(r)))
                .toList();
    }

    /**
     * "I have it": the person it reached (or the chair, once escalated) acknowledges; the member is told in the portal
     * and, after commit, by discreet mail. Acknowledging again changes nothing.
     *
     * @throws NotFound for anyone else, the member who asked included
     */
    public SupportRequestRecord acknowledge(long id) {
        SupportRequestRecord r = store.find(id).orElseThrow(NotFound::new);
        policy.require(SupportAction.ACKNOWLEDGE, r);
        store.lock(r);
        if (!r.getState().isWaiting()) {
            return r;
        }
        r.acknowledge(policy.actor(), clock.now());
        audit.record(policy.actor(), "care.support.acknowledged", "support-request:" + id, null);
        directory.loginOf(r.getMemberRef()).ifPresent(login -> {
            notices.send(List.of(login), "notification.care.support.acknowledged", MEMBER_PAGE);
        });
        return r;
    }

    /** The tasks the calling member may ask support about. */
    public List<MeetingSupport.Choice> myTasks() {
        return tasks.tasksOf(member.requireRef());
    }

    /** The meetings the calling member may ask support about. */
    public List<MeetingSupport.Choice> myMeetings() {
        return meetings.meetingsOf(member.requireRef());
    }

    /** The name a page shows for the member who asked. */
    public String memberName(SupportRequestRecord r, java.util.Locale locale) {
        return directory.displayName(r.getMemberRef(), locale);
    }
}
