package org.nstac.portal.care.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.nstac.portal.care.infrastructure.IncidentStore;
import org.nstac.portal.shared.CouncilClock;
import org.nstac.portal.shared.ToDos;

/**
 * The incident log on the secretariat's and the chair's dashboards: follow-ups whose day has come and that nobody
 * marked done, counted with one query, linking to the log.
 */
@ApplicationScoped
public class IncidentToDos implements ToDos {

    /** Where the log is, for both roles. */
    public static final String PAGE = "/support/incidents";

    @Inject
    IncidentStore store;

    @Inject
    CouncilClock clock;

    @Override
    public List<ToDo> on(String area) {
        return switch (area) {
            case "secretariat" -> List.of(ToDo.of("incident-follow-ups", 25, "todo.secretariat.incidentFollowUps",
                    store.followUpsDue(clock.today()), PAGE, true));
            case "chair" -> List.of(ToDo.of("incident-follow-ups", 25, "todo.chair.incidentFollowUps",
                    store.followUpsDue(clock.today()), PAGE, true));
            default -> List.of();
        };
    }
}
