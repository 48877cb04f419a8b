package org.nstac.portal.vault.infrastructure;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A member's data key, wrapped by a master key that never enters the database. Deleting it shreds the vault row. */
@Entity
@Table(name = "vault_data_key")
@Cacheable(false)
public class VaultDataKeyRecord {

    @Id
    @Column(name = "member_ref")
    private String memberRef;

    @Column(name = "master_key_id", nullable = false)
    private String masterKeyId;

    @Column(name = "wrapped_key", nullable = false)
    private byte[] wrappedKey;

    protected VaultDataKeyRecord() {
        // for JPA
    }

    public VaultDataKeyRecord(String memberRef, String masterKeyId, byte[] wrappedKey) {
        this.memberRef = memberRef;
        rewrap(masterKeyId, wrappedKey);
    }

    /** After master-key rotation: the same data key, wrapped by the new master key. */
    public final void rewrap(String newMasterKeyId, byte[] newWrappedKey) {
        this.masterKeyId = newMasterKeyId;
        this.wrappedKey = newWrappedKey.clone();
    }

    public String getMemberRef() {
        return memberRef;
    }

    public String getMasterKeyId() {
        return masterKeyId;
    }

    public byte[] getWrappedKey() {
        return wrappedKey.clone();
    }
}
