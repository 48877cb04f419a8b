package org.nstac.portal.care.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.nstac.portal.care.application.CrisisProtocol;
import org.nstac.portal.care.infrastructure.CrisisProtocolRecord;

/**
 * {@code /api/crisis-protocol}: what to do and whom to call when someone is in crisis during the council's work. Every
 * signed-in person reads it; only the secretariat writes a new version (anyone else gets 404, as for the directory).
 */
@org.eclipse.microprofile.openapi.annotations.tags.Tag(name = "Care")
@Path("crisis-protocol")
@Produces(MediaType.APPLICATION_JSON)
public class CrisisProtocolResource {

    /** Both languages, plain text; paragraphs separated by a blank line. */
    public record ProtocolInput(String en, String sr) {
    }

    /**
     * The protocol in force: English and Serbian (Latin) plain text, its version, when and by which account (a login,
     * never a name) it was last updated. All null, version 0, before the secretariat writes one.
     */
    public record CrisisProtocolJson(long version, String en, String sr, String updatedAt, String updatedBy) {

        static CrisisProtocolJson of(CrisisProtocolRecord p) {
            return p == null ? new CrisisProtocolJson(0, null, null, null, null)
                    : new CrisisProtocolJson(p.getId(), p.getEn(), p.getSr(), p.getUpdatedAt().toString(),
                            p.getUpdatedBy());
        }
    }

    @Inject
    CrisisProtocol protocol;

    @GET
    @Operation(operationId = "getCrisisProtocol", description = "Who may call it: Anyone signed in.",
            summary = "The crisis protocol in force, in English and Serbian, with when and by which account it was "
            + "last updated")
    public CrisisProtocolJson get() {
        return CrisisProtocolJson.of(protocol.current().orElse(null));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateCrisisProtocol", description = "Who may call it: The secretariat; others get 404.",
            summary = "Write a new version of the crisis protocol, both languages at once (plain text, at most 10,000 "
            + "characters each; paragraphs separated by a blank line)")
    public CrisisProtocolJson update(ProtocolInput in) {
        ProtocolInput p = in == null ? new ProtocolInput(null, null) : in;
        return CrisisProtocolJson.of(protocol.update(p.en(), p.sr()));
    }
}
