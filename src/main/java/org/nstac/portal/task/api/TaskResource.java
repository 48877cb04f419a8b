package org.nstac.portal.task.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.nstac.portal.member.application.Members;
import org.nstac.portal.member.domain.Member;
import org.nstac.portal.member.domain.Participation;
import org.nstac.portal.security.CurrentUser;
import org.nstac.portal.security.Role;
import org.nstac.portal.shared.DomainRuleViolation;
import org.nstac.portal.task.application.Fairness;
import org.nstac.portal.task.application.Tasks;
import org.nstac.portal.task.infrastructure.OfferRecord;
import org.nstac.portal.task.infrastructure.TaskPayableRecord;
import org.nstac.portal.task.infrastructure.TaskRecord;
import org.nstac.portal.task.infrastructure.WorkLogRecord;

/**
 * {@code /api/tasks}, {@code /api/offers}, {@code /api/fairness}: the same rules as the pages. The secretariat
 * manages tasks; a member sees and acts only on what was offered to them; anyone else gets 404.
 */
@Path("tasks")
@Produces(MediaType.APPLICATION_JSON)
public class TaskResource {

    public record TaskInput(String title, String outcome, String kind, Long consultationId, BigDecimal estimatedHours,
            String payBasis, BigDecimal rate, String currency, LocalDate deadline, Set<String> roles,
            Set<String> topics, Boolean publicFacing, Boolean mediaPresent) {
    }

    public record TaskView(long id, String title, String outcome, String kind, Long consultationId,
            BigDecimal estimatedHours, String payBasis, BigDecimal rate, String currency, LocalDate deadline,
            List<String> roles, List<String> topics, boolean publicFacing, boolean mediaPresent, String state) {
        static TaskView of(TaskRecord t) {
            return new TaskView(t.getId(), t.getTitle(), t.getOutcome(), t.getKind(), t.getConsultationId(),
                    t.getEstimatedHours(), t.getPayBasis(), t.getRate(), t.getCurrency(), t.getDeadline(),
                    t.getRolesNeeded(), t.getTopics(), t.isPublicFacing(), t.isMediaPresent(), t.getState());
        }
    }

    public record OfferInput(String memberRef) {
    }

