package org.nstac.portal.vault.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import org.nstac.portal.audit.application.AuditLog;
import org.nstac.portal.platform.FacesMessages;
import org.nstac.portal.security.CurrentUser;
import org.nstac.portal.vault.application.IdentityVault;
import org.nstac.portal.vault.application.MasterKeyRotation;

/** The administrator's page {@code /admin/security}: verify the audit chain, see and rotate the vault's master key. */
@Named
@RequestScoped
public class SecurityAdmin {

    @Inject
    AuditLog auditLog;

    @Inject
    IdentityVault vault;

    @Inject
    MasterKeyRotation rotation;

    @Inject
    CurrentUser user;

    @Inject
    FacesMessages messages;

    private org.nstac.portal.audit.domain.AuditVerifier.Verification verification;

    public void verify() {
        verification = auditLog.verify();
    }

    public org.nstac.portal.audit.domain.AuditVerifier.Verification getVerification() {
        return verification;
    }

    public long getAuditEntries() {
        return auditLog.count();
    }

    public String getCurrentKeyId() {
        return vault.currentMasterKeyId();
    }

    public Map<String, Long> getKeys() {
        return vault.dataKeysPerMasterKey();
    }

    public void rotate() {
        try {
            MasterKeyRotation.Outcome outcome = rotation.rotate(user.getName());
            messages.info("admin.security.rotated", outcome.currentKeyId(), outcome.rewrapped());
        } catch (org.nstac.portal.shared.DomainRuleViolation busy) {
            messages.violation(busy);
        }
    }
}
