package org.nstac.portal.vault.domain;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The master keys that wrap members' data keys, and the key behind the blind indexes, kept in a file outside the
 * database so that a database dump or backup alone reveals nobody.
 * <p>
 * Several master keys may be present, one of them current: new data keys are wrapped with the current one, older
 * ones stay so that keys wrapped before a {@link #rotate() rotation} still unwrap until {@link #rewrap rewrapped}, and
 * only then is the old key {@link #retire(String) retired}. The blind-index key never rotates with them, because
 * every stored index would otherwise stop matching. Immutable and thread-safe: changes return a new keyring that the
 * caller {@link #save saves}.
 * <p>
 * File format (a {@link Properties} text file): {@code current=<id>}, {@code key.<id>=<base64 of 32 bytes>} per
 * master key, {@code index=<base64 of 32 bytes>}.
 */
public final class MasterKeyring {

    private static final Logger LOG = Logger.getLogger(MasterKeyring.class.getName());

    private static final String CURRENT = "current";
    private static final String INDEX = "index";
    private static final String KEY_PREFIX = "key.";
    /** Fits {@code vault_data_key.master_key_id VARCHAR(40)} and needs no escaping in a properties file. */
    private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");
    private static final String DEK_LABEL = "nstac-dek";
    private static final Set<PosixFilePermission> OWNER_READ_WRITE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_ONLY_DIR = PosixFilePermissions.fromString("rwx------");

    private final Map<String, SecretKey> masterKeys;
    private final String currentKeyId;
    private final byte[] indexKey;

    private MasterKeyring(Map<String, SecretKey> masterKeys, String currentKeyId, byte[] indexKey) {
        this.masterKeys = Collections.unmodifiableMap(new LinkedHashMap<>(masterKeys));
        this.currentKeyId = currentKeyId;
        this.indexKey = indexKey.clone();
    }

    /** A new keyring with one random master key and a random index key, held only in memory until saved. */
    public static MasterKeyring generate() {
        byte[] index = Gcm.randomBytes(Gcm.KEY_BYTES);
        try {
            String id = newKeyId(Set.of());
            return new MasterKeyring(Map.of(id, newMasterKey()), id, index);
        } finally {
            Arrays.fill(index, (byte) 0);
        }
    }

    /**
     * Loads the keyring from {@code file}, or on first run generates one and writes it there, owner-only.
     * <p>
     * An existing file is never replaced: if another process creates it at the same moment, its keyring wins and
     * is loaded, because replacing a keyring that has already wrapped a data key would lose that member's identity.
     *
     * @throws KeyringException if the file exists but cannot be read or is invalid, or cannot be created
     */
    public static MasterKeyring loadOrCreate(Path file) {
        Objects.requireNonNull(file, "file");
        // notExists, not !exists: if we cannot tell (no permission), load and fail rather than overwrite.
        if (!Files.notExists(file)) {
            return load(file);
        }
        MasterKeyring created = generate();
        if (created.writeIfAbsent(file)) {
            LOG.info(() -> "Created a new identity vault master keyring at " + file
                    + "; back it up: without it no member's identity can be read");
            return created;
        }
        return load(file);
    }

    /**
     * Loads and validates the keyring in {@code file}.
     *
     * @throws KeyringException if the file is missing, unreadable, or not a complete and valid keyring
     */
    public static MasterKeyring load(Path file) {
        Objects.requireNonNull(file, "file");
        refuseIfReadableByOthers(file);
        Properties entries = readEntries(file);
        return fromEntries(entries, "Master keyring " + file);
    }

    /** Writes this keyring to {@code file} atomically, owner-only, so a crash never leaves half a keyring. */
    public void save(Path file) {
        Objects.requireNonNull(file, "file");
        try {
            Path temp = writeTemporary(file);
            try {
                try {
                    Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new KeyringException("Master keyring " + file + " could not be written", e);
        }
    }

    /** A keyring with a fresh current master key; the old keys stay so that existing wrapped keys still unwrap. */
    public MasterKeyring rotate() {
        Map<String, SecretKey> keys = new LinkedHashMap<>(masterKeys);
        String id = newKeyId(keys.keySet());
        keys.put(id, newMasterKey());
        return new MasterKeyring(keys, id, indexKey);
    }

    /**
     * A keyring without the master key {@code keyId}, for when every data key it wrapped has been rewrapped. Data keys
     * still wrapped by it become unreadable, which is also how a compromised master key is cut off.
     *
     * @throws IllegalArgumentException if {@code keyId} is the current key or not in this keyring
     */
    public MasterKeyring retire(String keyId) {
        if (currentKeyId.equals(keyId)) {
            throw new IllegalArgumentException("The current master key cannot be retired; rotate first");
        }
        if (!masterKeys.containsKey(keyId)) {
            throw new IllegalArgumentException("No master key '" + keyId + "' in this keyring");
        }
        Map<String, SecretKey> keys = new LinkedHashMap<>(masterKeys);
        keys.remove(keyId);
        return new MasterKeyring(keys, currentKeyId, indexKey);
    }

    public String currentKeyId() {
        return currentKeyId;
    }

    /** Ids of every master key held, the current one last. */
    public Set<String> keyIds() {
        return Collections.unmodifiableSet(new LinkedHashSet<>(masterKeys.keySet()));
    }

    /** Whether {@code wrapped} is already under the current key, so a rotation job can skip it. */
    public boolean isWrappedByCurrentKey(WrappedDataKey wrapped) {
        return currentKeyId.equals(wrapped.masterKeyId());
    }

    /** Wraps a member's data key with the current master key, bound to {@code memberRef}. */
    public WrappedDataKey wrap(DataKey dataKey, String memberRef) {
        Objects.requireNonNull(dataKey, "dataKey");
        byte[] aad = dekAad(memberRef);
        byte[] raw = dataKey.encoded();
        try {
            return new WrappedDataKey(currentKeyId, Gcm.seal(masterKeys.get(currentKeyId), raw, aad, 0));
        } finally {
            Arrays.fill(raw, (byte) 0);
        }
    }

    /**
     * Unwraps a member's data key with whichever master key wrapped it.
     *
     * @throws VaultCryptoException if that master key is no longer held, or the wrapped key belongs to another
     *                              member, was altered, or was wrapped by a different keyring
     */
    public DataKey unwrap(WrappedDataKey wrapped, String memberRef) {
        Objects.requireNonNull(wrapped, "wrapped");
        byte[] aad = dekAad(memberRef);
        SecretKey master = masterKeys.get(wrapped.masterKeyId());
        if (master == null) {
            throw new VaultCryptoException("The data key is wrapped by master key '" + wrapped.masterKeyId()
                    + "', which is not in the keyring");
        }
        byte[] raw = Gcm.open(master, wrapped.wrapped(), 0, aad,
                "The data key could not be unwrapped: another member's key, another keyring, or altered data");
        try {
            if (raw.length != Gcm.KEY_BYTES) {
                throw new VaultCryptoException("The unwrapped data key has the wrong length");
            }
            return DataKey.fromBytes(raw);
        } finally {
            Arrays.fill(raw, (byte) 0);
        }
    }

    /**
     * Unwraps with whatever key wrapped it and wraps again with the current key: the step between {@link #rotate()}
     * and {@link #retire(String)}, done member by member while the portal keeps running.
     */
    public WrappedDataKey rewrap(WrappedDataKey wrapped, String memberRef) {
        return wrap(unwrap(wrapped, memberRef), memberRef);
    }

    /** Blind indexes under this keyring's index key, which stays the same across rotations. */
    public BlindIndex blindIndex() {
        return new BlindIndex(indexKey);
    }

    @Override
    public String toString() {
        return "MasterKeyring[current=" + currentKeyId + ", keys=" + masterKeys.keySet() + ", key material hidden]";
    }

    private static byte[] dekAad(String memberRef) {
        return Gcm.aad(DEK_LABEL, Gcm.requirePart(memberRef, "member reference"));
    }

    private static SecretKey newMasterKey() {
        byte[] raw = Gcm.randomBytes(Gcm.KEY_BYTES);
        try {
            return new SecretKeySpec(raw, "AES");
        } finally {
            Arrays.fill(raw, (byte) 0);
        }
    }

    private static String newKeyId(Set<String> taken) {
        String id;
        do {
            id = "mk-" + HexFormat.of().formatHex(Gcm.randomBytes(4));
        } while (taken.contains(id));
        return id;
    }

    // ---- reading -------------------------------------------------------------------------------------------------

    private static Properties readEntries(Path file) {
        Properties entries = new DuplicateRefusingProperties();
        try (InputStream in = Files.newInputStream(file)) {
            entries.load(in);
            return entries;
        } catch (NoSuchFileException e) {
            throw new KeyringException("Master keyring " + file + " does not exist", e);
        } catch (IOException e) {
            throw new KeyringException("Master keyring " + file + " could not be read", e);
        } catch (DuplicateEntry e) {
            throw new KeyringException("Master keyring " + file + " has the entry '" + e.safeName + "' twice");
        } catch (IllegalArgumentException e) {
            // No cause: the parser's message may quote part of the damaged line, which may be part of a key.
            throw new KeyringException("Master keyring " + file + " is not a valid properties file");
        }
    }

    /**
     * Validates everything before building, and never quotes a value or an unknown entry's name: a damaged line may
     * be half a key, and the message ends up in logs.
     */
    private static MasterKeyring fromEntries(Properties entries, String source) {
        long unknown = entries.stringPropertyNames().stream()
                .filter(name -> !name.equals(CURRENT) && !name.equals(INDEX) && !name.startsWith(KEY_PREFIX))
                .count();
        if (unknown > 0) {
            throw new KeyringException(source + " has " + unknown + " unexpected entr" + (unknown == 1 ? "y" : "ies")
                    + "; only '" + CURRENT + "', '" + INDEX + "' and '" + KEY_PREFIX + "<id>' are allowed");
        }
        Map<String, SecretKey> keys = new TreeMap<>();
        for (String name : entries.stringPropertyNames()) {
            if (!name.startsWith(KEY_PREFIX)) {
                continue;
            }
            String id = name.substring(KEY_PREFIX.length());
            if (!KEY_ID.matcher(id).matches()) {
                throw new KeyringException(source + " has a master key entry whose id is not 1-40 letters, digits,"
                        + " '.', '_' or '-'");
            }
            byte[] raw = decodeKey(entries.getProperty(name), source, "master key '" + id + "'");
            try {
                keys.put(id, new SecretKeySpec(raw, "AES"));
            } finally {
                Arrays.fill(raw, (byte) 0);
            }
        }
        if (keys.isEmpty()) {
            throw new KeyringException(source + " holds no master key ('" + KEY_PREFIX + "<id>' entries)");
        }
        String current = entries.getProperty(CURRENT, "").strip();
        if (current.isEmpty()) {
            throw new KeyringException(source + " does not say which master key is current ('" + CURRENT + "=<id>')");
        }
        if (!KEY_ID.matcher(current).matches()) {
            throw new KeyringException(source + " has a '" + CURRENT + "' entry that is not a valid key id");
        }
        if (!keys.containsKey(current)) {
            throw new KeyringException(source + " names '" + current + "' as current but has no '" + KEY_PREFIX
                    + current + "' entry");
        }
        String index = entries.getProperty(INDEX);
        if (index == null) {
            throw new KeyringException(source + " has no blind-index key ('" + INDEX + "' entry)");
        }
        byte[] indexKey = decodeKey(index, source, "blind-index key");
        try {
            return new MasterKeyring(orderCurrentLast(keys, current), current, indexKey);
        } finally {
            Arrays.fill(indexKey, (byte) 0);
        }
    }

    private static Map<String, SecretKey> orderCurrentLast(Map<String, SecretKey> keys, String current) {
        Map<String, SecretKey> ordered = new LinkedHashMap<>(keys);
        ordered.put(current, ordered.remove(current));
        return ordered;
    }

    private static byte[] decodeKey(String value, String source, String what) {
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(value.strip());
        } catch (IllegalArgumentException e) {
            // No cause: the decoder's message quotes the offending character of the key.
            throw new KeyringException(source + ": the " + what + " is not valid base64");
        }
        if (raw.length != Gcm.KEY_BYTES) {
            int length = raw.length;
            Arrays.fill(raw, (byte) 0);
            throw new KeyringException(source + ": the " + what + " must be " + Gcm.KEY_BYTES
                    + " bytes (256 bits) in base64 but is " + length + " bytes");
        }
        return raw;
    }

    /**
     * A keyring that other users of the machine may read is no longer a secret: the portal refuses it and says how to
     * fix it, rather than run with keys that may have leaked.
     */
    private static void refuseIfReadableByOthers(Path file) {
        Set<PosixFilePermission> permissions;
        try {
            if (!isPosix(file) || !Files.exists(file)) {
                return;
            }
            permissions = Files.getPosixFilePermissions(file);
        } catch (IOException | UnsupportedOperationException e) {
            LOG.fine(() -> "Could not check the permissions of master keyring " + file);
            return;
        }
        if (!OWNER_READ_WRITE.containsAll(permissions)) {
            throw new KeyringException("Master keyring " + file + " is accessible to other users ("
                    + PosixFilePermissions.toString(permissions) + "); restrict it with chmod 600 and start again");
        }
    }

    /** Properties silently keeps the last of two equal names; in a keyring that would pick a key at random. */
    private static final class DuplicateRefusingProperties extends Properties {

        private static final long serialVersionUID = 1L;

        @Override
        public synchronized Object put(Object key, Object value) {
            if (containsKey(key)) {
                throw new DuplicateEntry(safeName(key));
            }
            return super.put(key, value);
        }

        private static String safeName(Object key) {
            String name = String.valueOf(key);
            if (name.equals(CURRENT) || name.equals(INDEX)) {
                return name;
            }
            if (name.startsWith(KEY_PREFIX) && KEY_ID.matcher(name.substring(KEY_PREFIX.length())).matches()) {
                return name;
            }
            return "(unexpected name)";
        }
    }

    /** Carries a duplicate name out of {@link Properties#load}, already reduced to what may be shown. */
    private static final class DuplicateEntry extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final String safeName;

        DuplicateEntry(String safeName) {
            super(null, null, false, false);
            this.safeName = safeName;
        }
    }

    // ---- writing -------------------------------------------------------------------------------------------------

    /** Creates {@code file} only if nothing is there, via a hard link so that it appears complete or not at all. */
    private boolean writeIfAbsent(Path file) {
        try {
            Path temp = writeTemporary(file);
            try {
                try {
                    Files.createLink(file, temp);
                    return true;
                } catch (FileAlreadyExistsException e) {
                    return false;
                } catch (UnsupportedOperationException | FileSystemException e) {
                    // No hard links on this file system; a plain move still refuses to replace an existing file.
                    try {
                        Files.move(temp, file);
                        return true;
                    } catch (FileAlreadyExistsException raced) {
                        return false;
                    }
                }
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new KeyringException("Master keyring " + file + " could not be created", e);
        }
    }

    /** Writes the keyring to an owner-only temporary file next to {@code file}, flushed to disk. */
    private Path writeTemporary(Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        boolean posix = isPosix(dir);
        if (posix) {
            Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(OWNER_ONLY_DIR));
        } else {
            Files.createDirectories(dir);
        }
        FileAttribute<?>[] attributes = posix
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_READ_WRITE)}
                : new FileAttribute<?>[0];
        Path temp = Files.createTempFile(dir, "." + file.getFileName() + "-", ".tmp", attributes);
        byte[] content = content();
        try {
            if (!posix) {
                restrictToOwner(temp);
            }
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            return temp;
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        } finally {
            Arrays.fill(content, (byte) 0);
        }
    }

    private byte[] content() {
        Base64.Encoder base64 = Base64.getEncoder();
        StringBuilder text = new StringBuilder()
                .append("# Survivors' Council Portal: identity vault master keyring.\n")
                .append("# Keep it outside the database and the repository, readable only by the portal.\n")
                .append("# Back it up: without it no member's identity can be read; with it and a dump, all can.\n")
                .append(CURRENT).append('=').append(currentKeyId).append('\n');
        for (Map.Entry<String, SecretKey> key : masterKeys.entrySet()) {
            byte[] raw = key.getValue().getEncoded();
            text.append(KEY_PREFIX).append(key.getKey()).append('=').append(base64.encodeToString(raw)).append('\n');
            Arrays.fill(raw, (byte) 0);
        }
        text.append(INDEX).append('=').append(base64.encodeToString(indexKey)).append('\n');
        return text.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static boolean isPosix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    /** Best effort where POSIX permissions do not exist (Windows): an ACL granting only the file's owner. */
    private static void restrictToOwner(Path file) {
        AclFileAttributeView acl = Files.getFileAttributeView(file, AclFileAttributeView.class);
        if (acl == null) {
            LOG.warning(() -> "Cannot restrict master keyring " + file + " to its owner on this file system");
            return;
        }
        try {
            AclEntry ownerOnly = AclEntry.newBuilder()
                    .setType(AclEntryType.ALLOW)
                    .setPrincipal(Files.getOwner(file))
                    .setPermissions(EnumSet.of(AclEntryPermission.READ_DATA, AclEntryPermission.WRITE_DATA,
                            AclEntryPermission.APPEND_DATA, AclEntryPermission.READ_ATTRIBUTES,
                            AclEntryPermission.WRITE_ATTRIBUTES, AclEntryPermission.READ_NAMED_ATTRS,
                            AclEntryPermission.WRITE_NAMED_ATTRS, AclEntryPermission.READ_ACL,
                            AclEntryPermission.WRITE_ACL, AclEntryPermission.DELETE, AclEntryPermission.SYNCHRONIZE))
                    .build();
            acl.setAcl(new ArrayList<>(List.of(ownerOnly)));
        } catch (IOException | UnsupportedOperationException e) {
            LOG.warning(() -> "Could not restrict master keyring " + file + " to its owner");
        }
    }
}
