/**
 * The append-only, hash-chained audit log of sensitive actions (admission, identity reveals and refusals, consent and
 * role changes, pause, withdrawal). Each entry carries the previous entry's hash; the verifier names the first broken
 * entry. Entries hold references only, never personal data.
 */
package org.nstac.portal.audit;
