package org.nstac.portal.member.application;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The word a member types to withdraw: their page's language, so a Serbian member is not asked for English. */
class WithdrawalConfirmationTest {

    @Test
    void theWordIsAcceptedInEnglishOrSerbianWithOrWithoutItsDiacritic() {
        for (String typed : new String[] {"WITHDRAW", " withdraw ", "POVLAČIM", "povlačim", "POVLACIM", "povlacim"}) {
            assertTrue(Withdrawal.confirmed(typed), typed);
        }
    }

    @Test
    void anythingElseIsNotAConfirmation() {
        for (String typed : new String[] {null, "", "yes", "WITHDRA", "POVLAC", "WITHDRAW NOW", "POVUCI"}) {
            assertFalse(Withdrawal.confirmed(typed), String.valueOf(typed));
        }
    }
}
