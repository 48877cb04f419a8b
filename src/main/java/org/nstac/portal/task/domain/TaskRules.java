package org.nstac.portal.task.domain;

import static org.nstac.portal.task.domain.TaskAction.ANSWER_OFFER;
import static org.nstac.portal.task.domain.TaskAction.CANCEL;
import static org.nstac.portal.task.domain.TaskAction.CREATE;
import static org.nstac.portal.task.domain.TaskAction.LIST_ALL;
import static org.nstac.portal.task.domain.TaskAction.LIST_OWN;
import static org.nstac.portal.task.domain.TaskAction.OFFER;
import static org.nstac.portal.task.domain.TaskAction.READ_FAIRNESS;
import static org.nstac.portal.task.domain.TaskAction.READ_PAYABLES;
import static org.nstac.portal.task.domain.TaskAction.REVIEW;
import static org.nstac.portal.task.domain.TaskAction.SUGGEST;
import static org.nstac.portal.task.domain.TaskAction.WORK;
import static org.nstac.portal.task.domain.TaskRelation.CHAIR;
import static org.nstac.portal.task.domain.TaskRelation.MEMBER;
import static org.nstac.portal.task.domain.TaskRelation.OFFERED_MEMBER;
import static org.nstac.portal.task.domain.TaskRelation.SECRETARIAT;

import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Who may do what with paid tasks. The feature's policy, its pages and its API all ask here, so a button a page hides
 * is also refused by the API.
 *
 * <p>Why these grants:
 * <ul>
 *   <li>The secretariat runs paid work: it writes tasks, sees the fairness ranking, offers, reviews, cancels and sees
 *       what the ledger booked. Nobody else does: a member never sees whom else a task was offered to.</li>
 *   <li>The chair reads the fairness view (how offers and earnings are spread), to hold the secretariat to it, but
 *       never offers or reviews work.</li>
 *   <li>A member sees only what was offered to them, answers only their own offers (no reason asked), and logs hours
 *       and hands in work only on a task they were offered.</li>
 * </ul>
 * Anything not granted here is refused, and refused as "not found": a task a person has no part in is not there.
 */
public final class TaskRules {

    private static final Map<TaskAction, Set<TaskRelation>> GRANTS = new EnumMap<>(TaskAction.class);

    static {
        grant(SECRETARIAT, CREATE, LIST_ALL, SUGGEST, OFFER, REVIEW, CANCEL, READ_PAYABLES, READ_FAIRNESS);
        grant(CHAIR, READ_FAIRNESS);
        grant(MEMBER, LIST_OWN);
        grant(OFFERED_MEMBER, LIST_OWN, ANSWER_OFFER, WORK);
    }

    private TaskRules() {
    }

    private static void grant(TaskRelation relation, TaskAction... actions) {
        for (TaskAction action : actions) {
            GRANTS.computeIfAbsent(action, a -> EnumSet.noneOf(TaskRelation.class)).add(relation);
        }
    }

    /** Whether someone in this relation may do this. */
    public static boolean allows(TaskRelation relation, TaskAction action) {
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(action, "action");
        return GRANTS.getOrDefault(action, Set.of()).contains(relation);
    }

    /** Whether any of a person's relations allows this. */
    public static boolean allowsAny(Collection<TaskRelation> relations, TaskAction action) {
        Objects.requireNonNull(relations, "relations");
        return relations.stream().anyMatch(relation -> allows(relation, action));
    }
}
