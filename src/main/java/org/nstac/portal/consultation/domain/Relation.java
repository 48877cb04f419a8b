package org.nstac.portal.consultation.domain;

/**
 * How the person asking stands to one particular consultation. It is worked out per consultation from the
 * caller's roles and organisation (a ministry official is {@code OWNING_MINISTRY} on their own ministry's
 * consultations and {@code OTHER_MINISTRY} on every other one), and it is what {@link ConsultationRules} and
 * {@link AuthorView} decide on.
 *
 * <p>Why a relation and not the realm role: the same official may run one consultation and must not read another
 * ministry's, and the council chair is a member who also drafts the joint position. A person can hold several
 * relations at once (the chair is normally {@code CHAIR} and {@code MEMBER}); the rules then allow what any of
 * them allows.
 */
public enum Relation {
    /**
     * An official of the organisation that owns the consultation: the ministry that opened it, or the NGO or trade
     * union that asked the council for advice on it (a partner official stands where a ministry official stands).
     */
    OWNING_MINISTRY,
    /** An official of any other ministry or partner organisation: sees nothing of the consultation. */
    OTHER_MINISTRY,
    SECRETARIAT,
    /** The council chair, who drafts the council's joint position. */
    CHAIR,
    /** A council member, under their pseudonym. */
    MEMBER,
    /** A reader from an NGO, a donor or a trade union. */
    OBSERVER,
    /**
     * The portal's administrator: looks after rate card, consent texts and organisations, and has no part in
     * consultations, so sees none of the council's comments.
     */
    ADMIN;

    /** Council members and the chair: the people whose comments these are. */
    public boolean isCouncil() {
        return this == MEMBER || this == CHAIR;
    }
}
