/**
 * The Survivors' Council Portal: the working tool of a National Survivors of Trafficking Advisory Council.
 * <p>
 * Packages are cut by feature first ({@code member}, {@code consultation}, ...) with layers inside; {@code platform}
 * and {@code security} hold what every feature shares. Members appear everywhere under a pseudonym: no real name,
 * contact or bank detail may leave the identity vault.
 */
package org.nstac.portal;
