package org.nstac.portal.member.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.nstac.portal.member.domain.MemberProfile.ContactChannel;
import org.nstac.portal.member.domain.Participation.Status;
import org.nstac.portal.platform.Languages;

class MemberMailRecipientsTest {

    @Test
    void mailOnlyWithConsentAndEmailAsTheChosenChannel() {
        assertTrue(MemberMailRecipients.mayMail(Status.ACTIVE, true, ContactChannel.EMAIL));
        assertFalse(MemberMailRecipients.mayMail(Status.ACTIVE, false, ContactChannel.EMAIL), "consent withdrawn");
        for (ContactChannel other : new ContactChannel[] {ContactChannel.PORTAL, ContactChannel.PHONE,
            ContactChannel.THROUGH_SECRETARIAT}) {
            assertFalse(MemberMailRecipients.mayMail(Status.ACTIVE, true, other), other.name());
        }
    }

    @Test
    void aPausedMemberGetsNoMailAWithdrawnOneNever() {
        assertFalse(MemberMailRecipients.mayMail(Status.PAUSED, true, ContactChannel.EMAIL), "the pause is kept");
        assertFalse(MemberMailRecipients.mayMail(Status.WITHDRAWN, true, ContactChannel.EMAIL));
    }

    @Test
    void theMailIsInTheMembersLanguage() {
        assertEquals(Languages.SERBIAN_LATIN, MemberMailRecipients.locale("sr-Latn"));
        assertEquals(Languages.SERBIAN_LATIN, MemberMailRecipients.locale("sr"));
        assertEquals(Languages.ENGLISH, MemberMailRecipients.locale("en"));
        assertEquals(Languages.ENGLISH, MemberMailRecipients.locale(null));
        assertEquals(Languages.ENGLISH, MemberMailRecipients.locale("de"));
    }

    @Test
    void aRecipientNeverShowsItsAddress() {
        String shown = new MemberMailRecipients.Recipient("canary.zzqx@example.org", Locale.ENGLISH).toString();
        assertFalse(shown.contains("canary"), shown);
    }
}
