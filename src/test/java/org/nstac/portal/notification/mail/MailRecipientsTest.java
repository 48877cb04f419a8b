package org.nstac.portal.notification.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.nstac.portal.member.domain.MemberProfile.ContactChannel;
import org.nstac.portal.member.domain.Participation.Status;
import org.nstac.portal.platform.Languages;

class MailRecipientsTest {

    @Test
    void mailOnlyWithConsentAndEmailAsTheChosenChannel() {
        assertTrue(MailRecipients.mayMail(Status.ACTIVE, true, ContactChannel.EMAIL));
        assertFalse(MailRecipients.mayMail(Status.ACTIVE, false, ContactChannel.EMAIL), "consent withdrawn");
        for (ContactChannel other : new ContactChannel[] {ContactChannel.PORTAL, ContactChannel.PHONE,
            ContactChannel.THROUGH_SECRETARIAT}) {
            assertFalse(MailRecipients.mayMail(Status.ACTIVE, true, other), other.name());
        }
    }

    @Test
    void aPausedMemberStillHearsThatThereIsAMessageAWithdrawnOneNever() {
        assertTrue(MailRecipients.mayMail(Status.PAUSED, true, ContactChannel.EMAIL));
        assertFalse(MailRecipients.mayMail(Status.WITHDRAWN, true, ContactChannel.EMAIL));
    }

    @Test
    void theMailIsInTheMembersLanguage() {
        assertEquals(Languages.SERBIAN_LATIN, MailRecipients.locale("sr-Latn"));
        assertEquals(Languages.SERBIAN_LATIN, MailRecipients.locale("sr"));
        assertEquals(Languages.ENGLISH, MailRecipients.locale("en"));
        assertEquals(Languages.ENGLISH, MailRecipients.locale(null));
        assertEquals(Languages.ENGLISH, MailRecipients.locale("de"));
    }

    @Test
    void aRecipientNeverShowsItsAddress() {
        String shown = new MailRecipients.Recipient("canary.zzqx@example.org", Locale.ENGLISH).toString();
        assertFalse(shown.contains("canary"), shown);
    }
}
