package org.nstac.portal.member.domain;

import static org.nstac.portal.member.domain.MemberAction.ADMIT;
import static org.nstac.portal.member.domain.MemberAction.EDIT_PROFILE;
import static org.nstac.portal.member.domain.MemberAction.EXPORT;
import static org.nstac.portal.member.domain.MemberAction.LIST;
import static org.nstac.portal.member.domain.MemberAction.PAUSE;
import static org.nstac.portal.member.domain.MemberAction.READ_RECORD;
import static org.nstac.portal.member.domain.MemberAction.READ_REVEAL_LOG;
import static org.nstac.portal.member.domain.MemberAction.REVEAL_IDENTITY;
import static org.nstac.portal.member.domain.MemberAction.WITHDRAW;
import static org.nstac.portal.member.domain.MemberRelation.CHAIR;
import static org.nstac.portal.member.domain.MemberRelation.CUSTODIAN;
import static org.nstac.portal.member.domain.MemberRelation.SECRETARIAT;
import static org.nstac.portal.member.domain.MemberRelation.SELF;

import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Who may do what with members' records. The feature's policy, its pages and its API all ask here, so a page that
 * hides a button and the API that refuses the same call cannot drift apart.
 *
 * <p>Why these grants:
 * <ul>
 *   <li>The secretariat admits members, lists them by pseudonym, reads a member's record (never the identity) and,
 *       at the member's request, withdraws them.</li>
 *   <li>The identity custodian is the only role that opens an identity, always with a reason; to choose whose, it
 *       lists members and reads their records. Not even an administrator may open one.</li>
 *   <li>The chair sees who is on the council (pseudonyms only), to plan its work with the secretariat.</li>
 *   <li>A member sees no other member's record: members know each other by pseudonym from the council's work, not
 *       from a directory.</li>
 *   <li>A member, for their own record, may do everything that is theirs to decide at any moment: step back and
 *       come back, change what they offer, see who opened their identity and why, download their data, and leave
 *       the council for good.</li>
 * </ul>
 * Anything not granted here is refused, and refused as "not found": a record a person has no part in is not there.
 */
public final class MemberRules {

    private static final Map<MemberAction, Set<MemberRelation>> GRANTS = new EnumMap<>(MemberAction.class);

    static {
        grant(SECRETARIAT, ADMIT, LIST, READ_RECORD, WITHDRAW);
        grant(CUSTODIAN, LIST, READ_RECORD, REVEAL_IDENTITY);
        grant(CHAIR, LIST);
        grant(SELF, READ_RECORD, PAUSE, EDIT_PROFILE, READ_REVEAL_LOG, EXPORT, WITHDRAW);
    }

    private MemberRules() {
    }

    private static void grant(MemberRelation relation, MemberAction... actions) {
        for (MemberAction action : actions) {
            GRANTS.computeIfAbsent(action, a -> EnumSet.noneOf(MemberRelation.class)).add(relation);
        }
    }

    /** Whether someone in this relation may do this. */
    public static boolean allows(MemberRelation relation, MemberAction action) {
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(action, "action");
        return GRANTS.getOrDefault(action, Set.of()).contains(relation);
    }

    /** Whether any of a person's relations allows this. */
    public static boolean allowsAny(Collection<MemberRelation> relations, MemberAction action) {
        Objects.requireNonNull(relations, "relations");
        return relations.stream().anyMatch(relation -> allows(relation, action));
    }
}
