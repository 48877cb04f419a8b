package org.nstac.portal.payment.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.nstac.portal.payment.domain.PaymentAction;
import org.nstac.portal.payment.domain.PaymentRelation;
import org.nstac.portal.payment.domain.PaymentRules;
import org.nstac.portal.security.CurrentUser;
import org.nstac.portal.security.Role;
import org.nstac.portal.shared.Affiliations;
import org.nstac.portal.shared.MemberContext;
import org.nstac.portal.shared.NotFound;

/**
 * The payment feature's policy: who is asking, how they stand to payments (and to one payable), and whether
 * {@link PaymentRules} lets them. Pages and API ask it alike; what it refuses is "not found".
 */
@RequestScoped
public class PaymentPolicy {

    @Inject
    CurrentUser user;

    @Inject
    MemberContext member;

    @Inject
    Affiliations affiliations;

    /** How the caller stands to payments in general. */
    public Set<PaymentRelation> relations() {
        Set<PaymentRelation> relations = EnumSet.noneOf(PaymentRelation.class);
        add(relations, Role.FINANCE, PaymentRelation.FINANCE);
        add(relations, Role.SECRETARIAT, PaymentRelation.SECRETARIAT);
        add(relations, Role.ADMIN, PaymentRelation.ADMIN);
        add(relations, Role.CHAIR, PaymentRelation.CHAIR);
        add(relations, Role.MINISTRY, PaymentRelation.MINISTRY);
        add(relations, Role.PARTNER, PaymentRelation.PARTNER);
        if (user.hasRole(Role.MEMBER) && member.ref().isPresent()) {
            relations.add(PaymentRelation.MEMBER);
        }
        return relations;
    }

    /** As {@link #relations()}, and as the payee when the payable is owed to the calling member. */
    public Set<PaymentRelation> relationsTo(String payeeRef) {
        Set<PaymentRelation> relations = relations();
        if (relations.contains(PaymentRelation.MEMBER) && member.requireRef().equals(payeeRef)) {
            relations.add(PaymentRelation.PAYEE);
        }
        return relations;
    }

    private void add(Set<PaymentRelation> relations, Role role, PaymentRelation relation) {
        if (user.hasRole(role)) {
            relations.add(relation);
        }
    }

    public boolean may(PaymentAction action) {
        return PaymentRules.allowsAny(relations(), action);
    }

    public boolean may(PaymentAction action, String payeeRef) {
        return PaymentRules.allowsAny(relationsTo(payeeRef), action);
    }

    /** @throws NotFound when the caller may not do this */
    public void require(PaymentAction action) {
        if (!may(action)) {
            throw new NotFound();
        }
    }

    /** @throws NotFound when the caller may not do this with a payable owed to {@code payeeRef} */
    public void require(PaymentAction action, String payeeRef) {
        if (!may(action, payeeRef)) {
            throw new NotFound();
        }
    }

    /** The signed-in person's name: "entered by", "approved by", the audit trail. */
    public String actor() {
        return user.getName();
    }

    /** When the caller last gave their password and second factor (for a step-up), if the token says so. */
    public Instant secondFactorAt() {
        return user.getSecondFactorAt().orElse(null);
    }

    /** The calling member's reference. @throws NotFound when the caller is not a member */
    public String memberRef() {
        if (!user.hasRole(Role.MEMBER)) {
            throw new NotFound();
        }
        return member.requireRef();
    }

    /** The organisation an official caller acts for, if any. */
    public Optional<String> organisation() {
        return affiliations.organisationOf(user.getName());
    }
}
