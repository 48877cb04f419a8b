package org.nstac.portal.consultation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.nstac.portal.platform.LanguageBean;
import org.nstac.portal.shared.CouncilClock;
import org.nstac.portal.shared.DeclaredInterests;
import org.nstac.portal.shared.MemberDirectory;

/**
 * Beside the council's position, for the chair who drafts it: who stepped aside from this consultation and for which
 * interest, and the interests active members declared. {@link DeclaredInterests} answers nothing to anyone but the
 * chair and the secretariat. Read once per request.
 */
@Named
@RequestScoped
public class PositionInterests {

    /** A member by the name a page shows, and their interests. */
    public record Row(String name, List<DeclaredInterests.Interest> interests) {
    }

    /** A step-aside by the name a page shows. */
    public record Aside(String name, String organisation, String relation) {
    }

    @Inject
    ConsultationPage page;

    @Inject
    DeclaredInterests declared;

    @Inject
    MemberDirectory directory;

    @Inject
    CouncilClock clock;

    @Inject
    LanguageBean language;

    private List<Row> rows;
    private List<Aside> asides;

    public List<Row> getMembers() {
        if (rows == null) {
            List<String> refs = directory.activeRefs(clock.today());
            Map<String, List<DeclaredInterests.Interest>> of = declared.ofMembers(refs);
            Map<String, String> names = directory.displayNames(of.keySet(), language.getLocale());
            rows = new ArrayList<>();
            for (String ref : refs) {
                if (of.containsKey(ref)) {
                    rows.add(new Row(names.getOrDefault(ref, ""), of.get(ref)));
                }
            }
        }
        return rows;
    }

    public List<Aside> getStepAsides() {
        if (asides == null) {
            List<DeclaredInterests.StepAside> all = page.getId() == null ? List.of()
                    : declared.stepAsidesOn(page.getId());
            Map<String, String> names = directory.displayNames(all.stream().map(DeclaredInterests.StepAside::memberRef)
                    .toList(), language.getLocale());
            asides = all.stream().map(s -> new Aside(names.getOrDefault(s.memberRef(), ""), s.organisation(),
                    s.relation())).toList();
        }
        return asides;
    }
}
