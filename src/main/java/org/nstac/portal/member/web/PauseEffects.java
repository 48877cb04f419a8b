package org.nstac.portal.member.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.nstac.portal.member.application.CurrentMember;
import org.nstac.portal.payment.application.Stipends;
import org.nstac.portal.platform.LanguageBean;
import org.nstac.portal.shared.CouncilClock;

/**
 * What pausing does to the money a member receives, shown before they pause: a stipend is paid for the days they take
 * part, so each day of a pause lowers that month's stipend by a day's share. Said plainly, never as a warning.
 */
@Named
@RequestScoped
public class PauseEffects {

    /** A stipend the member holds this month, and what one day of it is this month. */
    public record StipendEffect(Stipends.Stipend stipend, BigDecimal perDay) {
    }

    @Inject
    CurrentMember member;

    @Inject
    Stipends stipends;

    @Inject
    LanguageBean language;

    @Inject
    CouncilClock clock;

    private List<StipendEffect> effects;

    public List<StipendEffect> getStipends() {
        if (effects == null) {
            int days = clock.thisMonth().lengthOfMonth();
            effects = member.member().map(m -> stipends.currentOf(m.getRef(), language.getLocale()).stream()
                    .filter(s -> s.amount() != null)
                    .map(s -> new StipendEffect(s, s.amount().divide(BigDecimal.valueOf(days), 2,
                            RoundingMode.HALF_UP))).toList()).orElse(List.of());
        }
        return effects;
    }
}
