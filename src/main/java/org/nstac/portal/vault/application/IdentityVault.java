package org.nstac.portal.vault.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.nstac.portal.shared.DomainRuleViolation;
import org.nstac.portal.vault.domain.BlindIndex;
import org.nstac.portal.vault.domain.DataKey;
import org.nstac.portal.vault.domain.FieldCipher;
import org.nstac.portal.vault.domain.MasterKeyring;
import org.nstac.portal.vault.domain.WrappedDataKey;
import org.nstac.portal.vault.infrastructure.VaultDataKeyRecord;
import org.nstac.portal.vault.infrastructure.VaultIdentityRecord;

/**
 * The identity vault: the only place a member's legal name, contacts and bank account exist, encrypted field by
 * field under the member's own data key, which the master keyring (a file outside the database) wraps.
 * <p>
 * It decides nothing about who may look: callers check their feature's policy first, and a reveal is audited by
 * the caller in the same transaction.
 */
@ApplicationScoped
public class IdentityVault {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(
            IdentityVault.class.getName());

    /** The fields a reveal may open. */
    public enum Field {
        LEGAL_NAME,
        EMAIL,
        PHONE,
        IBAN,
        EMERGENCY_CONTACT
    }

    /** A member's identity in clear. Lives only in memory, for the moment it is needed; toString shows nothing. */
    public record Identity(String legalName, String email, String phone, String iban, boolean paidThroughPartner,
            String emergencyContact) {

        /** Only the requested fields; the rest are null. */
        public Identity only(Set<Field> fields) {
            return new Identity(fields.contains(Field.LEGAL_NAME) ? legalName : null,
                    fields.contains(Field.EMAIL) ? email : null,
                    fields.contains(Field.PHONE) ? phone : null,
                    fields.contains(Field.IBAN) ? iban : null,
                    paidThroughPartner,
                    fields.contains(Field.EMERGENCY_CONTACT) ? emergencyContact : null);
        }

        @Override
        public String toString() {
            return "Identity[hidden]";
        }
    }

