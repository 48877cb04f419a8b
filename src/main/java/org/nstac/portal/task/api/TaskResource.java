package org.nstac.portal.task.api;

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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.nstac.portal.shared.DomainRuleViolation;
import org.nstac.portal.shared.NotFound;
import org.nstac.portal.task.application.TaskCatalogue;
import org.nstac.portal.task.application.TaskOffers;
import org.nstac.portal.task.application.TaskPolicy;
import org.nstac.portal.task.application.TaskReviews;
import org.nstac.portal.task.application.TaskSafetyPlans;
import org.nstac.portal.task.application.WorkLogs;
import org.nstac.portal.task.domain.TaskAction;
import org.nstac.portal.task.domain.TaskSafetyPlan;
import org.nstac.portal.task.domain.TaskSafetyRules;
import org.nstac.portal.task.infrastructure.OfferRecord;
import org.nstac.portal.task.infrastructure.TaskRecord;
import org.nstac.portal.task.infrastructure.TaskSafetyPlanStore;
import org.nstac.portal.task.infrastructure.WorkLogRecord;

/**
 * {@code /api/tasks}, {@code /api/offers}, {@code /api/fairness}: the same rules as the pages, asked of the task
 * policy by the application services. The secretariat manages tasks; a member sees and acts only on what was offered
 * to them; anyone else gets 404.
 */
@Tag(name = "Tasks")
@Path("tasks")
@Produces(MediaType.APPLICATION_JSON)
public class TaskResource {

    /**
     * A new task. {@code payBasis} is {@code HOURLY}, {@code DAILY} or {@code APPEARANCE}: what the rate card's line is
     * counted in. {@code rate} is optional: an amount per unit agreed above the card, with {@code rateReason}; without
     * it the card's rate of the work day applies. {@code currency}, if sent, must be the card's.
     */
    public record TaskInput(String title, String outcome, String kind, Long consultationId, BigDecimal estimatedHours,
            String payBasis, BigDecimal rate, String rateReason, String currency, LocalDate deadline,
            Set<String> roles, Set<String> topics, Boolean publicFacing, Boolean mediaPresent) {
    }

    /**
     * A task. {@code rate} is the agreed amount above the card (or null), {@code cardRate} the card's amount per unit
     * today, {@code unitRate} what a unit pays today.
     */
    @Schema(name = "TaskView")
    public record TaskView(long id, String title, String outcome, String kind, Long consultationId,
            BigDecimal estimatedHours, String payBasis, BigDecimal rate, String rateReason, BigDecimal cardRate,
            BigDecimal unitRate, String currency, LocalDate deadline, List<String> roles, List<String> topics,
            boolean publicFacing, boolean mediaPresent, String state,
            @Schema(description = "Whether the task exposes the member and so needs a safety plan before any offer")
            boolean safetyPlanRequired,
            @Schema(description = "Whether the task has its safety plan") boolean hasSafetyPlan,
            @Schema(description = "The safety plan (GET /api/tasks/{id} only; null in lists and while there is none)")
            TaskPlan safetyPlan) {
        static TaskView of(TaskCatalogue.PricedTask p, boolean hasPlan, TaskPlan plan) {
            TaskRecord t = p.task();
            return new TaskView(t.getId(), t.getTitle(), t.getOutcome(), t.getKind(), t.getConsultationId(),
                    t.getEstimatedHours(), t.getPayBasis().name(),
                    t.getAgreedRate() == null ? null : t.getAgreedRate().amount(), t.getRateReason(),
                    p.cardRate().amount(), p.unitRate().amount(), t.getCurrency().name(), t.getDeadline(),
                    t.getRolesNeeded(), t.getTopics(), t.isPublicFacing(), t.isMediaPresent(), t.getState().name(),
                    TaskSafetyRules.needsPlan(t.getKind(), t.isPublicFacing(), t.isMediaPresent()), hasPlan, plan);
        }
    }

