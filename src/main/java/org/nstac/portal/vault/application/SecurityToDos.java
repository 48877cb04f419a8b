package org.nstac.portal.vault.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.nstac.portal.audit.application.AuditLog;
import org.nstac.portal.shared.ToDos;

/**
 * The administrator's security lines: the audit chain to check (its length; the check itself runs on the security
 * page, not at every dashboard view) and members' data keys still wrapped by an older master key (a rotation that
 * has not reached everyone).
 */
@ApplicationScoped
public class SecurityToDos implements ToDos {

    @Inject
    AuditLog auditLog;

    @Inject
    IdentityVault vault;

    @Override
    public List<ToDo> on(String area) {
        if (!"admin".equals(area)) {
            return List.of();
        }
        String current = vault.currentMasterKeyId();
        long older = vault.dataKeysPerMasterKey().entrySet().stream().filter(e -> !e.getKey().equals(current))
                .mapToLong(Map.Entry::getValue).sum();
        return List.of(
                ToDo.of("audit-chain", 10, "todo.admin.auditChain", auditLog.count(), "/admin/security", false),
                new ToDo("master-keys", 11, "todo.admin.olderKeys", older, current, "/admin/security", true,
                        List.of()));
    }
}
