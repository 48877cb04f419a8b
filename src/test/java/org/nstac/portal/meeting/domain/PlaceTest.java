package org.nstac.portal.meeting.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nstac.portal.shared.DomainRuleViolation;

class PlaceTest {

    @Test
    void plainWebLinksAreAccepted() {
        for (String link : List.of("https://meet.example.org/council", "http://meet.example.org/room?pwd=abc",
                "HTTPS://Meet.Example.org/x", "https://zoom.example.com:8443/j/123#start",
                "https://192.0.2.10/room")) {
            Place.Online online = new Place.Online(link);
            assertEquals(link, online.link());
            assertTrue(online.isOnline());
            assertEquals(URI.create(link), online.uri());
        }
    }

    @Test
    void surroundingWhiteSpaceIsRemovedFromALink() {
        assertEquals("https://meet.example.org/a", new Place.Online("  https://meet.example.org/a \n").link());
    }

    @Test
    void anythingButAnHttpOrHttpsLinkWithAHostIsRefused() {
        List<String> refused = List.of(
                "javascript:alert(1)",
                "JavaScript:alert(document.cookie)",
                "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
                "ftp://files.example.org/agenda.pdf",
                "file:///etc/passwd",
                "mailto:secretariat@example.org",
                "vbscript:msgbox",
                "//meet.example.org/room",
                "meet.example.org/room",
                "https://",
                "https:///room",
                "http://:8080/room",
                "https:meet.example.org",
                "https://meet.example.org/a room",
                "https://meet.example.org\\@evil.example/",
                "https://portal.example@evil.example/",
                "https://user:secret@meet.example.org/",
                "https://meet.example.org/" + "a".repeat(Place.MAX_LINK_LENGTH),
                "",
                "   ");
        for (String link : refused) {
            DomainRuleViolation refusal = assertThrows(DomainRuleViolation.class, () -> new Place.Online(link), link);
            assertEquals("meeting.link.invalid", refusal.key(), link);
            assertEquals(List.of(), refusal.args(), "the link is never repeated: " + link);
        }
        assertEquals("meeting.link.invalid",
                assertThrows(DomainRuleViolation.class, () -> new Place.Online(null)).key());
    }

    @Test
    void aVenueIsRequiredAndKeptTidy() {
        Place.InPerson room = new Place.InPerson("  Council room \n");
        assertEquals("Council room", room.venue());
        assertFalse(room.isOnline());
        for (String blank : new String[] {null, "", "  \t"}) {
            assertEquals("meeting.venue.required",
                    assertThrows(DomainRuleViolation.class, () -> new Place.InPerson(blank)).key());
        }
        assertEquals(300, new Place.InPerson("ž".repeat(300)).venue().codePointCount(0, 300));
        DomainRuleViolation tooLong = assertThrows(DomainRuleViolation.class,
                () -> new Place.InPerson("ž".repeat(301)));
        assertEquals("meeting.venue.tooLong", tooLong.key());
        assertEquals(List.of(300), tooLong.args());
    }

    @Test
    void theFormChoosesTheKindOfPlace() {
        assertInstanceOf(Place.Online.class, Place.of(true, "https://meet.example.org/x"));
        assertInstanceOf(Place.InPerson.class, Place.of(false, "Council room"));
        assertEquals("meeting.link.invalid",
                assertThrows(DomainRuleViolation.class, () -> Place.of(true, "Council room")).key());
    }
}