    /**
     * A task's safety plan: the support person (a name or a role) and how to reach them, content notes (what the work
     * may touch on), photographs and recording (none unless said, and then only of members who agreed to
     * photographs), and the promise that the member is named only by their pseudonym. {@code supportLogin}, the
     * support person's portal account, is shown to the secretariat only.
     */
    @Schema(name = "TaskPlan")
    public record TaskPlan(String supportPersonName, String supportContact, String supportLogin, String contentNotes,
            boolean photographsAllowed, boolean recordingAllowed, boolean pseudonymOnly) {
        static TaskPlan of(TaskSafetyPlan p, String supportLogin) {
            return p == null ? null : new TaskPlan(p.supportPersonName(), p.supportContact(), supportLogin,
                    p.contentNotes(), p.photographsAllowed(), p.recordingAllowed(), p.pseudonymOnly());
        }
    }

    /**
     * A task's safety plan as the secretariat sets it: {@code supportPersonName}, {@code supportContact} and
     * {@code contentNotes} required (at most 300 characters each), {@code pseudonymOnly} must be true,
     * photographs and recording default to no; {@code supportLogin} optional: the support person's portal account,
     * whom support requests and debriefs about the task reach.
     */
    @Schema(name = "TaskPlanInput")
    public record TaskPlanInput(String supportPersonName, String supportContact, String supportLogin,
            String contentNotes, Boolean photographsAllowed, Boolean recordingAllowed, Boolean pseudonymOnly) {
    }

    public record OfferInput(String memberRef) {
    }

    public record OfferView(long id, long taskId, String memberRef, String state, Instant expiresAt,
            String reviewState, String handInNote, String handInLink) {
        static OfferView of(OfferRecord o) {
            return new OfferView(o.getId(), o.getTaskId(), o.getMemberRef(), o.getState().name(), o.getExpiresAt(),
                    o.getReviewState() == null ? null : o.getReviewState().name(), o.getHandInNote(),
                    o.getHandInLink());
        }
    }

    public record WorkLogInput(LocalDate date, String hours, String note) {
    }

    public record WorkLogView(long id, LocalDate date, BigDecimal hours, String note) {
        static WorkLogView of(WorkLogRecord w) {
            return new WorkLogView(w.getId(), w.getWorkDate(), w.getHours(), w.getNote());
        }
    }

    public record ReviewInput(String memberRef, String decision, String comment) {
    }

    @Inject
    TaskCatalogue catalogue;

    @Inject
    TaskOffers offers;

    @Inject
    WorkLogs workLogs;

    @Inject
    TaskReviews reviews;

    @Inject
    TaskPolicy policy;

    @Inject
    TaskSafetyPlans safetyPlans;

    @Inject
    TaskSafetyPlanStore planStore;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createTask",
            summary = "Create a paid task (secretariat): pay on the rate card, or agreed above it with a reason",
            description = "Who may call it: The secretariat.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "TaskView")))
    public Response create(TaskInput in) {
        policy.require(TaskAction.CREATE);
        if (in == null) {
            throw new DomainRuleViolation("task.title.required");
        }
        TaskRecord t = catalogue.create(new TaskCatalogue.NewTask(in.title(), in.outcome(), in.kind(),
                in.consultationId(), in.estimatedHours(), in.payBasis(), in.rate(), in.rateReason(), in.currency(),
                in.deadline(), in.roles(), in.topics(), Boolean.TRUE.equals(in.publicFacing()),
                Boolean.TRUE.equals(in.mediaPresent())));
        TaskCatalogue.PricedTask priced = catalogue.allPriced().stream().filter(p -> p.task().getId()
                .equals(t.getId())).findFirst().orElseThrow();
        return Response.status(Response.Status.CREATED).entity(TaskView.of(priced, false, null)).build();
    }

