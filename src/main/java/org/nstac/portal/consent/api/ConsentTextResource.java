package org.nstac.portal.consent.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.nstac.portal.consent.application.Consents;
import org.nstac.portal.consent.domain.ConsentPurpose;
import org.nstac.portal.consent.domain.ConsentText;
import org.nstac.portal.security.CurrentUser;
import org.nstac.portal.security.Role;
import org.nstac.portal.shared.DomainRuleViolation;

/** {@code /api/consent-texts}: the administrator publishes new versions of the consent texts. */
@Tag(name = "Consent")
@Path("consent-texts")
@Produces(MediaType.APPLICATION_JSON)
public class ConsentTextResource {

    /** A text in force, or a new one: {@code {"purpose", "textEn", "textSr"}}. */
    public record TextView(String purpose, Integer version, String textEn, String textSr, Instant publishedAt) {
        static TextView of(ConsentText t) {
            return new TextView(t.getPurpose().name(), t.getVersion(), t.getTextEn(), t.getTextSr(), t.getPublishedAt());
        }
    }

    @Inject
    Consents consents;

    @Inject
    CurrentUser user;

    @GET
    @Operation(operationId = "listConsentTexts",
            summary = "The consent texts in force (administrator)",
            description = "Who may call it: The administrator.")
    public List<TextView> current() {
        requireAdmin();
        return consents.currentTexts().stream().map(TextView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "publishConsentText",
            summary = "Publish a new version of a purpose's consent text (administrator)",
            description = "Who may call it: The administrator.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "TextView")))
    public Response publish(TextView text) {
        requireAdmin();
        if (text == null || text.purpose() == null) {
            throw new DomainRuleViolation("consent.text.purpose.unknown");
        }
        ConsentPurpose purpose;
        try {
            purpose = ConsentPurpose.valueOf(text.purpose().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new DomainRuleViolation("consent.text.purpose.unknown");
        }
        return Response.status(Response.Status.CREATED)
                .entity(TextView.of(consents.publish(purpose, text.textEn(), text.textSr(), user.getName()))).build();
    }

    private void requireAdmin() {
        if (!user.hasRole(Role.ADMIN)) {
            throw new NotFoundException();
        }
    }
}
