package org.nstac.portal.task.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.Set;
import org.nstac.portal.security.CurrentUser;
import org.nstac.portal.security.Role;
import org.nstac.portal.shared.MemberContext;
import org.nstac.portal.shared.MemberRef;
import org.nstac.portal.shared.NotFound;
import org.nstac.portal.task.domain.TaskAction;
import org.nstac.portal.task.domain.TaskRelation;
import org.nstac.portal.task.domain.TaskRules;

/**
 * The task feature's policy: who is asking, how they stand to tasks (and to one task), and whether {@link TaskRules}
 * lets them. The application services ask it for pages and API alike; what it refuses is "not found".
 */
@RequestScoped
public class TaskPolicy {

    @Inject
    CurrentUser user;

    @Inject
    MemberContext member;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "portal.demo-data", defaultValue = "false")
    boolean demoData;

    private String demoLogin;
    private String demoMemberRef;

    /** How the caller stands to tasks in general. */
    public Set<TaskRelation> relations() {
        Set<TaskRelation> relations = EnumSet.noneOf(TaskRelation.class);
        if (demoLogin != null) {
            relations.add(demoMemberRef == null ? TaskRelation.SECRETARIAT : TaskRelation.MEMBER);
            return relations;
        }
        if (user.hasRole(Role.SECRETARIAT)) {
            relations.add(TaskRelation.SECRETARIAT);
        }
        if (user.hasRole(Role.CHAIR)) {
            relations.add(TaskRelation.CHAIR);
        }
        if (user.hasRole(Role.MEMBER) && member.ref().isPresent()) {
            relations.add(TaskRelation.MEMBER);
        }
        return relations;
    }

    /** How the caller stands to one task: as above, and as the member it was offered to. */
    public Set<TaskRelation> relationsTo(long taskId) {
        Set<TaskRelation> relations = relations();
        if (relations.contains(TaskRelation.MEMBER) && !em.createQuery("select o.id from OfferRecord o where "
                + "o.taskId = :t and o.memberRef = :m", Long.class).setParameter("t", taskId)
                .setParameter("m", new MemberRef(memberRef())).setMaxResults(1).getResultList().isEmpty()) {
            relations.add(TaskRelation.OFFERED_MEMBER);
        }
        return relations;
    }

    public boolean may(TaskAction action) {
        return TaskRules.allowsAny(relations(), action);
    }

    public boolean may(TaskAction action, long taskId) {
        return TaskRules.allowsAny(relationsTo(taskId), action);
    }

    /** @throws NotFound when the caller may not do this */
    public void require(TaskAction action) {
        if (!may(action)) {
            throw new NotFound();
        }
    }

    /** @throws NotFound when the caller may not do this with this task */
    public void require(TaskAction action, long taskId) {
        if (!may(action, taskId)) {
            throw new NotFound();
        }
    }

    /** The signed-in person's name, for the audit trail and "entered by". */
    public String actor() {
        return demoLogin != null ? demoLogin : user.getName();
    }

    /** The calling member. @throws NotFound when the caller is not a member */
    public String memberRef() {
        if (demoLogin != null) {
            if (demoMemberRef == null) {
                throw new NotFound();
            }
            return demoMemberRef;
        }
        return member.requireRef();
    }

    /**
     * Demo data only ({@code portal.demo-data=true}), seeded at startup where nobody is signed in: for the rest of this
     * request context the seeding acts as the secretariat ({@code memberRef} null) or as the demo member with that
     * reference. Refused in any other setting, so a production portal can never use it.
     */
    public void actForDemoData(String login, String memberRef) {
        if (!demoData) {
            throw new IllegalStateException("Only the demo data acts for someone, and there is none here");
        }
        demoLogin = java.util.Objects.requireNonNull(login, "login");
        demoMemberRef = memberRef;
    }
}
