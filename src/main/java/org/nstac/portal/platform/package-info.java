/**
 * What every feature stands on: the data source and its Flyway migrations, the JAX-RS application and its error
 * bodies, security headers, the language of the interface, health checks and the portal's settings.
 */
package org.nstac.portal.platform;
