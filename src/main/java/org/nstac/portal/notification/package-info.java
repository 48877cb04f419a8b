/**
 * In-portal notifications: what changed for someone (a consultation opened, a comment was answered), as a message
 * key and a link, never a name or content. Other features write them in their own transactions.
 */
package org.nstac.portal.notification;
