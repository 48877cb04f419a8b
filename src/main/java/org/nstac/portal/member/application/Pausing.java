package org.nstac.portal.member.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import org.nstac.portal.audit.application.AuditLog;
import org.nstac.portal.member.domain.Member;
import org.nstac.portal.member.domain.MemberAction;

/** A member steps back or comes back: one action each, no reason asked, audited. */
@ApplicationScoped
public class Pausing {

    @Inject
    Members members;

    @Inject
    AuditLog audit;

    @jakarta.inject.Inject
    org.nstac.portal.shared.CouncilClock clock;

    @Inject
    Absences absences;

    @Inject
    MemberPolicy policy;

    /** @throws org.nstac.portal.shared.NotFound when the caller is not this member */
    @Transactional
    public Member pause(String memberRef, LocalDate until, String actor) {
        policy.require(MemberAction.PAUSE, memberRef);
        Member member = members.findByRef(memberRef).orElseThrow();
        member.pause(until, clock.today());
        absences.paused(memberRef, clock.today(), until);
        audit.record(actor, "member.paused", memberRef, until == null ? "until=open" : "until=" + until);
        return member;
    }

    /** @throws org.nstac.portal.shared.NotFound when the caller is not this member */
    @Transactional
    public Member resume(String memberRef, String actor) {
        policy.require(MemberAction.PAUSE, memberRef);
        Member member = members.findByRef(memberRef).orElseThrow();
        member.resume();
        absences.resumed(memberRef, clock.today());
        audit.record(actor, "member.resumed", memberRef, null);
        return member;
    }
}
