/**
 * Discreet e-mail: a member who consented to e-mail contact and chose e-mail as their channel hears that there is a
 * new message in the portal, and nothing else (no names, places, topics). Every notice to one person
 * ({@link org.nstac.portal.notification.Notifications#send}) calls
 * {@link org.nstac.portal.notification.mail.DiscreetMailer#tell} inside the feature's transaction; it leaves a request in {@code discreet_mail_request}, and the every-minute job {@code discreet-mail} sends the mail once that transaction has committed (never from the container's managed executor: see DiscreetMailer), and a failure
 * to send never undoes or breaks what was done.
 */
package org.nstac.portal.notification.mail;
