package org.nstac.portal.learning.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.nstac.portal.learning.application.Learning;
import org.nstac.portal.platform.Languages;
import org.nstac.portal.shared.MemberContext;
import org.nstac.portal.shared.MemberDirectory;

/** {@code /api/me/record}: the calling member's council record (learning completed). */
@org.eclipse.microprofile.openapi.annotations.tags.Tag(name = "Learning")
@Path("me/record")
@Produces(MediaType.APPLICATION_JSON)
public class MyRecordResource {

    /** The council record. */
    public record RecordJson(String memberRef, String pseudonym, List<Learning.Completion> learning) {
    }

    @Inject
    Learning learning;

    @Inject
    MemberContext member;

    @Inject
    MemberDirectory directory;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(operationId = "getMyRecord",
            description = "Who may call it: A member, for themselves.",
            summary = "My council record: the learning I completed, with the roles it added")
    public RecordJson record() {
        List<Learning.Completion> completed = learning.myRecord();
        String me = member.requireRef();
        return new RecordJson(me, directory.displayName(me,
                Languages.negotiate(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE))), completed);
    }
}
