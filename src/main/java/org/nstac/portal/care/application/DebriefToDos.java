package org.nstac.portal.care.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.nstac.portal.care.infrastructure.DebriefStore;
import org.nstac.portal.shared.MemberContext;
import org.nstac.portal.shared.ToDos;

/**
 * Debriefs offered to the member and waiting for their yes or no, on the member's dashboard, counted with one query and
 * linking to the support page where they answer. A no stays a no here (it may become a yes there, but nothing waits).
 */
@ApplicationScoped
public class DebriefToDos implements ToDos {

    /** Where the member answers. */
    public static final String PAGE = "/member/support";

    @Inject
    DebriefStore store;

    @Inject
    MemberContext member;

    @Override
    public List<ToDo> on(String area) {
        if (!"member".equals(area)) {
            return List.of();
        }
        return member.ref().map(ref -> List.of(ToDo.of("debriefs-offered", 16, "todo.member.debriefsOffered",
                store.countOffered(ref), PAGE, true))).orElse(List.of());
    }
}
