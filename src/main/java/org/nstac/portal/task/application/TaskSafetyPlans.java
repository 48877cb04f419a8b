package org.nstac.portal.task.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.nstac.portal.audit.application.AuditLog;
import org.nstac.portal.shared.DomainRuleViolation;
import org.nstac.portal.shared.NotFound;
import org.nstac.portal.task.domain.TaskAction;
import org.nstac.portal.task.domain.TaskSafetyPlan;
import org.nstac.portal.task.domain.TaskSafetyRules;
import org.nstac.portal.task.infrastructure.TaskRecord;
import org.nstac.portal.task.infrastructure.TaskSafetyPlanStore;

/**
 * Each task's safety plan: required before a task that exposes the member is offered ({@link TaskSafetyRules}),
 * written by the secretariat (who writes the task), read by the secretariat and by the members it was offered to.
 */
@ApplicationScoped
public class TaskSafetyPlans {

    /** A plan as the API and the page send it: the yes/no answers possibly left out (no). */
    public record Draft(String supportPersonName, String supportContact, String supportLogin, String contentNotes,
            Boolean photographsAllowed, Boolean recordingAllowed, Boolean pseudonymOnly) {
    }

    /** A plan with its support person's account (secretariat only; null for members). */
    public record Shown(TaskSafetyPlan plan, String supportLogin) {
    }

    public static final String SUPPORT_LOGIN_INVALID = "task.safety.supportLogin.invalid";
    public static final String TASK_FINAL = "task.safety.taskFinal";

    /** A portal login as Keycloak accepts it: what a support person's account may be. */
    private static final Pattern LOGIN = Pattern.compile("[a-z0-9][a-z0-9._-]{0,99}");

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    TaskPolicy policy;

    @Inject
    TaskCatalogue catalogue;

    @Inject
    TaskSafetyPlanStore plans;

    @Inject
    AuditLog audit;

    /**
     * Sets or replaces the plan of a task that is not yet accepted or cancelled.
     *
     * @throws NotFound            for anyone but the secretariat, or no such task
     * @throws DomainRuleViolation with the first thing wrong in the plan; {@value #SUPPORT_LOGIN_INVALID} for text that
     *                             is no login; {@value #TASK_FINAL} on an accepted or cancelled task
     */
    @Transactional
    public TaskSafetyPlan plan(long taskId, Draft draft) {
        policy.require(TaskAction.CREATE);
        TaskRecord task = em.find(TaskRecord.class, taskId, LockModeType.PESSIMISTIC_WRITE);
        if (task == null) {
            throw new NotFound();
        }
        Draft d = draft == null ? new Draft(null, null, null, null, null, null, null) : draft;
        TaskSafetyPlan plan = new TaskSafetyPlan(d.supportPersonName(), d.supportContact(), d.contentNotes(),
                Boolean.TRUE.equals(d.photographsAllowed()), Boolean.TRUE.equals(d.recordingAllowed()),
                Boolean.TRUE.equals(d.pseudonymOnly()));
        String login = d.supportLogin() == null || d.supportLogin().isBlank() ? null
                : d.supportLogin().strip().toLowerCase(Locale.ROOT);
        if (login != null && !LOGIN.matcher(login).matches()) {
            throw new DomainRuleViolation(SUPPORT_LOGIN_INVALID);
        }
        if (task.getState().isFinal()) {
            throw new DomainRuleViolation(TASK_FINAL);
        }
        plans.replace(taskId, plan, login);
        audit.record(policy.actor(), "task.safetyPlan", "task:" + taskId, null);
        return plan;
    }

    /** The plan, to the secretariat and to the members the task was offered to; empty while there is none. */
    public Optional<TaskSafetyPlan> of(long taskId) {
        catalogue.visible(taskId);
        return plans.planOf(taskId);
    }

    /** The support person's portal account on the plan (the secretariat's form); empty when none is named. */
    public Optional<String> supportLoginOf(long taskId) {
        policy.require(TaskAction.LIST_ALL);
        return plans.supportLoginOf(taskId);
    }

    /** Whether the task needs a plan before it is offered (whoever may see the task). */
    public boolean needed(long taskId) {
        TaskRecord t = catalogue.visible(taskId);
        return TaskSafetyRules.needsPlan(t.getKind(), t.isPublicFacing(), t.isMediaPresent());
    }
}
