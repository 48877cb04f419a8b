/**
 * Informed consent per purpose (council work, being quoted, public appearances, photographs, e-mail contact), given
 * against a versioned text in English and Serbian. Withdrawing is as easy as giving and takes effect at once; a new
 * text version needs fresh consent before the purpose is used again. Records are appended, never changed.
 */
package org.nstac.portal.consent;
