package org.nstac.portal.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nstac.portal.shared.ToDos;
import org.nstac.portal.shared.ToDos.ToDo;

/**
 * A role's dashboard as a to-do list: every feature's {@link ToDos} lines for that role, gathered once per request
 * (the page asks several times while it renders), what waits for the person first, then in each feature's order.
 * Only for a role the caller holds: the role area already answers 404 to anyone else, and this asks again.
 */
@Named("dashboard")
@RequestScoped
public class Dashboard {

    private static final Comparator<ToDo> WAITING_FIRST = Comparator.comparing((ToDo t) -> !t.urgent())
            .thenComparingInt(ToDo::order);

    @Inject
    Instance<ToDos> sources;

    @Inject
    CurrentUser user;

    private final Map<String, List<ToDo>> lines = new HashMap<>();

    /** The lines of the dashboard of {@code area}, counted once for this request. */
    public List<ToDo> lines(String area) {
        return lines.computeIfAbsent(area, this::gather);
    }

    /** How many lines of {@code area} wait for the person now. */
    public long waiting(String area) {
        return lines(area).stream().filter(ToDo::urgent).count();
    }

    private List<ToDo> gather(String area) {
        if (Role.fromName(area).filter(user::hasRole).isEmpty()) {
            return List.of();
        }
        List<ToDo> all = new ArrayList<>();
        for (ToDos source : sources) {
            all.addAll(source.on(area));
        }
        all.sort(WAITING_FIRST);
        return List.copyOf(all);
    }
}
