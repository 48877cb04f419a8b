/**
 * The terms' services: publishing a version, a member's acceptance (audited), the standing the secretariat sees, and
 * {@link org.nstac.portal.shared.EngagementTerms} for the features that offer work or invite members.
 */
package org.nstac.portal.terms.application;
