/**
 * Consultations on draft laws and policies: a ministry opens one, council members comment under their
 * pseudonyms, the ministry answers every comment that reaches it, and the council's report closes the loop.
 *
 * <p>Why a feature of its own: this is the council's "two-way listening". The rules that make it two-way (no
 * consultation is answered until every comment the ministry can see has an answer) and the rules that keep
 * members safe (who sees whose pseudonym, what a report may quote) are kept here, together, so pages, API and
 * scheduled jobs cannot drift apart.
 */
package org.nstac.portal.consultation;
