package org.nstac.portal.member.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.nstac.portal.audit.application.AuditLog;
import org.nstac.portal.consent.application.Consents;
import org.nstac.portal.consent.domain.ConsentPurpose;
import org.nstac.portal.shared.DomainRuleViolation;
import org.nstac.portal.member.domain.MemberAction;
import org.nstac.portal.member.domain.MemberProfile;

/** Reads and changes members' profiles, and the content-note vocabulary they choose topics from. */
@ApplicationScoped
public class Profiles {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    Consents consents;

    /** The profile, or an empty one when the member has not filled it in yet (nothing is stored until then). */
    public MemberProfile of(String memberRef) {
        MemberProfile profile = em.find(MemberProfile.class, memberRef);
        return profile == null ? new MemberProfile(memberRef) : profile;
    }

    @Inject
    MemberPolicy policy;

    /**
     * The member changes what they offer and what they would rather not meet.
     *
     * @throws org.nstac.portal.shared.NotFound when the caller is not this member
     */
    @Transactional
    public MemberProfile update(String memberRef, Set<MemberProfile.OfferedRole> roles, Set<String> topics,
            Set<String> avoided, int hours, MemberProfile.ContactChannel channel, String actor) {
        policy.require(MemberAction.EDIT_PROFILE, memberRef);
        return write(memberRef, roles, topics, avoided, hours, channel, actor);
    }

    /**
     * Adds a role the member agreed to offer once they completed a training that prepares for it (learning and
     * retraining), inside the caller's transaction. Nothing changes when the member already offers it or lacks a
     * consent the role needs.
     *
     * @return whether the member offers the role now
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean addAgreedRole(String memberRef, MemberProfile.OfferedRole role, String actor) {
        MemberProfile profile = of(memberRef);
        if (profile.getRolesOffered().contains(role)) {
            return true;
        }
        java.util.EnumSet<MemberProfile.OfferedRole> roles = java.util.EnumSet.of(role);
        roles.addAll(profile.getRolesOffered());
        for (ConsentPurpose needed : MemberProfile.consentsNeeded(roles, profile.getContactChannel())) {
            if (!consents.hasValidConsent(memberRef, needed)) {
                return false;
            }
        }
        write(memberRef, roles, profile.getTopics(), profile.getAvoidedTopics(), profile.getHoursPerMonth(),
                profile.getContactChannel(), actor);
        return true;
    }

    /** The demo members' profiles, written at start-up inside the seeding transaction, with nobody signed in. */
    MemberProfile seed(String memberRef, Set<MemberProfile.OfferedRole> roles, int hours, String actor) {
        return write(memberRef, roles, Set.of(), Set.of(), hours, MemberProfile.ContactChannel.PORTAL, actor);
    }

    private MemberProfile write(String memberRef, Set<MemberProfile.OfferedRole> roles, Set<String> topics,
            Set<String> avoided, int hours, MemberProfile.ContactChannel channel, String actor) {
        for (ConsentPurpose needed : MemberProfile.consentsNeeded(roles, channel)) {
            if (!consents.hasValidConsent(memberRef, needed)) {
                throw new DomainRuleViolation("member.profile.consentMissing." + needed);
            }
        }
        MemberProfile profile = em.find(MemberProfile.class, memberRef);
        if (profile == null) {
            profile = new MemberProfile(memberRef);
            em.persist(profile);
        }
        profile.update(roles, topics, avoided, hours, channel, topicCodes());
        audit.record(actor, "profile.changed", memberRef, null);
        return profile;
    }

    /** How the member's comments are signed unless they choose otherwise for one comment. */
    @Transactional
    public MemberProfile chooseDefaultAttribution(String memberRef, MemberProfile.CommentAttribution attribution,
            String actor) {
        policy.require(MemberAction.EDIT_PROFILE, memberRef);
        MemberProfile profile = em.find(MemberProfile.class, memberRef);
        if (profile == null) {
            profile = new MemberProfile(memberRef);
            em.persist(profile);
        }
        profile.chooseDefaultAttribution(attribution);
        audit.record(actor, "profile.changed", memberRef, "defaultAttribution=" + attribution);
        return profile;
    }

    /** Topic code to label in the reader's language ("sr" or otherwise English), in a stable order. */
    public Map<String, String> vocabulary(String language) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT code, label_en, label_sr FROM content_note ORDER BY code")
                .getResultList();
        Map<String, String> labels = new LinkedHashMap<>();
        for (Object[] row : rows) {
            labels.put((String) row[0], (String) ("sr".equals(language) ? row[2] : row[1]));
        }
        return labels;
    }

    public Set<String> topicCodes() {
        return new TreeSet<>(vocabulary("en").keySet());
    }
}
