package org.nstac.portal.consultation.api;

import org.nstac.portal.shared.NotFound;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.nstac.portal.consultation.application.Comments;
import org.nstac.portal.consultation.application.Consultations;
import org.nstac.portal.consultation.application.Positions;
import org.nstac.portal.consultation.application.Viewer;
import org.nstac.portal.consultation.application.Viewers;
import org.nstac.portal.consultation.domain.Attribution;
import org.nstac.portal.consultation.domain.Disposition;
import org.nstac.portal.consultation.domain.ConsultationPay;
import org.nstac.portal.consultation.domain.Phase;
import org.nstac.portal.consultation.infrastructure.ConsultationRecord;
import org.nstac.portal.consultation.infrastructure.SectionRecord;
import org.nstac.portal.platform.Languages;
import org.nstac.portal.platform.Messages;
import org.nstac.portal.shared.DomainRuleViolation;

/**
 * {@code /api/consultations}: list, create, read, move through phases; sections, versions, comments and the
 * council position of one consultation. The same rules as the pages: whoever may not see a consultation gets 404.
 */
@Tag(name = "Consultations")
@Path("consultations")
@Produces(MediaType.APPLICATION_JSON)
public class ConsultationResource {

    public record SectionInput(String heading, String text, List<String> contentNotes) {
    }

    /**
     * A consultation as the ministry (or a partner asking for advice) writes it. {@code paidPreparationHours} (each
     * member who takes part may claim up to them; 3 by default), {@code draftingHours} (the chair's drafting of the
     * position) and {@code ministryPays} (the ministry funds the work, not the council's budget) are optional;
     * {@code phase}, optional on creation, is checked against the phase the writer gets ({@code DRAFT} for a
     * ministry, {@code REQUESTED} for a partner).
     */
    public record ConsultationInput(String title, String summary, String policyArea, Instant opensAt,
            Instant closesAt, Instant answersDueAt, List<String> contentNotes, List<SectionInput> sections,
            Boolean openAutomatically, java.math.BigDecimal paidPreparationHours, java.math.BigDecimal draftingHours,
            Boolean ministryPays, String phase) {
    }

    /**
     * One consultation. {@code ministry} is the owning organisation's code (a ministry, or the NGO or union that asked
     * for advice); {@code declineReason} is set only on a declined request; {@code outcome} once recorded.
     * {@code unansweredComments} and {@code overdueAnswers} (comments still unanswered after the answers-due date;
     * 0 when none is overdue) are given to those who follow the answers: the owning organisation and the secretariat.
     * {@code finalVersion} is the final version's number once published.
     */
    public record ConsultationView(long id, String ministry, String title, String summary, String policyArea,
            String phase, Instant opensAt, Instant closesAt, Instant answersDueAt, List<String> contentNotes,
            int currentVersion, Long unansweredComments, boolean openAutomatically,
            java.math.BigDecimal paidPreparationHours, java.math.BigDecimal draftingHours, boolean ministryPays,
            String declineReason, OutcomeView outcome, Long overdueAnswers, Integer finalVersion) {
    }

    /** What became of the law after the report. */
    public record OutcomeView(String outcome, String note, String link, Instant recordedAt) {
    }

    public record SectionView(long id, int number, String heading, String text, List<String> contentNotes,
            int version) {
        static SectionView of(SectionRecord s) {
            return new SectionView(s.getId(), s.getNumber(), s.getHeading(), s.getBody(), s.getContentNotes(),
                    s.getDraftVersion());
        }
    }

    /** A phase move; {@code reason} is required when the secretariat declines a request ({@code DECLINED}). */
    public record PhaseChange(String phase, String reason) {
    }

    public record VersionInput(List<SectionInput> sections) {
    }

    /** A section of the final version: as any section, with the comments whose answers led to it. */
    public record FinalSectionInput(String heading, String text, List<String> contentNotes, List<Long> ledBy) {
    }

    /** The final version: {@code {"sections": [{"heading", "text", "contentNotes", "ledBy": [commentId]}]}}. */
    public record FinalVersionInput(List<FinalSectionInput> sections) {
    }

    /** The number of the version just published: {@code {"version": 3}}. */
    @Schema(name = "PublishedVersion")
    public record PublishedVersion(int version) {
    }

    public record CommentInput(Long sectionId, Long parentId, String body, String attribution) {
        @Override
        public String toString() {
            return "CommentInput[hidden]";
        }
    }

    public record PositionInput(String text) {
    }

    public record StanceInput(Boolean endorse, String reason) {
    }

