package org.nstac.portal.task.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.nstac.portal.member.application.Members;
import org.nstac.portal.member.domain.Member;
import org.nstac.portal.member.domain.Participation;
import org.nstac.portal.security.CurrentUser;
import org.nstac.portal.security.Role;
import org.nstac.portal.task.application.Tasks;

/** Who is calling the task API: the secretariat, or a member (anyone else is answered "not found"). */
@RequestScoped
public class TaskCaller {

    @Inject
    CurrentUser user;

    @Inject
    Members members;

    void requireSecretariat() {
        if (!user.hasRole(Role.SECRETARIAT)) {
            throw new Tasks.NotFound();
        }
    }

    Member me() {
        if (!user.hasRole(Role.MEMBER)) {
            throw new Tasks.NotFound();
        }
        return members.findByLogin(user.getName()).filter(m -> m.getStatus() != Participation.Status.WITHDRAWN)
                .orElseThrow(Tasks.NotFound::new);
    }
}
