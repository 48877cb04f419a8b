package org.nstac.portal.member.domain;

/** What someone may try to do with members' records; {@link MemberRules} says who may. */
public enum MemberAction {
    /** Admit a new member (attestations, readiness outcome, the sealed identity, a Keycloak account). */
    ADMIT,
    /** See the list of members, by pseudonym only. */
    LIST,
    /** Read one member's record: pseudonym and participation, never the identity. */
    READ_RECORD,
    /** Open a member's identity from the vault, with a written reason. */
    REVEAL_IDENTITY,
    /** Withdraw a member for good: the identity is erased, the member becomes "Former member N". */
    WITHDRAW,
    /** Step back from council work for a while, and come back. */
    PAUSE,
    /** Change the profile: roles offered, topics, topics to avoid, hours a month, contact channel, attribution. */
    EDIT_PROFILE,
    /** Read who opened the member's identity, when and why. */
    READ_REVEAL_LOG,
    /** Download everything the portal holds about the member. */
    EXPORT
}
