/**
 * The vault's cryptography as plain Java, so it can be tested without a server and reasoned about in one place:
 * master keyring, per-member data keys, field encryption and blind indexes.
 * <p>
 * Nothing here logs or puts into an exception message a key, a plaintext or a ciphertext; key ids, field names
 * and lengths are the most a message reveals.
 */
package org.nstac.portal.vault.domain;
