package org.plenary.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
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
    private final RSAPublicKey publicKey;
    private final String sealingKeys;

    private DevKeys(Path privateKeyFile, Path publicKeyFile, PrivateKey privateKey, RSAPublicKey publicKey,
                    String sealingKeys) {
        this.privateKeyFile = privateKeyFile;
        this.publicKeyFile = publicKeyFile;
        this.privateKey = privateKey;
        this.publicKey = publicKey;
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
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            PrivateKey privateKey = rsa.generatePrivate(new PKCS8EncodedKeySpec(der(privateFile)));
            RSAPublicKey publicKey = (RSAPublicKey) rsa.generatePublic(new X509EncodedKeySpec(der(publicFile)));
            return new DevKeys(privateFile, publicFile, privateKey, publicKey,
                    sealingKeys(directory.resolve("sealing-keys")));
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

    private static byte[] der(Path pemFile) throws IOException {
        return Base64.getMimeDecoder().decode(Files.readString(pemFile).replaceAll("-----[A-Z ]+-----", ""));
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

    public RSAPublicKey publicKey() {
        return publicKey;
    }

    /**
     * The public key as a JSON Web Key (RFC 7517), as an OpenID Connect provider publishes it at its {@code jwks_uri}:
     * kty, use, alg, kid, n and e, in that order.
     */
    public Map<String, String> publicJwk() {
        Map<String, String> jwk = new LinkedHashMap<>();
        jwk.put("kty", "RSA");
        jwk.put("use", "sig");
        jwk.put("alg", "RS256");
        jwk.put("kid", keyId());
        jwk.put("n", base64Url(publicKey.getModulus()));
        jwk.put("e", base64Url(publicKey.getPublicExponent()));
        return jwk;
    }

    /**
     * The key's id ({@code kid}): its RFC 7638 thumbprint, so that a new key (after {@code --reset}) has a new id and
     * a relying party that cached the old key set fetches it again.
     */
    public String keyId() {
        String members = "{\"e\":\"" + base64Url(publicKey.getPublicExponent()) + "\",\"kty\":\"RSA\",\"n\":\""
                + base64Url(publicKey.getModulus()) + "\"}";
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(members.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A JWK number: the unsigned big-endian bytes (no leading zero byte), base64url without padding. */
    private static String base64Url(BigInteger number) {
        byte[] bytes = number.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            bytes = Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public DevTokens tokens() {
        return new DevTokens(privateKey, keyId());
    }
}
