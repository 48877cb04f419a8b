package org.nstac.portal.payment.application;

import java.util.Collection;
import java.util.Map;

/**
 * What a bank file needs of the members it pays, and no more: the name on the account and the account, read for one
 * file. The member feature provides it (its reveal service opens the vault and writes, for every member, the reveal
 * log entry the member sees and the audit line), so the payment feature never touches the vault nor holds a whole
 * identity.
 */
public interface PayeeIdentities {

    /** A payee as the bank needs them; in memory only while one file is written. */
    record Payee(String accountName, String iban, boolean paidThroughPartner) {
        @Override
        public String toString() {
            return "Payee[hidden]";
        }
    }

    /**
     * Opens the payee details of each member for one bank file, recording a reveal with {@code reason} for each.
     * Members whose identity is erased are missing from the answer.
     */
    Map<String, Payee> forBankFile(Collection<String> memberRefs, String actor, String reason);
}
