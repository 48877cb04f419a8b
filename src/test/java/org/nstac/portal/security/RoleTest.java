package org.nstac.portal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RoleTest {

    @Test
    void roleNamesAreTheRealmRoleNames() {
        assertEquals(List.of("admin", "custodian", "secretariat", "finance", "chair", "member", "ministry", "partner", "observer"),
                Role.names());
    }

    @Test
    void thePersonLandsOnTheirMostSpecificRole() {
        assertEquals(Optional.of(Role.CHAIR), Role.landing(Set.of(Role.MEMBER, Role.CHAIR)));
        assertEquals(Optional.of(Role.CUSTODIAN), Role.landing(Set.of(Role.SECRETARIAT, Role.CUSTODIAN)));
        assertEquals(Optional.of(Role.MEMBER), Role.landing(Set.of(Role.MEMBER)));
        assertEquals(Optional.empty(), Role.landing(Set.of()));
    }

    @Test
    void aPathBelongsToTheRoleOfItsFirstSegmentOnly() {
        assertEquals(Optional.of(Role.SECRETARIAT), Role.owningArea("/secretariat/dashboard"));
        assertEquals(Optional.of(Role.MEMBER), Role.owningArea("/member"));
        assertEquals(Optional.empty(), Role.owningArea("/members/dashboard"), "a prefix of another word is no area");
        assertEquals(Optional.empty(), Role.owningArea("/"));
        assertEquals(Optional.empty(), Role.owningArea("/dashboard"));
        assertEquals(Optional.empty(), Role.owningArea(null));
    }

    @Test
    void unknownGroupNamesGrantNothing() {
        assertEquals(Set.of(Role.MEMBER), Role.of(List.of("member", "offline_access", "uma_authorization", "Admin")));
        assertTrue(Role.of(List.of()).isEmpty());
    }
}
