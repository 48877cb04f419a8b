package org.nstac.portal.payment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.nstac.portal.audit.application.AuditLog;
import org.nstac.portal.shared.CouncilClock;
import org.nstac.portal.shared.DomainRuleViolation;

/**
 * How each member chose to be paid: to their own account, through a partner, or not at all. Every choice is kept; the
 * latest one counts, for work from then on.
 */
@ApplicationScoped
public class PaymentChannels {

    /** How a member chose to be paid; {@code NOT_CHOSEN} until they choose (then the vault's admission note decides). */
    public enum Channel {
        NOT_CHOSEN, OWN_ACCOUNT, PARTNER, DECLINED
    }

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    CouncilClock clock;

    /** The member's latest choice of how to be paid. */
    @Transactional
    public Channel channelOf(String memberRef) {
        List<?> rows = em.createNativeQuery("SELECT channel FROM payment_channel WHERE member_ref = ? ORDER BY id DESC "
                + "LIMIT 1").setParameter(1, memberRef).getResultList();
        return rows.isEmpty() ? Channel.NOT_CHOSEN : Channel.valueOf(rows.get(0).toString());
    }

    /** Records a member's choice; it applies to work from now on, and they may change it at any time. */
    @Transactional
    public Channel choose(String memberRef, String channel) {
        Channel chosen = null;
        for (Channel c : Channel.values()) {
            if (c != Channel.NOT_CHOSEN && c.name().equals(channel == null ? null : channel.strip())) {
                chosen = c;
            }
        }
        if (chosen == null) {
            throw new DomainRuleViolation("payment.channel.required");
        }
        if (chosen != channelOf(memberRef)) {
            em.createNativeQuery("INSERT INTO payment_channel (member_ref, channel, chosen_at) VALUES (?, ?, ?)")
                    .setParameter(1, memberRef).setParameter(2, chosen.name())
                    .setParameter(3, java.sql.Timestamp.from(clock.now())).executeUpdate();
            audit.record(memberRef, "payment.channel.chosen", memberRef, "channel=" + chosen);
        }
        return chosen;
    }
}
