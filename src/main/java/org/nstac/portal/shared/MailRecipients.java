package org.nstac.portal.shared;

import java.util.Locale;
import java.util.Optional;

/**
 * Who may get a discreet e-mail, and where: the member feature decides (status, the e-mail-contact consent, the
 * chosen contact channel) and reads the one address from the vault for that one mail. The notification feature
 * asks here and holds nothing else about the member.
 */
public interface MailRecipients {

    /** An address and the language to write in; a record that never prints the address. */
    record Recipient(String address, Locale locale) {
        @Override
        public String toString() {
            return "Recipient[" + locale + "]";
        }
    }

    /** The recipient for a member's login, or empty when that member is to get no mail. */
    Optional<Recipient> find(String memberLogin);
}