    public static final Set<Field> ALL_FIELDS = EnumSet.allOf(Field.class);

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "portal.vault.keyring-file")
    String keyringFile;

    /**
     * The keyring as last read from its file, with what the file looked like then. Swapped whole when a rotation here
     * writes the file, or when another node's rotation changed it (every use looks at the file's attributes first);
     * readers take one consistent keyring per use.
     */
    private volatile Loaded loaded;
    private volatile BlindIndex index;

    private record Loaded(MasterKeyring ring, Object fileKey, java.nio.file.attribute.FileTime modified, long size) {
    }
    private final FieldCipher cipher = new FieldCipher();

    /**
     * Whether a missing keyring file may be created: only in dev and test ({@code mvn -Prun}, the test stack). In
     * production a missing keyring means the wrong file or a lost one; creating a new one would seal new identities
     * under a key nobody backed up and leave every old identity unreadable, so the portal stops and says so.
     */
    @Inject
    @ConfigProperty(name = "portal.vault.create-keyring", defaultValue = "false")
    boolean createKeyring;

    @PostConstruct
    void loadKeyring() {
        Path file = Path.of(keyringFile);
        if (!createKeyring && java.nio.file.Files.notExists(file)) {
            throw new org.nstac.portal.vault.domain.KeyringException("The identity vault's master keyring "
                    + file + " does not exist. Restore it from its backup (portal.vault.keyring-file), or, for a "
                    + "new installation only, start once with portal.vault.create-keyring=true.");
        }
        MasterKeyring ring = createKeyring ? MasterKeyring.loadOrCreate(file) : MasterKeyring.load(file);
        loaded = loadedWith(ring, file);
        index = ring.blindIndex();
    }

    /** Seals and stores a new member's identity under a fresh data key. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void store(String memberRef, Identity identity) {
        String nameIndex = index.of(BlindIndex.Kind.NAME, identity.legalName());
        if (nameIndex == null) {
            // only invisible characters: not a name
            throw new DomainRuleViolation("member.admission.legalNameRequired");
        }
        DataKey key = DataKey.generate();
        WrappedDataKey wrapped = keyring().wrap(key, memberRef);
        em.persist(new VaultDataKeyRecord(memberRef, wrapped.masterKeyId(), wrapped.wrapped()));
        em.persist(new VaultIdentityRecord(memberRef, new VaultIdentityRecord.Sealed(
                cipher.encrypt(identity.legalName(), key, memberRef, "legal_name"),
                cipher.encrypt(identity.email(), key, memberRef, "email"),
                cipher.encrypt(identity.phone(), key, memberRef, "phone"),
                cipher.encrypt(identity.iban(), key, memberRef, "iban"),
                identity.paidThroughPartner(),
                cipher.encrypt(identity.emergencyContact(), key, memberRef, "emergency_contact"),
                nameIndex,
                identity.email() == null ? null : index.of(BlindIndex.Kind.EMAIL, identity.email()),
                identity.phone() == null ? null : index.of(BlindIndex.Kind.PHONE, identity.phone()),
                identity.iban() == null ? null : index.of(BlindIndex.Kind.IBAN, identity.iban()))));
    }

    /** Opens a member's identity. The caller has checked the policy and audits the opening. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Identity> open(String memberRef) {
        VaultIdentityRecord row = em.find(VaultIdentityRecord.class, memberRef);
        VaultDataKeyRecord keyRow = em.find(VaultDataKeyRecord.class, memberRef);
        if (row == null || keyRow == null) {
            return Optional.empty();
        }
        MasterKeyring ring = keyring();
        DataKey key = ring.unwrap(new WrappedDataKey(keyRow.getMasterKeyId(), keyRow.getWrappedKey()), memberRef);
        return Optional.of(new Identity(
                cipher.decrypt(row.getLegalName(), key, memberRef, "legal_name"),
                cipher.decrypt(row.getEmail(), key, memberRef, "email"),
                cipher.decrypt(row.getPhone(), key, memberRef, "phone"),
                cipher.decrypt(row.getIban(), key, memberRef, "iban"),
                row.isPaidThroughPartner(),
                cipher.decrypt(row.getEmergencyContact(), key, memberRef, "emergency_contact")));
    }

    /** One field of a member's identity, decrypted alone (the narrow door's purposes need no more). */
    @Transactional(Transactional.TxType.MANDATORY)
    Optional<String> openField(String memberRef, Field field) {
        VaultIdentityRecord row = em.find(VaultIdentityRecord.class, memberRef);
        Optional<DataKey> key = dataKeyOf(memberRef);
        if (row == null || key.isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(switch (field) {
            case LEGAL_NAME -> cipher.decrypt(row.getLegalName(), key.get(), memberRef, "legal_name");
            case EMAIL -> cipher.decrypt(row.getEmail(), key.get(), memberRef, "email");
            case PHONE -> cipher.decrypt(row.getPhone(), key.get(), memberRef, "phone");
            case IBAN -> cipher.decrypt(row.getIban(), key.get(), memberRef, "iban");
            case EMERGENCY_CONTACT -> cipher.decrypt(row.getEmergencyContact(), key.get(), memberRef,
                    "emergency_contact");
        });
    }

    /** Seals why a member was admitted below the distance rule, beside their identity. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void storeBelowRuleReason(String memberRef, String reason) {
        VaultIdentityRecord row = em.find(VaultIdentityRecord.class, memberRef);
        Optional<DataKey> key = dataKeyOf(memberRef);
        if (row == null || key.isEmpty()) {
            throw new IllegalStateException("No identity to seal the reason beside");
        }
        row.sealBelowRuleReason(reason == null || reason.isBlank() ? null
                : cipher.encrypt(reason.strip(), key.get(), memberRef, "below_rule_reason"));
    }

    /** Why the member was admitted below the distance rule, for the member's own export. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<String> belowRuleReason(String memberRef) {
        VaultIdentityRecord row = em.find(VaultIdentityRecord.class, memberRef);
        Optional<DataKey> key = dataKeyOf(memberRef);
        if (row == null || key.isEmpty() || row.getBelowRuleReason() == null) {
            return Optional.empty();
        }
        return Optional.of(cipher.decrypt(row.getBelowRuleReason(), key.get(), memberRef, "below_rule_reason"));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    byte[] sealBytes(String memberRef, String name, byte[] content) {
        DataKey key = dataKeyOf(memberRef).orElseThrow(
                () -> new IllegalStateException("No data key: the member's identity is not in the vault"));
        return cipher.encryptBytes(content, key, memberRef, name);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    Optional<byte[]> openBytes(String memberRef, String name, byte[] sealed) {
        return dataKeyOf(memberRef).map(key -> cipher.decryptBytes(sealed, key, memberRef, name));
    }

    private Optional<DataKey> dataKeyOf(String memberRef) {
        VaultDataKeyRecord keyRow = em.find(VaultDataKeyRecord.class, memberRef);
        if (keyRow == null) {
            return Optional.empty();
        }
        return Optional.of(keyring().unwrap(new WrappedDataKey(keyRow.getMasterKeyId(), keyRow.getWrappedKey()),
                memberRef));
    }

    /**
     * Crypto-shredding: the member's data key and sealed identity are deleted. Without the data key no copy of the
     * ciphertext (a backup, a replica) can ever be read again. Shredding twice is harmless.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void shred(String memberRef) {
        em.createQuery("delete from VaultIdentityRecord v where v.memberRef = :ref").setParameter("ref", memberRef)
                .executeUpdate();
        em.createQuery("delete from VaultDataKeyRecord k where k.memberRef = :ref").setParameter("ref", memberRef)
                .executeUpdate();
    }

    /** Which fields the vault holds for a member (never their values). */
    public Set<Field> fieldsHeld(String memberRef) {
        VaultIdentityRecord row = em.find(VaultIdentityRecord.class, memberRef);
        Set<Field> held = EnumSet.noneOf(Field.class);
        if (row != null) {
            held.add(Field.LEGAL_NAME);
            if (row.getEmail() != null) {
                held.add(Field.EMAIL);
            }
            if (row.getPhone() != null) {
                held.add(Field.PHONE);
            }
            if (row.getIban() != null) {
                held.add(Field.IBAN);
            }
            if (row.getEmergencyContact() != null) {
                held.add(Field.EMERGENCY_CONTACT);
            }
        }
        return held;
    }

    /** Is this e-mail address already a member's? Compared by blind index, never in clear. */
    public boolean emailInUse(String email) {
        return email != null && inUse("email_index", index.of(BlindIndex.Kind.EMAIL, email));
    }

    public boolean phoneInUse(String phone) {
        return phone != null && inUse("phone_index", index.of(BlindIndex.Kind.PHONE, phone));
    }

    private boolean inUse(String column, String digest) {
        return digest != null && !em.createNativeQuery("SELECT 1 FROM vault_identity WHERE " + column + " = ?1 LIMIT 1")
                .setParameter(1, digest).getResultList().isEmpty();
    }

    /** The master key new data keys are wrapped with (an id, not secret). */
    public String currentMasterKeyId() {
        return keyring().currentKeyId();
    }

    /** Every master key in the keyring, with how many members' data keys it wraps now (ids only, never keys). */
    public java.util.SortedMap<String, Long> dataKeysPerMasterKey() {
        java.util.SortedMap<String, Long> counts = new java.util.TreeMap<>();
        keyring().keyIds().forEach(id -> counts.put(id, 0L));
        for (Object[] row : em.createQuery(
                "select k.masterKeyId, count(k) from VaultDataKeyRecord k group by k.masterKeyId", Object[].class)
                .getResultList()) {
            counts.put((String) row[0], (Long) row[1]);
        }
        return counts;
    }

    /**
     * Saves {@code next} to the keyring file, then uses it from now on. Called only by {@link MasterKeyRotation},
     * which keeps every key that still wraps a data key.
     */
    synchronized void install(MasterKeyring next) {
        Path file = Path.of(keyringFile);
        next.save(file);
        loaded = loadedWith(next, file);
    }

    /**
     * The keyring in force: the one in memory while its file is unchanged, else the file read again. Nodes of a
     * cluster read one keyring file (on one machine, or a volume they share), so a rotation on any node reaches every
     * node at its next use of the vault, without a restart. A file that cannot be read at that moment (being replaced,
     * damaged) leaves the keyring in memory in use, and the next use tries again.
     */
    MasterKeyring keyring() {
        Loaded now = loaded;
        return changedOnDisk(now) ? reload(now).ring() : now.ring();
    }

    /** Reads the keyring file again now, whatever its attributes say (before a rotation builds on it). */
    synchronized MasterKeyring reloadFromFile() {
        Path file = Path.of(keyringFile);
        loaded = loadedWith(MasterKeyring.load(file), file);
        return loaded.ring();
    }

    private boolean changedOnDisk(Loaded known) {
        try {
            var now = java.nio.file.Files.readAttributes(Path.of(keyringFile),
                    java.nio.file.attribute.BasicFileAttributes.class);
            return !java.util.Objects.equals(now.fileKey(), known.fileKey())
                    || !now.lastModifiedTime().equals(known.modified()) || now.size() != known.size();
        } catch (java.io.IOException unreadable) {
            return false;
        }
    }

    private synchronized Loaded reload(Loaded seen) {
        if (loaded != seen) {
            return loaded;
        }
        try {
            Path file = Path.of(keyringFile);
            Loaded next = loadedWith(MasterKeyring.load(file), file);
            loaded = next;
            index = next.ring().blindIndex();
            LOG.info(() -> "Identity vault keyring changed on disk; current master key " + next.ring().currentKeyId());
            return next;
        } catch (RuntimeException unreadable) {
            LOG.warning(() -> "Identity vault keyring changed on disk but could not be read ("
                    + unreadable.getClass().getName() + "); keeping the keyring in memory");
            return seen;
        }
    }

    /** The keyring with the attributes of its file as they are now (read after the file was written or read). */
    private static Loaded loadedWith(MasterKeyring ring, Path file) {
        try {
            var attributes = java.nio.file.Files.readAttributes(file,
                    java.nio.file.attribute.BasicFileAttributes.class);
            return new Loaded(ring, attributes.fileKey(), attributes.lastModifiedTime(), attributes.size());
        } catch (java.io.IOException unreadable) {
            return new Loaded(ring, null, java.nio.file.attribute.FileTime.fromMillis(0), -1);
        }
    }

    /**
     * Rewraps up to {@code batch} data keys that are not wrapped by the current master key, in a transaction of
     * their own so that a long rotation never holds many rows locked. The data keys themselves, and so every
     * sealed field, stay as they are.
     *
     * @return how many were rewrapped; 0 when none is left
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int rewrapBatch(int batch) {
        MasterKeyring ring = keyring();
        List<VaultDataKeyRecord> stale = em.createQuery(
                "select k from VaultDataKeyRecord k where k.masterKeyId <> :current order by k.memberRef",
                VaultDataKeyRecord.class).setParameter("current", ring.currentKeyId()).setMaxResults(batch)
                .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).getResultList();
        for (VaultDataKeyRecord row : stale) {
            WrappedDataKey next = ring.rewrap(new WrappedDataKey(row.getMasterKeyId(), row.getWrappedKey()),
                    row.getMemberRef());
            row.rewrap(next.masterKeyId(), next.wrapped());
        }
        return stale.size();
    }
}
