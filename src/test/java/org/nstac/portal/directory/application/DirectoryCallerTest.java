package org.nstac.portal.directory.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nstac.portal.directory.domain.DirectoryPolicy.Visitor;
import org.nstac.portal.security.Role;

/** How a caller's sign-in and roles become their relations to the directory. */
class DirectoryCallerTest {

    @Test
    void aVisitorWhoIsNotSignedInIsAnonymousWhateverElse() {
        assertEquals(Set.of(Visitor.ANONYMOUS), DirectoryCaller.of(false, List.of()));
        assertEquals(Set.of(Visitor.ANONYMOUS), DirectoryCaller.of(false, List.of(Role.SECRETARIAT)));
    }

    @Test
    void everyRoleHeldIsARelationAndEveryRoleHasOne() {
        assertEquals(EnumSet.of(Visitor.SECRETARIAT, Visitor.CUSTODIAN),
                DirectoryCaller.of(true, List.of(Role.CUSTODIAN, Role.SECRETARIAT)));
        for (Role role : Role.values()) {
            assertEquals(Set.of(Visitor.valueOf(role.name())), DirectoryCaller.of(true, List.of(role)), role.name());
        }
    }

    @Test
    void aSignedInPersonWithoutAKnownRoleReadsLikeAnyone() {
        assertEquals(Set.of(Visitor.ANONYMOUS), DirectoryCaller.of(true, List.of()));
    }
}
