/**
 * The council's annual report (issue 18): for a calendar year the secretariat drafts it from the portal's data
 * (consultations, comments and answers, positions and outcomes, meetings, tasks, learning, participation and its
 * spread, pay by activity), the chair writes the foreword, members endorse it or record a dissent, and the secretariat
 * publishes it; then it is public at {@code /annual-report?year=}. It reads other features through their application
 * services (the {@code *Years} classes), by opaque member reference, and shows no pseudonym and no figure that
 * describes fewer than three members.
 */
package org.nstac.portal.report;
