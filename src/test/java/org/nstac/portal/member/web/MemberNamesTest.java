package org.nstac.portal.member.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.nstac.portal.member.domain.Pseudonym;
import org.nstac.portal.platform.Languages;
import org.nstac.portal.platform.Messages;

class MemberNamesTest {

    private final Messages messages = new Messages();

    @Test
    void anErasedMemberIsAFormerMemberInTheReadersLanguage() {
        String stored = Pseudonym.formerMember(1204).value();
        assertEquals("Former member 1204", MemberNames.display(stored, Locale.ENGLISH, messages));
        assertEquals("Bivši član 1204", MemberNames.display(stored, Languages.SERBIAN_LATIN, messages));
    }

    @Test
    void aPseudonymIsShownAsChosen() {
        assertEquals("Sunflower", MemberNames.display("Sunflower", Languages.SERBIAN_LATIN, messages));
        assertEquals("Former member", MemberNames.display("Former member", Locale.ENGLISH, messages));
        assertEquals("", MemberNames.display(null, Locale.ENGLISH, messages));
    }
}
