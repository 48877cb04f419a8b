package org.nstac.portal.consent.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.nstac.portal.consent.application.EventConsents;
import org.nstac.portal.consent.domain.EventConsent;
import org.nstac.portal.platform.Languages;

/**
 * {@code /api/me/event-consents}: my consent for each public event, recorded when I accepted a task or a meeting that
 * shows, photographs or records me; I may take one back before the event's day, without a reason.
 */
@Tag(name = "Consent")
@Path("me/event-consents")
@Produces(MediaType.APPLICATION_JSON)
public class MyEventConsentsResource {

    /**
     * One event's consent: which event (about TASK or MEETING, refId, title, eventOn), what I allowed there
     * (appearance, photographs, recording), the wording shown in my language, when given and when taken back.
     */
    public record EventConsentJson(long id, String about, long refId, String title, LocalDate eventOn,
            boolean appearance, boolean photographs, boolean recording, String wording, Instant givenAt,
            Instant withdrawnAt, boolean withdrawable) {
    }

    @Inject
    EventConsents consents;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(operationId = "listMyEventConsents", description = "Who may call it: A member, for themselves.",
            summary = "My consent for each public event I accepted (appearing in public, photographs, recording), "
            + "the newest first")
    public List<EventConsentJson> mine() {
        return consents.mine().stream().map(this::json).toList();
    }

    @POST
    @Path("{id}/withdrawal")
    @Operation(operationId = "withdrawMyEventConsent", description = "Who may call it: The member whose consent it "
            + "is; anyone else gets 404.",
            summary = "Take back my consent for one event, before the event's day; no reason is asked. The "
            + "secretariat is told")
    public EventConsentJson withdraw(@PathParam("id") long id) {
        return json(consents.withdraw(id));
    }

    private EventConsentJson json(EventConsent c) {
        Locale locale = Languages.negotiate(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        return new EventConsentJson(c.getId(), c.getAbout().name(), c.getRefId(), c.getTitle(), c.getEventOn(),
                c.isAppearance(), c.isPhotographs(), c.isRecording(), c.wordingIn(locale), c.getGivenAt(),
                c.getWithdrawnAt(), consents.withdrawable(c));
    }
}
