package org.nstac.portal.member.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.logging.Logger;
import org.nstac.portal.vault.application.IdentityVault;

/**
 * Once, at start: reasons for admission below the distance rule that an earlier version kept in plain text on the
 * member row are sealed into the vault and cleared from the row. Idempotent: nothing is left to move the next time.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class BelowRuleReasonsIntoTheVault {

    private static final Logger LOG = Logger.getLogger(BelowRuleReasonsIntoTheVault.class.getName());

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    IdentityVault vault;

    @SuppressWarnings("unchecked")
    @PostConstruct
    void move() {
        List<Object[]> rows = em.createNativeQuery(
                "SELECT ref, below_rule_reason FROM member WHERE below_rule_reason IS NOT NULL").getResultList();
        for (Object[] row : rows) {
            String ref = (String) row[0];
            if (!vault.fieldsHeld(ref).isEmpty()) {
                vault.storeBelowRuleReason(ref, (String) row[1]);
            }
            em.createNativeQuery("UPDATE member SET below_rule_reason = NULL WHERE ref = ?1").setParameter(1, ref)
                    .executeUpdate();
        }
        if (!rows.isEmpty()) {
            LOG.info(() -> rows.size() + " reason(s) for admission below the rule moved into the vault");
        }
    }
}
