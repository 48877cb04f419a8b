package org.nstac.portal.terms.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.nstac.portal.shared.MemberContext;
import org.nstac.portal.shared.ToDos;

/** A member who has not accepted the engagement terms in force is told on the dashboard: offers wait for it. */
@ApplicationScoped
public class TermsToDos implements ToDos {

    @Inject
    MemberContext member;

    @Inject
    TermsRegister register;

    @Override
    public List<ToDo> on(String area) {
        if (!"member".equals(area)) {
            return List.of();
        }
        return member.ref().filter(ref -> !register.acceptedCurrent(ref))
                .map(ref -> List.of(ToDo.of("terms", 0, "todo.member.terms", 1, "/member/terms", true)))
                .orElse(List.of());
    }
}
