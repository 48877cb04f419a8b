/**
 * Discreet e-mail: a member who consented to e-mail contact and chose e-mail as their channel hears that there is a
 * new message in the portal, and nothing else (no names, places, topics). Every notice to one person
 * ({@link org.nstac.portal.notification.Notifications#send}) calls
 * {@link org.nstac.portal.notification.mail.DiscreetMailer#tell} inside the feature's transaction; the mail leaves only after that transaction has committed, from a background thread, and a failure
 * to send never undoes or breaks what was done.
 */
package org.nstac.portal.notification.mail;
