/**
 * The identity vault: the only place a member's legal name, contact, bank details and emergency contact exist.
 * <p>
 * Members of the council are survivors of trafficking who work under pseudonyms; if their identity leaks, someone
 * may find them. Everything outside this package therefore knows a member only by an opaque reference and a
 * pseudonym. Inside, each value is encrypted field by field under a per-member data key, data keys are wrapped by a
 * master key kept in a file outside the database, and duplicates are found through keyed blind indexes instead of
 * plaintext. Deleting a member's wrapped data key makes their identity unreadable for ever (crypto-shredding).
 */
package org.nstac.portal.vault;