    @GET
    @Operation(operationId = "listTasks",
            summary = "Tasks: every task for the secretariat; for a member, those offered to them, with pay",
            description = "Who may call it: The secretariat (every task); a member (those offered to them).")
    public Object list() {
        if (policy.may(TaskAction.LIST_ALL)) {
            Set<Long> planned = planStore.tasksWithPlan();
            return catalogue.allPriced().stream().map(p -> TaskView.of(p, planned.contains(p.task().getId()), null))
                    .toList();
        }
        return offers.mine();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getTask",
            summary = "One task with its terms, whether it needs a safety plan, and its plan",
            description = "Who may call it: The secretariat; a member it was offered to.")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "TaskView")))
    public TaskView get(@PathParam("id") long id) {
        TaskCatalogue.PricedTask priced = catalogue.visiblePriced(id);
        Optional<TaskSafetyPlan> plan = safetyPlans.of(id);
        return TaskView.of(priced, plan.isPresent(), plan.map(p -> TaskPlan.of(p, supportLoginFor(id))).orElse(null));
    }

    @GET
    @Path("{id}/safety-plan")
    @Operation(operationId = "getTaskSafetyPlan",
            summary = "The task's safety plan (404 while there is none)",
            description = "Who may call it: The secretariat; a member the task was offered to.")
    public TaskPlan safetyPlan(@PathParam("id") long id) {
        return TaskPlan.of(safetyPlans.of(id).orElseThrow(NotFound::new), supportLoginFor(id));
    }

    @PUT
    @Path("{id}/safety-plan")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "setTaskSafetyPlan",
            summary = "Set the task's safety plan (required before a task that exposes the member is offered): "
            + "support person and how to reach them, content notes, photographs/recording (default none), pseudonym "
            + "use acknowledged; supportLogin: the support person's portal account",
            description = "Who may call it: The secretariat.")
    public TaskPlan setSafetyPlan(@PathParam("id") long id, TaskPlanInput in) {
        TaskSafetyPlan plan = safetyPlans.plan(id, in == null ? null : new TaskSafetyPlans.Draft(
                in.supportPersonName(), in.supportContact(), in.supportLogin(), in.contentNotes(),
                in.photographsAllowed(), in.recordingAllowed(), in.pseudonymOnly()));
        return TaskPlan.of(plan, supportLoginFor(id));
    }

    /** The support person's account, for the secretariat only: a member sees the name or role and the contact. */
    private String supportLoginFor(long id) {
        return policy.may(TaskAction.LIST_ALL) ? safetyPlans.supportLoginOf(id).orElse(null) : null;
    }

    @GET
    @Path("{id}/suggestions")
    @Operation(operationId = "listTaskSuggestions",
            summary = "Members ranked by how little they were offered and earned recently; the others with why not",
            description = "Who may call it: The secretariat.")
    public List<TaskOffers.Suggested> suggestions(@PathParam("id") long id) {
        return offers.suggestions(id);
    }

    @POST
    @Path("{id}/offers")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createOffer",
            summary = "Offer the task to an eligible member (secretariat)",
            description = "Who may call it: The secretariat.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "OfferView")))
    public Response offer(@PathParam("id") long id, OfferInput in) {
        OfferRecord o = offers.offer(id, in == null ? null : in.memberRef());
        return Response.status(Response.Status.CREATED).entity(OfferView.of(o)).build();
    }

    @GET
    @Path("{id}/offers")
    @Operation(operationId = "listOffers",
            summary = "The offers of a task (secretariat)",
            description = "Who may call it: The secretariat.")
    public List<OfferView> offers(@PathParam("id") long id) {
        return offers.offersOf(id).stream().map(OfferView::of).toList();
    }

    @POST
    @Path("{id}/worklogs")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createWorkLog",
            summary = "Log hours on an accepted task: date, hours (like 2.5), a short note about the work",
            description = "Who may call it: The member who accepted the task.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "WorkLogView")))
    public Response log(@PathParam("id") long id, WorkLogInput in) {
        policy.require(TaskAction.WORK, id);
        if (in == null) {
            throw new DomainRuleViolation("task.worklog.date.required");
        }
        WorkLogRecord w = workLogs.log(id, in.date(), in.hours(), in.note());
        return Response.status(Response.Status.CREATED).entity(WorkLogView.of(w)).build();
    }

    @GET
    @Path("{id}/worklogs")
    @Operation(operationId = "listWorkLogs",
            summary = "The hours logged: the member's own, or all for the secretariat",
            description = "Who may call it: The member (their own hours) and the secretariat (all).")
    public List<WorkLogView> logs(@PathParam("id") long id) {
        catalogue.visible(id);
        return workLogs.logsOfTask(id).stream().map(WorkLogView::of).toList();
    }

    /** What a member hands in with the work: both optional; the link only to http(s). */
    public record HandInInput(String note, String link) {
    }

    @POST
    @Path("{id}/submission")
    @Operation(operationId = "submitTaskWork",
            summary = "Hand in the work for review (the member), optionally with a note for the reviewer (at most "
            + "1,000 characters) and a link to the work (http or https, at most 500); no body hands in the work alone",
            description = "Who may call it: The member who accepted the task.")
    @org.eclipse.microprofile.openapi.annotations.parameters.RequestBody(required = false,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(name = "HandInInput",
                    type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.OBJECT, properties = {
                        @org.eclipse.microprofile.openapi.annotations.media.SchemaProperty(name = "note",
                                type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                                maxLength = 1000, description = "A note for the reviewer (optional)"),
                        @org.eclipse.microprofile.openapi.annotations.media.SchemaProperty(name = "link",
                                type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                                maxLength = 500, description = "A link to the work, http or https (optional)")})))
    @APIResponse(responseCode = "204", description = "Done; no body")
    public Response submit(@PathParam("id") long id, String body) {
        workLogs.submit(id, handIn(body));
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/review")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "reviewTaskWork",
            summary = "Accept a member's work (the ledger books it from the card) or ask for changes with a comment",
            description = "Who may call it: The secretariat.")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "TaskPayable")))
    public Response review(@PathParam("id") long id, ReviewInput in) {
        policy.require(TaskAction.REVIEW);
        if (in == null || in.decision() == null) {
            throw new DomainRuleViolation("task.review.decision");
        }
        boolean accept = switch (in.decision().strip().toUpperCase(java.util.Locale.ROOT)) {
            case "ACCEPT", "ACCEPTED" -> true;
            case "CHANGES", "CHANGES_REQUESTED" -> false;
            default -> throw new DomainRuleViolation("task.review.decision");
        };
        Optional<TaskReviews.TaskPayable> payable = reviews.review(id, in.memberRef(), accept, in.comment());
        return Response.ok(payable.orElse(null)).build();
    }

    @GET
    @Path("{id}/payables")
    @Operation(operationId = "listTaskPayables",
            summary = "What each member's accepted work on the task was booked at, and where it stands (secretariat)",
            description = "Who may call it: The secretariat.")
    public List<TaskReviews.TaskPayable> payables(@PathParam("id") long id) {
        return reviews.payablesOf(id);
    }

    @POST
    @Path("{id}/cancellation")
    @Operation(operationId = "cancelTask",
            summary = "Cancel a task: members who accepted are told; hours already logged stay payable",
            description = "Who may call it: The secretariat.")
    @APIResponse(responseCode = "204", description = "Done; no body")
    public Response cancel(@PathParam("id") long id) {
        catalogue.cancel(id);
        return Response.noContent().build();
    }

    /** The optional body: none, or an object with "note" and "link" as text. */
    static WorkLogs.HandIn handIn(String body) {
        if (body == null || body.isBlank()) {
            return WorkLogs.HandIn.NONE;
        }
        try (jakarta.json.JsonReader reader = jakarta.json.Json.createReader(new java.io.StringReader(body))) {
            jakarta.json.JsonObject in = reader.readObject();
            return new WorkLogs.HandIn(text(in, "note"), text(in, "link"));
        } catch (jakarta.json.JsonException | ClassCastException | IllegalStateException notAnObject) {
            throw new DomainRuleViolation("task.handIn.invalid");
        }
    }

    private static String text(jakarta.json.JsonObject in, String name) {
        jakarta.json.JsonValue value = in.get(name);
        if (value == null || value.getValueType() == jakarta.json.JsonValue.ValueType.NULL) {
            return null;
        }
        if (value.getValueType() != jakarta.json.JsonValue.ValueType.STRING) {
            throw new DomainRuleViolation("task.handIn.invalid");
        }
        return ((jakarta.json.JsonString) value).getString();
    }
}
