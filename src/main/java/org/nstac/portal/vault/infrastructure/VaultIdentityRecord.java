package org.nstac.portal.vault.infrastructure;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A member's identity as stored: AES-256-GCM ciphertext per field and keyed HMAC blind indexes. Never decrypted
 * here, never cached in the shared cache.
 */
@Entity
@Table(name = "vault_identity")
@Cacheable(false)
public class VaultIdentityRecord {

    @Id
    @Column(name = "member_ref")
    private String memberRef;

    @Column(name = "legal_name", nullable = false)
    private byte[] legalName;

    private byte[] email;

    private byte[] phone;

    private byte[] iban;

    @Column(name = "paid_through_partner", nullable = false)
    private boolean paidThroughPartner;

    @Column(name = "emergency_contact")
    private byte[] emergencyContact;

    /** Why the member was admitted below the distance rule: about a person's history, so sealed like a field. */
    @Column(name = "below_rule_reason")
    private byte[] belowRuleReason;

    @Column(name = "legal_name_index", nullable = false)
    private String legalNameIndex;

    @Column(name = "email_index")
    private String emailIndex;

    @Column(name = "phone_index")
    private String phoneIndex;

    @Column(name = "iban_index")
    private String ibanIndex;

    protected VaultIdentityRecord() {
        // for JPA
    }

    /** Sealed fields and their indexes, in the order of the table. */
    public record Sealed(byte[] legalName, byte[] email, byte[] phone, byte[] iban, boolean paidThroughPartner,
            byte[] emergencyContact, String legalNameIndex, String emailIndex, String phoneIndex, String ibanIndex) {
    }

    public VaultIdentityRecord(String memberRef, Sealed sealed) {
        this.memberRef = memberRef;
        this.legalName = sealed.legalName();
        this.email = sealed.email();
        this.phone = sealed.phone();
        this.iban = sealed.iban();
        this.paidThroughPartner = sealed.paidThroughPartner();
        this.emergencyContact = sealed.emergencyContact();
        this.legalNameIndex = sealed.legalNameIndex();
        this.emailIndex = sealed.emailIndex();
        this.phoneIndex = sealed.phoneIndex();
        this.ibanIndex = sealed.ibanIndex();
    }

    public String getMemberRef() {
        return memberRef;
    }

    public byte[] getLegalName() {
        return legalName;
    }

    public byte[] getEmail() {
        return email;
    }

    public byte[] getPhone() {
        return phone;
    }

    public byte[] getIban() {
        return iban;
    }

    public boolean isPaidThroughPartner() {
        return paidThroughPartner;
    }

    public byte[] getBelowRuleReason() {
        return belowRuleReason;
    }

    public void sealBelowRuleReason(byte[] sealed) {
        this.belowRuleReason = sealed;
    }

    public byte[] getEmergencyContact() {
        return emergencyContact;
    }
}
