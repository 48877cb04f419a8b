package org.nstac.portal.vault.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.logging.Logger;
import org.nstac.portal.audit.application.AuditLog;
import org.nstac.portal.vault.domain.MasterKeyring;

/**
 * The operator's master-key rotation, while the portal keeps running (the administrator's page {@code /admin/keys}
 * and {@code POST /api/vault/rotations}).
 *
 * <p>One rotation: (1) retire the keys an earlier rotation replaced and that wrap no data key any more; (2) add a
 * fresh current key and save the keyring file; (3) rewrap every data key with it, in small transactions. Reads go on
 * throughout, because the replaced key stays in the keyring until the next rotation retires it. Why not retire it
 * at once: an admission that began before step 2 may still commit a data key wrapped with it; one rotation later,
 * no such transaction can still be running. To cut a compromised key off at once, rotate twice.
 */
@ApplicationScoped
public class MasterKeyRotation {

    private static final Logger LOG = Logger.getLogger(MasterKeyRotation.class.getName());
    private static final int BATCH = 200;

    /** What a rotation did, by key id (ids are not secret). */
    public record Outcome(String currentKeyId, int rewrapped, List<String> retired, SortedMap<String, Long> keys) {
    }

    @Inject
    IdentityVault vault;

    @Inject
    RotationAudit rotationAudit;

    @Inject
    org.nstac.portal.platform.JobLeases leases;

    /** The lease that makes one rotation at a time across all nodes (longer than any rotation takes). */
    static final String LEASE = "vault-master-key-rotation";
    private static final java.time.Duration LEASE_LENGTH = java.time.Duration.ofMinutes(30);

    /**
     * Rotates the master key. One rotation at a time in the whole cluster: another rotation still running on any node
     * refuses this one ({@code vault.rotation.busy}). The rotation starts from the keyring file as it is now, not from
     * this node's memory, so that it builds on every earlier rotation, whichever node made it.
     */
    public synchronized Outcome rotate(String actor) {
        if (!leases.take(LEASE, LEASE_LENGTH)) {
            throw new org.nstac.portal.shared.DomainRuleViolation("vault.rotation.busy");
        }
        try {
            return rotateHoldingLease(actor);
        } finally {
            leases.release(LEASE);
        }
    }

    private Outcome rotateHoldingLease(String actor) {
        List<String> retired = new ArrayList<>();
        MasterKeyring ring = vault.reloadFromFile();
        for (Map.Entry<String, Long> key : vault.dataKeysPerMasterKey().entrySet()) {
            if (!key.getKey().equals(ring.currentKeyId()) && key.getValue() == 0) {
                ring = ring.retire(key.getKey());
                retired.add(key.getKey());
            }
        }
        MasterKeyring next = ring.rotate();
        vault.install(next);
        int rewrapped = 0;
        for (int done = vault.rewrapBatch(BATCH); done > 0; done = vault.rewrapBatch(BATCH)) {
            rewrapped += done;
        }
        Outcome outcome = new Outcome(next.currentKeyId(), rewrapped, List.copyOf(retired),
                vault.dataKeysPerMasterKey());
        rotationAudit.record(actor, outcome);
        int total = rewrapped;
        LOG.info(() -> "Master key rotated to " + next.currentKeyId() + "; " + total + " data keys rewrapped; retired "
                + retired);
        return outcome;
    }

    /** The audit entry, in a transaction of its own (the rotation itself spans many). */
    @ApplicationScoped
    public static class RotationAudit {

        @Inject
        AuditLog audit;

        @Transactional
        public void record(String actor, Outcome outcome) {
            audit.record(actor, "vault.masterKey.rotated", null, "key=" + outcome.currentKeyId() + ",rewrapped="
                    + outcome.rewrapped() + ",retired=" + String.join("+", outcome.retired()));
        }
    }
}
