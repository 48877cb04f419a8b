package org.nstac.portal.consultation.api;

import org.nstac.portal.shared.DomainRuleViolation;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.nstac.portal.consultation.application.Comments;
import org.nstac.portal.consultation.application.Viewer;
import org.nstac.portal.consultation.application.Viewers;
import org.nstac.portal.consultation.domain.PersonalDetailsCheck;
import org.nstac.portal.platform.Languages;

/** {@code /api/comments/{id}}: edit or withdraw one's own comment, report one, hide one, answer one. */
@Tag(name = "Consultations")
@Path("comments")
@Produces(MediaType.APPLICATION_JSON)
public class CommentResource {

    public record HideInput(String reason) {
    }

    public record CheckInput(String body) {
        @Override
        public String toString() {
            return "CheckInput[hidden]";
        }
    }

    public record CheckResult(List<String> personalDetails) {
    }

    @Inject
    Comments comments;

    @Inject
    Viewers viewers;

    @Context
    HttpHeaders headers;

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "editComment",
            summary = "Edit one's own comment while the consultation is OPEN (the earlier text is kept)",
            description = "Who may call it: The comment's author, while the consultation is OPEN.")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "CommentJson")))
    public Response edit(@PathParam("id") long id, ConsultationResource.CommentInput input) {
        Viewer viewer = viewer();
        var edited = comments.edit(id, input == null ? null : input.body(),
                input == null ? null : ConsultationResource.attribution(input.attribution()), viewer);
        return Response.ok(CommentJson.created(edited, viewer)).build();
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "withdrawComment",
            summary = "Withdraw one's own comment while the consultation is OPEN",
            description = "Who may call it: The comment's author, while the consultation is OPEN.")
    @APIResponse(responseCode = "204", description = "Done; no body")
    public Response withdraw(@PathParam("id") long id) {
        comments.withdraw(id, viewer());
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/report")
    @Operation(operationId = "reportComment",
            summary = "Ask the secretariat to look at a comment (council member)",
            description = "Who may call it: A council member who can see the comment.")
    @APIResponse(responseCode = "204", description = "Done; no body")
    public Response report(@PathParam("id") long id) {
        comments.report(id, viewer());
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/hiding")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "hideComment",
            summary = "Hide a comment with a reason (secretariat); the author is told",
            description = "Who may call it: The secretariat.")
    @APIResponse(responseCode = "204", description = "Done; no body")
    public Response hide(@PathParam("id") long id, HideInput input) {
        comments.hide(id, input == null ? null : input.reason(), viewer());
        return Response.noContent().build();
    }

    @PUT
    @Path("{id}/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "answerComment",
            summary = "Answer a comment with a disposition and a reason (owning ministry)",
            description = "Who may call it: An official of the ministry that owns the consultation.")
    public Comments.AnswerView answer(@PathParam("id") long id, ConsultationResource.AnswerInput input) {
        var answer = comments.answer(id, ConsultationResource.disposition(input),
                input == null ? null : input.reason(), input == null ? null : input.changedSectionId(), viewer());
        return new Comments.AnswerView(answer.getDisposition(), answer.getReason(), answer.getChangedSectionId(),
                answer.getAnsweredAt());
    }

    @POST
    @Path("{id}/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "answerCommentByPost",
            summary = "As PUT: answer a comment",
            description = "Who may call it: An official of the ministry that owns the consultation.")
    public Comments.AnswerView answerPost(@PathParam("id") long id, ConsultationResource.AnswerInput input) {
        return answer(id, input);
    }

    @POST
    @Path("check")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "checkCommentText",
            summary = "The gentle check before posting: does the text look like it holds personal details?",
            description = "Who may call it: A council member, before posting.")
    public CheckResult check(CheckInput input) {
        viewer();
        String body = input == null || input.body() == null ? "" : input.body();
        if (body.length() > PersonalDetailsCheck.MAX_INPUT) {
            // Far beyond any comment: refused before it is read.
            throw new DomainRuleViolation("consultation.comment.tooLong",
                    org.nstac.portal.consultation.domain.CommentBody.MAX_LENGTH);
        }
        return new CheckResult(PersonalDetailsCheck.findIn(body).stream().map(Enum::name).sorted().toList());
    }

    private Viewer viewer() {
        return viewers.current(Languages.negotiate(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)));
    }
}