    public record AnswerInput(String disposition, String reason, Long changedSectionId) {
    }

    @Inject
    Consultations consultations;

    @Inject
    Comments comments;

    @Inject
    Positions positions;

    @Inject
    Viewers viewers;

    @Inject
    org.nstac.portal.consultation.application.Documents documents;

    @Inject
    org.nstac.portal.consultation.application.ConsultationReports reports;

    @Inject
    Messages messages;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(operationId = "listConsultations",
            summary = "The consultations the caller may see",
            description = "Who may call it: Any signed-in caller; each sees only the consultations their role may see.")
    public List<ConsultationView> list() {
        Viewer viewer = viewer();
        return consultations.list(viewer).stream().map(c -> view(c, viewer)).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createConsultation",
            summary = "Create a consultation in DRAFT (ministry official, for their own ministry), or ask the "
            + "council for advice: REQUESTED (partner official of an NGO or union, for their own organisation)",
            description = "Who may call it: A ministry official, for their own ministry; a partner official (NGO or "
            + "union), for their own organisation, with phase REQUESTED.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ConsultationView")))
    public Response create(ConsultationInput input) {
        Viewer viewer = viewer();
        ConsultationRecord c = consultations.create(draft(input), input == null || input.phase() == null ? null
                : phase(new PhaseChange(input.phase(), null)), viewer);
        return Response.status(Response.Status.CREATED).entity(view(c, viewer)).build();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getConsultation",
            summary = "One consultation",
            description = "Who may call it: Whoever may see the consultation.")
    public ConsultationView one(@PathParam("id") long id) {
        Viewer viewer = viewer();
        return view(consultations.visible(id, viewer), viewer);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "editConsultation",
            summary = "Change a consultation while it is a DRAFT (owning ministry)",
            description = "Who may call it: An official of the owning ministry, while the consultation is a DRAFT.")
    public ConsultationView edit(@PathParam("id") long id, ConsultationInput input) {
        Viewer viewer = viewer();
        return view(consultations.edit(id, draft(input), viewer), viewer);
    }

    @POST
    @Path("{id}/phase")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "moveConsultationPhase",
            summary = "Move to the next phase: {\"phase\": \"OPEN\"} (owning ministry or secretariat); the "
            + "secretariat accepts a request for advice with {\"phase\": \"DRAFT\"} or declines it with "
            + "{\"phase\": \"DECLINED\", \"reason\": ...}",
            description = "Who may call it: An official of the owning ministry or partner organisation, or the "
            + "secretariat (which alone accepts or declines a request for advice).")
    public ConsultationView phase(@PathParam("id") long id, PhaseChange change) {
        Viewer viewer = viewer();
        return view(consultations.move(id, phase(change), change.reason(), viewer), viewer);
    }

    @PUT
    @Path("{id}/phase")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "moveConsultationPhaseByPut",
            summary = "As POST: move to the next phase",
            description = "Who may call it: An official of the owning ministry, or the secretariat.")
    public ConsultationView phasePut(@PathParam("id") long id, PhaseChange change) {
        return phase(id, change);
    }

    /** What became of the law: {@code {"outcome": "ADOPTED"|"AMENDED"|"WITHDRAWN"|"PENDING", "note", "link"}}. */
    public record OutcomeInput(String outcome, String note, String link) {
    }

    @PUT
    @Path("{id}/outcome")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordConsultationOutcome",
            description = "Who may call it: An official of the owning ministry or partner organisation, once the "
            + "report is published.",
            summary = "Record what became of the law after the report: ADOPTED, AMENDED, WITHDRAWN or PENDING, "
            + "with an optional note and web link (owning ministry or partner, once the report is published); "
            + "members who commented are told")
    public ConsultationView outcome(@PathParam("id") long id, OutcomeInput input) {
        Viewer viewer = viewer();
        var outcome = org.nstac.portal.consultation.domain.Outcome.parse(input == null ? null : input.outcome());
        return view(consultations.recordOutcome(id, outcome, input.note(), input.link(), viewer), viewer);
    }

    @GET
    @Path("{id}/sections")
    @Operation(operationId = "listConsultationSections",
            summary = "The sections of the current draft version, or of ?version=N",
            description = "Who may call it: Whoever may see the consultation.")
    public List<SectionView> sections(@PathParam("id") long id, @QueryParam("version") Integer version) {
        return consultations.sections(id, version, viewer()).stream().map(SectionView::of).toList();
    }

    @POST
    @Path("{id}/versions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "publishConsultationVersion",
            summary = "Publish a revised draft as the next version (owning ministry)",
            description = "Who may call it: An official of the owning ministry.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "PublishedVersion")))
    public Response publishVersion(@PathParam("id") long id, VersionInput input) {
        int version = consultations.publishVersion(id, sections(input == null ? null : input.sections()),
                viewer());
        return Response.status(Response.Status.CREATED).entity(new PublishedVersion(version)).build();
    }

    @POST
    @Path("{id}/final-version")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "publishFinalVersion",
            summary = "Publish the final version of the text once the consultation is CLOSED: it ends commenting "
            + "and new versions for good; each section may name in ledBy the comments whose answers (ACCEPTED or "
            + "PARTLY_ACCEPTED) led to it. Answers the changes since the consulted text",
            description = "Who may call it: An official of the owning ministry or partner organisation, while the "
            + "consultation is CLOSED and has no final version yet.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "FinalVersion")))
    public Response publishFinal(@PathParam("id") long id, FinalVersionInput input) {
        List<Consultations.FinalSection> sections = input == null || input.sections() == null ? List.of()
                : input.sections().stream().map(s -> s == null ? null : new Consultations.FinalSection(
                        new Consultations.SectionText(s.heading(), s.text(), s.contentNotes()), s.ledBy())).toList();
        if (sections.contains(null)) {
            throw new DomainRuleViolation("consultation.section.headingRequired");
        }
        var published = consultations.publishFinal(id, sections, viewer());
        return Response.status(Response.Status.CREATED).entity(published).build();
    }

    @GET
    @Path("{id}/final-version")
    @Operation(operationId = "getFinalVersion",
            summary = "The final version: its number, the consulted version it is compared with, and section by "
            + "section what changed, with the comments that led to each change",
            description = "Who may call it: Whoever may see the consultation, once a final version is published.")
    public Consultations.FinalVersion finalVersion(@PathParam("id") long id) {
        return consultations.finalVersion(id, viewer());
    }

    public record DocumentView(long id, String fileName, long size, Instant uploadedAt) {
        static DocumentView of(org.nstac.portal.consultation.infrastructure.DocumentRecord d) {
            return new DocumentView(d.getId(), d.getFileName(), d.getSizeBytes(), d.getUploadedAt());
        }
    }

    @POST
    @Path("{id}/documents")
    @Consumes({"application/pdf", MediaType.APPLICATION_OCTET_STREAM})
    @Operation(operationId = "attachConsultationDocument",
            summary = "Attach a supporting PDF (owning ministry); ?name= gives the file name shown",
            description = "Who may call it: An official of the owning ministry.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "DocumentView")))
    public Response attach(@PathParam("id") long id, @QueryParam("name") String name, java.io.InputStream body)
            throws java.io.IOException {
        var document = documents.attach(id, name, body, viewer());
        return Response.status(Response.Status.CREATED).entity(DocumentView.of(document)).build();
    }

    @GET
    @Path("{id}/documents")
    @Operation(operationId = "listConsultationDocuments",
            summary = "The supporting documents",
            description = "Who may call it: Whoever may see the consultation.")
    public List<DocumentView> documents(@PathParam("id") long id) {
        return documents.of(id, viewer()).stream().map(DocumentView::of).toList();
    }

    @GET
    @Path("{id}/documents/{documentId}")
    @Produces("application/pdf")
    @Operation(operationId = "downloadConsultationDocument",
            summary = "One supporting document",
            description = "Who may call it: Whoever may see the consultation.")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = "application/pdf",
                    schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response document(@PathParam("id") long id, @PathParam("documentId") long documentId) {
        var download = documents.download(id, documentId, viewer());
        return Response.ok(download.content(), "application/pdf").header("Content-Disposition",
                "attachment; filename=\"document-" + documentId + ".pdf\"").build();
    }

    @GET
    @Path("{id}/versions")
    @Operation(operationId = "listConsultationVersions",
            summary = "The draft versions, oldest first",
            description = "Who may call it: Whoever may see the consultation.")
    public List<Consultations.Version> versions(@PathParam("id") long id) {
        return consultations.versions(id, viewer());
    }

    @GET
    @Path("{id}/versions/{version}/changes")
    @Operation(operationId = "listVersionChanges",
            summary = "What a version changed, section by section, with the comments that led to each change",
            description = "Who may call it: Whoever may see the consultation.")
    public List<Consultations.Change> changes(@PathParam("id") long id, @PathParam("version") int version) {
        return consultations.changes(id, version, viewer());
    }

    @GET
    @Path("{id}/comments")
    @Operation(operationId = "listConsultationComments",
            summary = "The comments the caller may see, a page at a time (oldest first, or thread by thread)",
            description = "Who may call it: Whoever may see the "
                    + "consultation; each sees the comments their role may see. With threads=true a page holds "
                    + "size whole threads (a comment with all its replies), those on the whole draft first, then "
                    + "section by section in the text's order, each reply directly after the comment it answers; "
                    + "total then counts threads. To read a long consultation through, oldest first, pass the "
                    + "page's nextAfterId as afterId for the page that follows (instead of page): each page then costs what "
                    + "the first does.")
    public CommentJson.Page commentPage(@PathParam("id") long id, @QueryParam("sectionId") Long sectionId,
            @QueryParam("unanswered") @DefaultValue("false") boolean unanswered,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size,
            @QueryParam("threads") @DefaultValue("false") boolean threads, @QueryParam("afterId") Long afterId) {
        Viewer viewer = viewer();
        if (threads) {
            Comments.ThreadPage found = comments.threads(id, sectionId, unanswered, page, size, viewer);
            List<Comments.CommentView> ordered = org.nstac.portal.consultation.domain.CommentThreads.arrange(
                    found.comments(), Comments.CommentView::id, Comments.CommentView::parentId).stream()
                    .map(org.nstac.portal.consultation.domain.CommentThreads.Placed::comment).toList();
            return new CommentJson.Page(ordered.stream().map(c -> CommentJson.label(c, viewer, messages)).toList(),
                    found.threads(), found.page(), found.size(), null);
        }
        Comments.Page found = comments.page(id, sectionId, unanswered, page, size, afterId, viewer);
        return new CommentJson.Page(found.comments().stream().map(c -> CommentJson.label(c, viewer, messages))
                .toList(), found.total(), found.page(), found.size(), found.nextAfterId());
    }

    @POST
    @Path("{id}/comments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createComment",
            summary = "Comment on a section or the whole draft, or reply (council member, while OPEN)",
            description = "Who may call it: A council member "
                    + "with council-work consent, while the consultation is OPEN.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "CommentJson")))
    public Response comment(@PathParam("id") long id, CommentInput input) {
        if (input == null) {
            throw new DomainRuleViolation("consultation.comment.empty");
        }
        Viewer viewer = viewer();
        var posted = comments.post(id, input.sectionId(), input.parentId(), input.body(),
                attribution(input.attribution()), viewer);
        return Response.status(Response.Status.CREATED).entity(CommentJson.created(posted, viewer)).build();
    }

    @GET
    @Path("{id}/position")
    @Operation(operationId = "getCouncilPosition",
            summary = "The council position, as the caller may see it",
            description = "Who may call it: Whoever may see the consultation, once the position may be read by them.")
    public Positions.PositionView position(@PathParam("id") long id) {
        return positions.of(id, viewer()).orElseThrow(NotFound::new);
    }

    @PUT
    @Path("{id}/position")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "draftCouncilPosition",
            summary = "Draft or redraft the council position (chair, before it is submitted)",
            description = "Who may call it: The chair, before the position is submitted.")
    public Positions.PositionView draftPosition(@PathParam("id") long id, PositionInput input) {
        Viewer viewer = viewer();
        positions.draft(id, input == null ? null : input.text(), viewer);
        return positions.of(id, viewer).orElseThrow();
    }

    @POST
    @Path("{id}/position/stances")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordPositionStance",
            summary = "Endorse the position, or record a dissent with a short reason (council member)",
            description = "Who may call it: A council member.")
    public Positions.PositionView stance(@PathParam("id") long id, StanceInput input) {
        Viewer viewer = viewer();
        positions.stance(id, input != null && Boolean.TRUE.equals(input.endorse()),
                input == null ? null : input.reason(), viewer);
        return positions.of(id, viewer).orElseThrow();
    }

    @POST
    @Path("{id}/position/submission")
    @Operation(operationId = "submitCouncilPosition",
            summary = "Submit the position to the ministry (chair)",
            description = "Who may call it: The chair.")
    public Positions.PositionView submitPosition(@PathParam("id") long id) {
        Viewer viewer = viewer();
        positions.submit(id, viewer);
        return positions.of(id, viewer).orElseThrow();
    }

    @PUT
    @Path("{id}/position/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "answerCouncilPosition",
            summary = "Answer the submitted council position (owning ministry)",
            description = "Who may call it: An official of the owning ministry.")
    public Positions.PositionView answerPosition(@PathParam("id") long id, AnswerInput input) {
        Viewer viewer = viewer();
        positions.answer(id, disposition(input), input == null ? null : input.reason(), viewer);
        return positions.of(id, viewer).orElseThrow();
    }

    @GET
    @Path("{id}/report.pdf")
    @Produces("application/pdf")
    @Operation(operationId = "downloadConsultationReportPdf",
            summary = "The consultation report as PDF (once it may be read)",
            description = "Who may call it: Whoever may read the consultation's report.")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = "application/pdf",
                    schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response reportPdf(@PathParam("id") long id) {
        var report = reports.report(id, viewer());
        jakarta.ws.rs.core.StreamingOutput body = out -> org.nstac.portal.consultation.report.ReportPdf.write(report, out);
        return Response.ok(body, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"consultation-" + id + ".pdf\"").build();
    }

    @GET
    @Path("{id}/report.csv")
    @Produces("text/csv")
    @Operation(operationId = "downloadConsultationReportCsv",
            summary = "The consultation report as CSV; cells that could start a formula are neutralised",
            description = "Who may call it: Whoever may read the consultation's report.")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response reportCsv(@PathParam("id") long id) {
        var report = reports.report(id, viewer());
        jakarta.ws.rs.core.StreamingOutput body = out ->
                org.nstac.portal.consultation.report.ReportCsv.writeForSpreadsheets(report, out);
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"consultation-" + id + ".csv\"").build();
    }

    private ConsultationView view(ConsultationRecord c, Viewer viewer) {
        var unanswered = consultations.unanswered(c, viewer);
        return new ConsultationView(c.getId(), c.getOrganisationCode(), c.getTitle(), c.getSummary(),
                c.getPolicyArea(), c.getPhase().name(), c.getOpensAt(), c.getClosesAt(), c.getAnswersDueAt(),
                c.getContentNotes(), c.getCurrentVersion(), unanswered.orElse(null),
                c.isOpeningScheduled(), c.getPay().preparationHours(), c.getPay().draftingHours(),
                c.getPay().ministryPays(), c.getDeclineReason().orElse(null), c.getOutcome().map(o -> new OutcomeView(o,
                        c.getOutcomeNote(), c.getOutcomeLink(), c.getOutcomeAt())).orElse(null),
                consultations.overdueAnswers(c, unanswered).orElse(null), c.getFinalVersionNumber());
    }

    private Viewer viewer() {
        return viewers.current(Languages.negotiate(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)));
    }

    private static final java.math.BigDecimal DEFAULT_PREPARATION = new java.math.BigDecimal("3");
    private static final java.math.BigDecimal DEFAULT_DRAFTING = new java.math.BigDecimal("6");

    static Consultations.Draft draft(ConsultationInput input) {
        if (input == null) {
            throw new DomainRuleViolation("consultation.title.required");
        }
        boolean anyPay = input.paidPreparationHours() != null || input.draftingHours() != null
                || input.ministryPays() != null;
        return new Consultations.Draft(input.title(), input.summary(), input.policyArea(), input.opensAt(),
                input.closesAt(), input.answersDueAt(), input.contentNotes(), sections(input.sections()),
                Boolean.TRUE.equals(input.openAutomatically()), anyPay ? new ConsultationPay(
                        input.paidPreparationHours() == null ? DEFAULT_PREPARATION : input.paidPreparationHours(),
                        input.draftingHours() == null ? DEFAULT_DRAFTING : input.draftingHours(),
                        Boolean.TRUE.equals(input.ministryPays())) : null);
    }

    static List<Consultations.SectionText> sections(List<SectionInput> sections) {
        if (sections == null) {
            return List.of();
        }
        return sections.stream().map(s -> s == null ? null
                : new Consultations.SectionText(s.heading(), s.text(), s.contentNotes())).toList();
    }

    static Phase phase(PhaseChange change) {
        try {
            return Phase.valueOf(change.phase().strip().toUpperCase(Locale.ROOT));
        } catch (RuntimeException unknown) {
            throw new DomainRuleViolation("consultation.phase.unknown");
        }
    }

    static Attribution attribution(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Attribution.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new DomainRuleViolation("consultation.comment.attributionUnknown");
        }
    }

    static Disposition disposition(AnswerInput input) {
        if (input == null || input.disposition() == null) {
            return null;
        }
        try {
            return Disposition.valueOf(input.disposition().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new DomainRuleViolation("consultation.answer.dispositionUnknown");
        }
    }
}
