package org.nstac.portal.care.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.nstac.portal.care.domain.IncidentKind;
import org.nstac.portal.care.infrastructure.IncidentStore;

/**
 * Incidents over a period, for the annual report (issue 20: "counts go to the annual report"): how many were logged
 * with their day in the period, by kind, in the list's order (a kind with none counts 0). Counts only: no member
 * reference, no note.
 */
@ApplicationScoped
public class IncidentYears {

    @Inject
    IncidentStore store;

    /** Incidents by kind name with the day in {@code [from, to]}. */
    public Map<String, Long> between(LocalDate from, LocalDate to) {
        Map<IncidentKind, Long> counted = store.countByKind(from, to);
        Map<String, Long> out = new LinkedHashMap<>();
        for (IncidentKind kind : IncidentKind.values()) {
            out.put(kind.name(), counted.getOrDefault(kind, 0L));
        }
        return out;
    }
}
