package org.nstac.portal.consultation.application;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.nstac.portal.consultation.domain.Action;
import org.nstac.portal.consultation.domain.ConsultationRules;
import org.nstac.portal.consultation.domain.Phase;
import org.nstac.portal.consultation.domain.Relation;
import org.nstac.portal.consultation.infrastructure.ConsultationRecord;
import org.nstac.portal.security.Role;

/**
 * Who is asking, as consultations need to know it: the login, the portal roles, the member reference (for council
 * members) and the organisation (for ministry officials, and for partner officials of an NGO or a trade union). The
 * relation to one consultation follows from these: an official of either kind is {@code OWNING_MINISTRY} on their
 * own organisation's consultations and {@code OTHER_MINISTRY} on every other one.
 *
 * @param login        the login handle (never a name)
 * @param roles        the portal roles
 * @param memberRef    the member reference of a council member; empty for everyone else
 * @param organisation the organisation a ministry or partner official acts for; empty for everyone else
 * @param locale       the language answers are given in
 */
public record Viewer(String login, Set<Role> roles, Optional<String> memberRef, Optional<String> organisation,
        Locale locale) {

    /** Every relation this person has to the consultation (a chair is also a member). */
    public Set<Relation> relationsTo(ConsultationRecord consultation) {
        return relations(Optional.of(consultation.getOrganisationCode()));
    }

    /**
     * Every relation this person would have to a draft they opened now: a ministry official owns it for their own
     * ministry, a partner official their request for their own NGO or union; what {@link ConsultationRules} allows
     * as {@link Action#CREATE} in the {@link #startingPhase()} follows from that.
     */
    public Set<Relation> relationsToNewDraft() {
        return relations(organisation);
    }

    /**
     * The phase a consultation this person writes starts in: a partner official's is a {@code REQUESTED} request for
     * advice the secretariat must accept; a ministry's is its own {@code DRAFT}.
     */
    public Phase startingPhase() {
        return isPartner() ? Phase.REQUESTED : Phase.DRAFT;
    }

    /** Whether this person acts for an NGO or a trade union (realm role {@code partner}), not for a ministry. */
    public boolean isPartner() {
        return roles.contains(Role.PARTNER) && !roles.contains(Role.MINISTRY);
    }

    /** Whether {@link ConsultationRules} lets this person do {@code action} on the consultation now. */
    public boolean may(Action action, ConsultationRecord consultation) {
        return ConsultationRules.allowsAny(relationsTo(consultation), action, consultation.getPhase());
    }

    /** Everything {@link ConsultationRules} lets this person do on the consultation now (for a page's buttons). */
    public Set<Action> allowedOn(ConsultationRecord consultation) {
        return ConsultationRules.allowedActions(relationsTo(consultation), consultation.getPhase());
    }

    private Set<Relation> relations(Optional<String> owningOrganisation) {
        Set<Relation> relations = EnumSet.noneOf(Relation.class);
        if (roles.contains(Role.MINISTRY) || roles.contains(Role.PARTNER)) {
            relations.add(organisation.isPresent() && organisation.equals(owningOrganisation)
                    ? Relation.OWNING_MINISTRY : Relation.OTHER_MINISTRY);
        }
        if (roles.contains(Role.SECRETARIAT)) {
            relations.add(Relation.SECRETARIAT);
        }
        if (roles.contains(Role.CHAIR)) {
            relations.add(Relation.CHAIR);
        }
        if (roles.contains(Role.MEMBER) && memberRef.isPresent()) {
            relations.add(Relation.MEMBER);
        }
        if (roles.contains(Role.OBSERVER)) {
            relations.add(Relation.OBSERVER);
        }
        if (roles.contains(Role.ADMIN)) {
            relations.add(Relation.ADMIN);
        }
        return relations;
    }

    /**
     * The one relation that decides what this person sees of comments: the widest view among their relations
     * (secretariat, then council, then the owning ministry, then an observer).
     */
    public Relation readingRelation(ConsultationRecord consultation) {
        Set<Relation> relations = relationsTo(consultation);
        for (Relation r : new Relation[] {Relation.SECRETARIAT, Relation.CHAIR, Relation.MEMBER,
                Relation.OWNING_MINISTRY, Relation.OBSERVER}) {
            if (relations.contains(r)) {
                return r;
            }
        }
        return relations.isEmpty() ? Relation.OTHER_MINISTRY : relations.iterator().next();
    }

    public boolean isAuthor(String authorRef) {
        return memberRef.filter(authorRef::equals).isPresent();
    }
}
