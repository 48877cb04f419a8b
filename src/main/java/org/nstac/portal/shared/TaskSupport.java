package org.nstac.portal.shared;

import java.util.Optional;

/**
 * Who supports a member on a task, as other features may know it: the task feature answers from the task's offers and
 * safety plan. Care asks here where a member's request for support about a task goes, and whom a debrief after a task
 * reaches.
 */
public interface TaskSupport {

    /**
     * Where support about this task reaches the member.
     *
     * @return empty when the task was never offered to the member (or there is no such task): to them it is not
     *         theirs; otherwise the support person's portal login named on the task's safety plan, or
     *         {@link MeetingSupport.Reach#duty()} when there is no plan or it names no account (the secretariat's
     *         support duty answers)
     */
    Optional<MeetingSupport.Reach> forMember(long taskId, String memberRef);

    /** The tasks offered to a member that they may ask support about, the latest first: id and title. */
    java.util.List<MeetingSupport.Choice> tasksOf(String memberRef);
}