    public record OfferView(long id, long taskId, String memberRef, String state, Instant expiresAt,
            String reviewState) {
        static OfferView of(OfferRecord o) {
            return new OfferView(o.getId(), o.getTaskId(), o.getMemberRef(), o.getState(), o.getExpiresAt(),
                    o.getReviewState());
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

    public record PayableView(long id, String memberRef, BigDecimal hours, BigDecimal amount, String currency,
            boolean overEstimate, BigDecimal extraHours) {
        static PayableView of(TaskPayableRecord p) {
            return new PayableView(p.getId(), p.getMemberRef(), p.getHours(), p.getAmount(), p.getCurrency(),
                    p.isOverEstimate(), p.getExtraHours());
        }
    }

    @Inject
    Tasks tasks;

    @Inject
    TaskCaller caller;

    @Inject
    Fairness fairness;

    @Inject
    Members members;

    @Inject
    CurrentUser user;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a paid task (secretariat)")
    public Response create(TaskInput in) {
        requireSecretariat();
        if (in == null) {
            throw new DomainRuleViolation("task.title.required");
        }
        TaskRecord t = tasks.create(new Tasks.NewTask(in.title(), in.outcome(), in.kind(), in.consultationId(),
                in.estimatedHours(), in.payBasis(), in.rate(), in.currency(), in.deadline(), in.roles(), in.topics(),
                Boolean.TRUE.equals(in.publicFacing()), Boolean.TRUE.equals(in.mediaPresent())), user.getName());
        return Response.status(Response.Status.CREATED).entity(TaskView.of(t)).build();
    }

    @GET
    @Operation(summary = "Tasks: every task for the secretariat; for a member, those offered to them, with pay")
    public Object list() {
        if (user.hasRole(Role.SECRETARIAT)) {
            return tasks.all().stream().map(TaskView::of).toList();
        }
        return tasks.forMember(me().getRef());
    }

    @GET
    @Path("{id}/suggestions")
    @Operation(summary = "Members ranked by how little they were offered and earned recently; the others with why not")
    public List<Tasks.Suggested> suggestions(@PathParam("id") long id) {
        requireSecretariat();
        return tasks.suggestions(id);
    }

    @POST
    @Path("{id}/offers")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Offer the task to an eligible member (secretariat)")
    public Response offer(@PathParam("id") long id, OfferInput in) {
        requireSecretariat();
        OfferRecord o = tasks.offer(id, in == null ? null : in.memberRef(), user.getName());
        return Response.status(Response.Status.CREATED).entity(OfferView.of(o)).build();
    }

    @GET
    @Path("{id}/offers")
    @Operation(summary = "The offers of a task (secretariat)")
    public List<OfferView> offers(@PathParam("id") long id) {
        requireSecretariat();
        tasks.find(id);
        return tasks.offersOf(id).stream().map(OfferView::of).toList();
    }

    @POST
    @Path("{id}/worklogs")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Log hours on an accepted task: date, hours (like 2.5), a short note about the work")
    public Response log(@PathParam("id") long id, WorkLogInput in) {
        if (in == null) {
            throw new DomainRuleViolation("task.worklog.date.required");
        }
        WorkLogRecord w = tasks.log(id, me().getRef(), in.date(), in.hours(), in.note());
        return Response.status(Response.Status.CREATED).entity(WorkLogView.of(w)).build();
    }

    @GET
    @Path("{id}/worklogs")
    @Operation(summary = "The hours logged: the member's own, or all for the secretariat")
    public List<WorkLogView> logs(@PathParam("id") long id) {
        tasks.find(id);
        Optional<String> only = user.hasRole(Role.SECRETARIAT) ? Optional.empty() : Optional.of(me().getRef());
        if (only.isPresent() && tasks.offersOf(id).stream().noneMatch(o -> o.getMemberRef().equals(only.get()))) {
            throw new Tasks.NotFound();
        }
        return tasks.logsOfTask(id, only).stream().map(WorkLogView::of).toList();
    }

    @POST
    @Path("{id}/submission")
    @Operation(summary = "Hand in the work for review (the member)")
    public Response submit(@PathParam("id") long id) {
        tasks.submit(id, me().getRef());
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/review")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Accept a member's work (it becomes payable) or ask for changes with a comment (secretariat)")
    public Response review(@PathParam("id") long id, ReviewInput in) {
        requireSecretariat();
        if (in == null || in.decision() == null) {
            throw new DomainRuleViolation("task.review.decision");
        }
        boolean accept = switch (in.decision().strip().toUpperCase(java.util.Locale.ROOT)) {
            case "ACCEPT", "ACCEPTED" -> true;
            case "CHANGES", "CHANGES_REQUESTED" -> false;
            default -> throw new DomainRuleViolation("task.review.decision");
        };
        Optional<TaskPayableRecord> payable = tasks.review(id, in.memberRef(), accept, in.comment(), user.getName());
        return Response.ok(payable.map(PayableView::of).orElse(null)).build();
    }

    @GET
    @Path("{id}/payables")
    @Operation(summary = "The payables this task created (secretariat)")
    public List<PayableView> payables(@PathParam("id") long id) {
        requireSecretariat();
        return tasks.payablesOf(id).stream().map(PayableView::of).toList();
    }

    @POST
    @Path("{id}/cancellation")
    @Operation(summary = "Cancel a task: members who accepted are told; hours already logged stay payable")
    public Response cancel(@PathParam("id") long id) {
        requireSecretariat();
        tasks.cancel(id, user.getName());
        return Response.noContent().build();
    }

    private void requireSecretariat() {
        caller.requireSecretariat();
    }

    private Member me() {
        return caller.me();
    }
}
