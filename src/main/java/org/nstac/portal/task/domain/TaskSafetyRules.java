package org.nstac.portal.task.domain;

import java.util.Objects;
import java.util.Set;
import org.nstac.portal.shared.DomainRuleViolation;

/**
 * Which tasks need a safety plan before anyone is offered them, and the refusal when one is missing.
 *
 * <p>Why these: a task exposes the member when it puts them in front of people who are not the council. Speaking at
 * an event and co-facilitating a training do so by their nature, whatever the terms say; any other task does so when
 * its terms say it is public-facing or that media may be there. Such a task needs the same safety plan as a meeting
 * (support person, content notes, no photographs or recording unless said, pseudonym use) before the first offer, so
 * the member weighs the offer with the plan in front of them. Other tasks (reviewing a draft at home) may carry a plan
 * but do not need one.
 */
public final class TaskSafetyRules {

    /** The refusal of an offer of an exposing task without a plan. */
    public static final String PLAN_REQUIRED = "task.safety.required";

    /** The kinds that expose the member whatever the terms say. */
    static final Set<TaskKind> EXPOSING_KINDS = Set.of(TaskKind.SPEAK_AT_EVENT, TaskKind.CO_FACILITATE_TRAINING);

    private TaskSafetyRules() {
    }

    /** Whether a task of this kind and these flags exposes the member, and so needs a safety plan. */
    public static boolean needsPlan(TaskKind kind, boolean publicFacing, boolean mediaPresent) {
        Objects.requireNonNull(kind, "kind");
        return EXPOSING_KINDS.contains(kind) || publicFacing || mediaPresent;
    }

    /** As {@link #needsPlan(TaskKind, boolean, boolean)}, for the kind as stored (an unknown name: {@code OTHER}). */
    public static boolean needsPlan(String kind, boolean publicFacing, boolean mediaPresent) {
        TaskKind k;
        try {
            k = kind == null ? TaskKind.OTHER : TaskKind.valueOf(kind);
        } catch (IllegalArgumentException unknown) {
            k = TaskKind.OTHER;
        }
        return needsPlan(k, publicFacing, mediaPresent);
    }

    /** Whether the task may be offered, as far as its safety plan goes. */
    public static boolean mayOffer(TaskKind kind, boolean publicFacing, boolean mediaPresent, boolean hasPlan) {
        return hasPlan || !needsPlan(kind, publicFacing, mediaPresent);
    }

    /** @throws DomainRuleViolation {@value #PLAN_REQUIRED} for an exposing task without a plan */
    public static void requireCanOffer(String kind, boolean publicFacing, boolean mediaPresent, boolean hasPlan) {
        if (!hasPlan && needsPlan(kind, publicFacing, mediaPresent)) {
            throw new DomainRuleViolation(PLAN_REQUIRED);
        }
    }
}
