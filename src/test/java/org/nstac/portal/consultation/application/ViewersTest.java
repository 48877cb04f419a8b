package org.nstac.portal.consultation.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nstac.portal.organisation.application.Organisations;
import org.nstac.portal.security.Role;
import org.nstac.portal.shared.MemberDirectory;

/** The demo seeding's seam: refused without demo data; with it, the viewer a demo login would be when signed in. */
class ViewersTest {

    @Test
    void actingForSomeoneIsRefusedWithoutDemoData() {
        Viewers viewers = viewers(false);
        assertThrows(IllegalStateException.class, () -> viewers.actForDemoData("justice", Role.MINISTRY));
        assertThrows(IllegalStateException.class, () -> viewers.actForDemoData("sunflower", Role.MEMBER));
    }

    @Test
    void theDemoViewerIsAMinistryOfficialForTheirMinistryOrAMemberWithTheirReference() {
        Viewers viewers = viewers(true);
        Viewer justice = viewers.actForDemoData("justice", Role.MINISTRY);
        assertEquals(Optional.of("justice"), justice.organisation());
        assertEquals(Optional.empty(), justice.memberRef());
        assertEquals(justice, viewers.current(Locale.ENGLISH), "the request's viewer from now on");

        Viewer sunflower = viewers.actForDemoData("sunflower", Role.MEMBER);
        assertEquals(Optional.of("M-SUN"), sunflower.memberRef());
        assertEquals(Set.of(Role.MEMBER), sunflower.roles());
        assertEquals(Optional.empty(), sunflower.organisation());

        Viewer oak = viewers.actForDemoData("oak", Role.CHAIR);
        assertTrue(oak.roles().containsAll(Set.of(Role.CHAIR, Role.MEMBER)), "a chair is also a member");
        assertEquals(Locale.forLanguageTag("sr-Latn"), viewers.current(Locale.forLanguageTag("sr-Latn")).locale());
    }

    private static Viewers viewers(boolean demoData) {
        Viewers viewers = new Viewers();
        viewers.demoData = demoData;
        viewers.organisations = new Organisations() {
            @Override
            public Optional<String> organisationOf(String login) {
                return "justice".equals(login) ? Optional.of("justice") : Optional.empty();
            }
        };
        viewers.memberDirectory = new MemberDirectory() {
            @Override
            public String displayName(String memberRef, Locale locale) {
                return "";
            }

            @Override
            public Map<String, String> displayNames(Collection<String> memberRefs, Locale locale) {
                return Map.of();
            }

            @Override
            public Optional<String> loginOf(String memberRef) {
                return Optional.empty();
            }

            @Override
            public List<String> loginsOf(Collection<String> memberRefs) {
                return List.of();
            }

            @Override
            public List<String> activeLogins(java.time.LocalDate day) {
                return List.of();
            }

            @Override
            public List<String> activeRefs(java.time.LocalDate day) {
                return List.of();
            }

            @Override
            public Optional<String> refOfLogin(String login) {
                return Map.of("sunflower", "M-SUN", "oak", "M-OAK").entrySet().stream()
                        .filter(e -> e.getKey().equals(login)).map(Map.Entry::getValue).findFirst();
            }
        };
        return viewers;
    }
}
