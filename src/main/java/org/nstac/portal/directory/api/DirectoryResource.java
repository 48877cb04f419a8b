package org.nstac.portal.directory.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.nstac.portal.directory.application.Directory;
import org.nstac.portal.directory.application.DirectoryCaller;
import org.nstac.portal.directory.domain.ListedEntry;

/**
 * The directory of support services. Reading is public: no token needed (web.xml leaves {@code /api/directory}
 * open, and the bearer mechanism asks for no token where nothing is protected), no session, nothing recorded about
 * who reads. Writing is the secretariat's ({@code DirectoryPolicy}); anyone else, signed in or not, gets 404.
 */
@Tag(name = "Directory")
@Path("directory")
@Produces(MediaType.APPLICATION_JSON)
public class DirectoryResource {

    @Inject
    Directory directory;

    @Inject
    DirectoryCaller caller;

    @GET
    @Operation(operationId = "listDirectoryEntries",
            summary = "The directory of support services (public, no token): listed entries by organisation, "
            + "filtered by service (LEGAL, SHELTER, HEALTH, PSYCHOSOCIAL, EMPLOYMENT, UNION, OTHER), area and "
            + "language (a tag such as sr, en, rom); stale = last checked more than six months ago",
            description = "Who may call it: Anyone, with or without a token.")
    public List<DirectoryJson.Entry> list(@QueryParam("service") String service, @QueryParam("area") String area,
            @QueryParam("language") String language) {
        return directory.listed(caller.visitors(), Directory.Filter.parse(service, area, language)).stream()
                .map(DirectoryJson.Entry::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createDirectoryEntry",
            summary = "Add an entry (secretariat): organisation, services, languages, area, phone, email, "
            + "website (http or https only), hours, description {en, sr}; checked today",
            description = "Who may call it: The secretariat.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Entry")))
    public Response add(DirectoryJson.Input in) {
        ListedEntry added = directory.add(caller.visitors(), caller.login(), input(in).draft());
        return Response.status(Response.Status.CREATED).entity(DirectoryJson.Entry.of(added)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeDirectoryEntry",
            summary = "Replace an entry's details (secretariat); the last check stays as it was",
            description = "Who may call it: The secretariat.")
    public DirectoryJson.Entry change(@PathParam("id") long id, DirectoryJson.Input in) {
        return DirectoryJson.Entry.of(directory.change(caller.visitors(), caller.login(), id, input(in).draft()));
    }

    @POST
    @Path("{id}/check")
    @Operation(operationId = "checkDirectoryEntry",
            summary = "Record that the secretariat confirmed the entry's details today",
            description = "Who may call it: The secretariat.")
    public DirectoryJson.Entry check(@PathParam("id") long id) {
        return DirectoryJson.Entry.of(directory.markChecked(caller.visitors(), caller.login(), id));
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "removeDirectoryEntry",
            summary = "Remove an entry from the directory (secretariat)",
            description = "Who may call it: The secretariat.")
    @APIResponse(responseCode = "204", description = "Done; no body")
    public Response remove(@PathParam("id") long id) {
        directory.remove(caller.visitors(), caller.login(), id);
        return Response.noContent().build();
    }

    private static DirectoryJson.Input input(DirectoryJson.Input in) {
        return in == null ? new DirectoryJson.Input(null, null, null, null, null, null, null, null, null) : in;
    }
}
