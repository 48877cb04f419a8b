package org.nstac.portal.payment.domain;

/** The standing roles a monthly stipend may be paid for. */
public enum StipendRole {
    CHAIR,
    DEPUTY_CHAIR,
    WORKING_GROUP_LEAD,
    PEER_SUPPORT_COORDINATOR
}
