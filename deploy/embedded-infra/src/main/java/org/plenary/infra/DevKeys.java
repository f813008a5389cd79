package org.plenary.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Set;

/**
 * The RSA key pair that signs development and test tokens. Generated at first use and kept as PEM files, so tokens
 * printed by one local run stay valid after a restart. Production verifies against its identity provider's keys.
 */
public final class DevKeys {

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    public static final String ISSUER = "https://plenary.local/dev";

    private final Path privateKeyFile;
    private final Path publicKeyFile;
    private final PrivateKey privateKey;
    private final String sealingKeys;

    private DevKeys(Path privateKeyFile, Path publicKeyFile, PrivateKey privateKey, String sealingKeys) {
        this.privateKeyFile = privateKeyFile;
        this.publicKeyFile = publicKeyFile;
        this.privateKey = privateKey;
        this.sealingKeys = sealingKeys;
    }

    public static DevKeys loadOrCreate(Path directory) {
        Path privateFile = directory.resolve("dev-jwt-private.pem");
        Path publicFile = directory.resolve("dev-jwt-public.pem");
        try {
            if (!Files.exists(privateFile) || !Files.exists(publicFile)) {
                Files.createDirectories(directory);
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                KeyPair pair = generator.generateKeyPair();
                Files.writeString(publicFile, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
                writeForOwnerOnly(privateFile, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
            }
            Files.setPosixFilePermissions(privateFile, OWNER_ONLY);
            byte[] der = Base64.getMimeDecoder().decode(Files.readString(privateFile)
                    .replaceAll("-----[A-Z ]+-----", ""));
            PrivateKey privateKey = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
            return new DevKeys(privateFile, publicFile, privateKey, sealingKeys(directory.resolve("sealing-keys")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not create or read the dev JWT keys in " + directory, e);
        }
    }

    /** The join-link sealing key of this data folder ({@code PLENARY_SEALING_KEYS}), made at first use. */
    private static String sealingKeys(Path file) throws IOException {
        if (!Files.exists(file)) {
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            writeForOwnerOnly(file, "local1:" + Base64.getEncoder().encodeToString(key));
        }
        return Files.readString(file).strip();
    }

    /** Writes a secret (a private key, bearer tokens) readable and writable by this machine's user alone. */
    public static void writeForOwnerOnly(Path file, String secret) throws IOException {
        Files.deleteIfExists(file);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        Files.writeString(file, secret);
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    public Path publicKeyFile() {
        return publicKeyFile;
    }

    public Path privateKeyFile() {
        return privateKeyFile;
    }

    /** {@code id:base64-key}, as registration-service and notification-service read PLENARY_SEALING_KEYS. */
    public String sealingKeys() {
        return sealingKeys;
    }

    public DevTokens tokens() {
        return new DevTokens(privateKey);
    }
}
