/**
 * What the integration tests share: one real stack per test run ({@link org.nstac.portal.it.PortalStack}), a real
 * browser ({@link org.nstac.portal.it.Browser}) and real tokens ({@link org.nstac.portal.it.Tokens}).
 */
package org.nstac.portal.it;
