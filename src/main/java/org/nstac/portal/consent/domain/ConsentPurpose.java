package org.nstac.portal.consent.domain;

/** What a member may consent to, each separately. */
public enum ConsentPurpose {
    COUNCIL_WORK,
    QUOTING,
    PUBLIC_APPEARANCE,
    PHOTOGRAPHS,
    EMAIL_CONTACT
}
