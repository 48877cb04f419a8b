package org.nstac.portal.report.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.nstac.portal.shared.Refusals.refusal;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nstac.portal.shared.InputRules;

/** A member who does not endorse the draft annual report says why, within the limit; one who endorses need not. */
class ReportStanceInputTest {

    @Test
    void aDissentNeedsAReasonWithinItsLimit() {
        assertEquals(List.of("report.stance.dissentReasonRequired", List.of()),
                refusal(new AnnualReports.ReportStance(false, "\t")));
        assertEquals(List.of("report.stance.dissentTooLong", List.of(AnnualReports.MAX_DISSENT)),
                refusal(new AnnualReports.ReportStance(false, "d".repeat(AnnualReports.MAX_DISSENT + 1))));
        assertEquals("Pay is missing",
                InputRules.check(new AnnualReports.ReportStance(false, " Pay is missing")).reason());
    }

    @Test
    void anEndorsementNeedsNoReason() {
        assertNull(InputRules.check(new AnnualReports.ReportStance(true, null)).reason());
    }
}
