package org.nstac.portal.member.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.nstac.portal.member.application.ContentNotes;
import org.nstac.portal.member.domain.ContentNote;

/**
 * {@code /api/content-notes}: the content-note vocabulary (topics drafts, sections and learning are marked with, and
 * members may choose not to meet). Everyone signed in reads it; the administrator adds topics and corrects labels;
 * anyone else gets 404 for those.
 */
@Tag(name = "Members")
@Path("content-notes")
@Produces(MediaType.APPLICATION_JSON)
public class ContentNoteResource {

    /** A topic: {@code {"code", "labelEn", "labelSr"}}; the code is 2-40 lower-case letters, digits and dashes. */
    public record ContentNoteInput(String code, String labelEn, String labelSr) {
    }

    @Inject
    ContentNotes notes;

    @GET
    @Operation(operationId = "listContentNotes",
            summary = "The content-note vocabulary: code and labels in English and Serbian, ordered by code",
            description = "Who may call it: Any signed-in caller.")
    public List<ContentNote> list() {
        return notes.list();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createContentNote",
            summary = "Add a topic to the vocabulary; a code or a label already used (in the same language) is "
            + "refused, as are empty labels",
            description = "Who may call it: The administrator; others get 404.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ContentNote")))
    public Response add(ContentNoteInput input) {
        ContentNote added = input == null ? notes.add(null, null, null)
                : notes.add(input.code(), input.labelEn(), input.labelSr());
        return Response.status(Response.Status.CREATED).entity(added).build();
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "relabelContentNote",
            summary = "Correct a topic's labels; its code never changes (the code in the body is ignored)",
            description = "Who may call it: The administrator; others get 404.")
    public ContentNote relabel(@PathParam("code") String code, ContentNoteInput input) {
        return notes.relabel(code, input == null ? null : input.labelEn(), input == null ? null : input.labelSr());
    }
}
