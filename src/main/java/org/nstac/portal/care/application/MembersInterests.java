package org.nstac.portal.care.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nstac.portal.care.infrastructure.InterestRecord;
import org.nstac.portal.shared.DeclaredInterests;

/** Declared interests as other features show them (task offers, the council's position): through {@link Interests}. */
@ApplicationScoped
@Transactional
public class MembersInterests implements DeclaredInterests {

    @Inject
    Interests interests;

    @Override
    public Map<String, List<Interest>> ofMembers(Collection<String> memberRefs) {
        Map<String, List<Interest>> out = new LinkedHashMap<>();
        for (InterestRecord r : interests.recordsOfMembers(memberRefs)) {
            var i = r.interest();
            out.computeIfAbsent(r.getMemberRef(), k -> new ArrayList<>())
                    .add(new Interest(i.organisation(), i.relation().name()));
        }
        return out;
    }

    @Override
    public List<StepAside> stepAsidesOn(long consultationId) {
        return interests.stepAsideRecordsOn(consultationId).stream().map(s -> new StepAside(s.getMemberRef(),
                s.interest().organisation(), s.interest().relation().name())).toList();
    }
}
