package org.nstac.portal.care.domain;

/** What can be done with one support request. */
public enum SupportAction {
    VIEW,
    ACKNOWLEDGE
}
