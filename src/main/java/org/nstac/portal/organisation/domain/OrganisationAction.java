package org.nstac.portal.organisation.domain;

/** What someone may try to do with the register of organisations; {@link OrganisationRules} says who may. */
public enum OrganisationAction {
    /** See the organisations and who acts for each. */
    LIST,
    /** Add an organisation to the register. */
    REGISTER,
    /** Give an organisation new names. */
    RENAME,
    /** Link an official's login to an organisation, or take the link away. */
    LINK_OFFICIAL
}
