package org.nstac.portal.care.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.nstac.portal.audit.application.AuditLog;
import org.nstac.portal.care.domain.Interest;
import org.nstac.portal.care.domain.InterestRelation;
import org.nstac.portal.care.domain.InterestRules;
import org.nstac.portal.care.infrastructure.InterestRecord;
import org.nstac.portal.care.infrastructure.InterestStore;
import org.nstac.portal.care.infrastructure.StepAsideRecord;
import org.nstac.portal.consultation.application.Consultations;
import org.nstac.portal.consultation.application.Viewers;
import org.nstac.portal.security.CurrentUser;
import org.nstac.portal.security.Role;
import org.nstac.portal.shared.CouncilClock;
import org.nstac.portal.shared.DomainRuleViolation;
import org.nstac.portal.shared.MemberContext;
import org.nstac.portal.shared.NotFound;

/**
 * Interests declared by members and staff, and a member stepping aside from a consultation for one. Each command is
 * one transaction with its audit record; the audit says how many interests, never which organisations (what a member
 * types here is kept out of every log). Other features read them through
 * {@link MembersInterests}.
 */
@ApplicationScoped
@Transactional
public class Interests {

    public static final String CONSULTATION_UNKNOWN = "care.stepAside.consultation.unknown";
    public static final String INTEREST_NOT_DECLARED = "care.stepAside.interest.notDeclared";
    public static final String ALREADY = "care.stepAside.already";

    /** A step-aside as the member sees it, with the consultation's title. */
    public record SteppedAside(long consultationId, String title, Interest interest, java.time.Instant at) {
    }

    @Inject
    InterestStore store;

    @Inject
    CurrentUser user;

    @Inject
    MemberContext member;

    @Inject
    Consultations consultations;

    @Inject
    Viewers viewers;

    @Inject
    AuditLog audit;

    @Inject
    CouncilClock clock;

    Set<InterestRules.Relation> relations() {
        Set<InterestRules.Relation> r = EnumSet.noneOf(InterestRules.Relation.class);
        if (!user.isSignedIn()) {
            return r;
        }
        if (member.ref().isPresent()) {
            r.add(InterestRules.Relation.MEMBER);
        }
        if (user.hasRole(Role.SECRETARIAT) || user.hasRole(Role.CUSTODIAN) || user.hasRole(Role.FINANCE)
                || user.hasRole(Role.ADMIN)) {
            r.add(InterestRules.Relation.STAFF);
        }
        if (user.hasRole(Role.SECRETARIAT)) {
            r.add(InterestRules.Relation.SECRETARIAT);
        }
        if (user.hasRole(Role.CHAIR)) {
            r.add(InterestRules.Relation.CHAIR);
        }
        return r;
    }

    private void require(InterestRules.Action action) {
        if (!InterestRules.allows(action, relations())) {
            throw new NotFound();
        }
    }

    public boolean mayDeclare() {
        return InterestRules.allows(InterestRules.Action.DECLARE_OWN, relations());
    }

    public boolean mayStepAside() {
        return InterestRules.allows(InterestRules.Action.STEP_ASIDE, relations());
    }

    /** The caller's declared interests. @throws NotFound unless a member or staff */
    public List<Interest> mine() {
        require(InterestRules.Action.DECLARE_OWN);
        return store.of(user.getName()).stream().map(InterestRecord::interest).toList();
    }

    /**
     * Replaces the caller's declaration (an empty list clears it).
     *
     * @throws DomainRuleViolation for an unknown relation, an organisation too short or long, too many entries
     */
    public List<Interest> declare(List<Interest> entries) {
        require(InterestRules.Action.DECLARE_OWN);
        List<Interest> declaration = Interest.declaration(entries);
        String ref = member.ref().orElse(null);
        store.replace(user.getName(), declaration.stream()
                .map(i -> new InterestRecord(user.getName(), ref, i, clock.now())).toList());
        audit.record(user.getName(), "care.interests.declared", ref == null ? "staff:" + user.getName() : ref,
                "count=" + declaration.size());
        return declaration;
    }

    /**
     * The calling member steps aside from a consultation they can see, for one of their declared interests.
     *
     * @throws DomainRuleViolation when the consultation is not one they see, the interest is not declared, or they
     *                             stepped aside already
     */
    public StepAsideRecord stepAside(long consultationId, String organisation, String relation) {
        require(InterestRules.Action.STEP_ASIDE);
        String ref = member.requireRef();
        InterestRelation r = InterestRelation.parse(relation);
        if (consultations.summaries(viewers.current(Locale.ENGLISH)).stream()
                .noneMatch(s -> s.id() == consultationId)) {
            throw new DomainRuleViolation(CONSULTATION_UNKNOWN);
        }
        Interest interest = store.of(user.getName()).stream().map(InterestRecord::interest)
                .filter(i -> i.sameAs(organisation, r)).findFirst()
                .orElseThrow(() -> new DomainRuleViolation(INTEREST_NOT_DECLARED));
        if (store.stepAside(consultationId, ref).isPresent()) {
            throw new DomainRuleViolation(ALREADY);
        }
        StepAsideRecord s = new StepAsideRecord(consultationId, ref, interest, clock.now());
        store.add(s);
        audit.record(user.getName(), "care.steppedAside", ref, "consultation=" + consultationId);
        return s;
    }

    /** The calling member's step-asides, with each consultation's title. */
    public List<SteppedAside> myStepAsides() {
        require(InterestRules.Action.STEP_ASIDE);
        Map<Long, String> titles = new LinkedHashMap<>();
        consultations.summaries(viewers.current(Locale.ENGLISH)).forEach(s -> titles.put(s.id(), s.title()));
        return store.stepAsidesOf(member.requireRef()).stream().map(s -> new SteppedAside(s.getConsultationId(),
                titles.getOrDefault(s.getConsultationId(), "#" + s.getConsultationId()), s.interest(),
                s.getRecordedAt())).toList();
    }

    /** The consultations the calling member may step aside from (those they see). */
    public List<Consultations.Summary> consultationsToStepAsideFrom() {
        require(InterestRules.Action.STEP_ASIDE);
        return consultations.summaries(viewers.current(Locale.ENGLISH));
    }

    /** Interest rows of these members, for {@link MembersInterests}; empty unless secretariat or chair. */
    List<InterestRecord> recordsOfMembers(Collection<String> memberRefs) {
        return InterestRules.allows(InterestRules.Action.READ_MEMBERS, relations()) ? store.ofMembers(memberRefs)
                : List.of();
    }

    /** Step-asides on a consultation, for {@link MembersInterests}; empty unless secretariat or chair. */
    List<StepAsideRecord> stepAsideRecordsOn(long consultationId) {
        return InterestRules.allows(InterestRules.Action.READ_MEMBERS, relations())
                ? store.stepAsidesOn(consultationId) : List.of();
    }
}
