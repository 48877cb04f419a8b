/**
 * Council members under pseudonyms: admission (attestations, never evidence or a story), the login account in
 * Keycloak, pause and resume, and the reveal of a member's identity by the custodian. The identity itself lives in
 * {@code org.nstac.portal.vault}; this package only holds the opaque reference.
 */
package org.nstac.portal.member;
