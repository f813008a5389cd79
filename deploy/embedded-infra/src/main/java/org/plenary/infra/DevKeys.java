package org.plenary.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

/**
 * The RSA key pair that signs development and test tokens. Generated at first use and kept as PEM files, so tokens
 * printed by one local run stay valid after a restart. Production verifies against its identity provider's keys.
 */
public final class DevKeys {

    public static final String ISSUER = "https://plenary.local/dev";

    private final Path privateKeyFile;
    private final Path publicKeyFile;
    private final PrivateKey privateKey;

    private DevKeys(Path privateKeyFile, Path publicKeyFile, PrivateKey privateKey) {
        this.privateKeyFile = privateKeyFile;
        this.publicKeyFile = publicKeyFile;
        this.privateKey = privateKey;
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
                Files.writeString(privateFile, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
            }
            byte[] der = Base64.getMimeDecoder().decode(Files.readString(privateFile)
                    .replaceAll("-----[A-Z ]+-----", ""));
            PrivateKey privateKey = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
            return new DevKeys(privateFile, publicFile, privateKey);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not create or read the dev JWT keys in " + directory, e);
        }
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

    public DevTokens tokens() {
        return new DevTokens(privateKey);
    }
}
