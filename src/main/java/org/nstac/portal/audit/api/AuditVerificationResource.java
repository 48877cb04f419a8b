package org.nstac.portal.audit.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.nstac.portal.audit.application.AuditLog;
import org.nstac.portal.security.CurrentUser;
import org.nstac.portal.security.Role;

/** {@code GET /api/audit/verification}: is the audit chain intact, and if not, where does it first break? */
@Tag(name = "Audit")
@Path("audit/verification")
public class AuditVerificationResource {

    /** The verifier's answer: {@code firstBrokenSequence} and {@code problem} are null when the chain is intact. */
    public record VerificationView(boolean intact, Long firstBrokenSequence, String problem, long entries) {
    }

    @Inject
    AuditLog auditLog;

    @Inject
    CurrentUser currentUser;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "verifyAuditChain",
            summary = "Verify the audit chain (administrator)",
            description = "Who may call it: The administrator.")
    public VerificationView verify() {
        if (!currentUser.hasRole(Role.ADMIN)) {
            throw new NotFoundException();
        }
        var verification = auditLog.verify();
        return new VerificationView(verification.intact(), verification.firstBrokenSequence(),
                verification.problem(), auditLog.count());
    }
}
