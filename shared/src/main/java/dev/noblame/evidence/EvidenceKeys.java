package dev.noblame.evidence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The Ed25519 key pair that signs checkpoints, kept as two PEM files in one directory:
 * {@value #PRIVATE_FILE} (PKCS#8, readable by the owner only where the file system allows)
 * and {@value #PUBLIC_FILE} (X.509 SubjectPublicKeyInfo, the one to hand to auditors:
 * {@code openssl pkey -pubin -in evidence-ed25519.pub -text} reads it). After a
 * {@link #rotate rotation} the retired public keys stay beside them as
 * {@code evidence-ed25519-<key id>.pub}, so checkpoints they signed still verify.
 */
public final class EvidenceKeys {
    public static final String PRIVATE_FILE = "evidence-ed25519.key";
    public static final String PUBLIC_FILE = "evidence-ed25519.pub";
    static final String ALGORITHM = "Ed25519";

    private EvidenceKeys() {
    }

    public static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this Java runtime has no Ed25519 (needs Java 15 or later)", e);
        }
    }

    /** The key pair in {@code dir}; generated and saved there first when the directory has none. */
    public static KeyPair loadOrCreate(Path dir) {
        if (Files.exists(dir.resolve(PRIVATE_FILE))) {
            return load(dir);
        }
        KeyPair pair = generate();
        save(pair, dir);
        return pair;
    }

    public static KeyPair load(Path dir) {
        PublicKey publicKey = loadPublicKey(dir.resolve(PUBLIC_FILE));
        Path file = dir.resolve(PRIVATE_FILE);
        try {
            PrivateKey privateKey = KeyFactory.getInstance(ALGORITHM)
                    .generatePrivate(new PKCS8EncodedKeySpec(pem(file, "PRIVATE KEY")));
            return new KeyPair(publicKey, privateKey);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException(file + ": not an Ed25519 PKCS#8 private key (" + e.getMessage() + ")", e);
        }
    }

    public static PublicKey loadPublicKey(Path file) {
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(pem(file, "PUBLIC KEY")));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException(file + ": not an Ed25519 X.509 public key (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Replaces the signing key: the current public key is kept as a retired one, the current
     * private key is deleted (it must sign nothing more), and a new pair is saved. Use it when
     * the private key may have leaked; checkpoints already made keep verifying.
     */
    public static KeyPair rotate(Path dir) {
        KeyPair current = load(dir);
        try {
            Files.move(dir.resolve(PUBLIC_FILE), dir.resolve("evidence-ed25519-" + keyId(current.getPublic()) + ".pub"));
            Files.delete(dir.resolve(PRIVATE_FILE));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot retire the evidence key in " + dir + ": " + e.getMessage(), e);
        }
        KeyPair next = generate();
        save(next, dir);
        return next;
    }

    /** The current public key and every retired one in {@code dir}: what a verifier should trust. */
    public static List<PublicKey> trustedPublicKeys(Path dir) {
        List<PublicKey> keys = new ArrayList<>();
        try (DirectoryStream<Path> retired = Files.newDirectoryStream(dir, "evidence-ed25519-*.pub")) {
            for (Path file : retired) {
                keys.add(loadPublicKey(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the evidence keys in " + dir + ": " + e.getMessage(), e);
        }
        if (Files.exists(dir.resolve(PUBLIC_FILE))) {
            keys.add(loadPublicKey(dir.resolve(PUBLIC_FILE)));
        }
        return keys;
    }

    /** Writes both files; refuses to overwrite an existing key, which would orphan every checkpoint it signed. */
    public static void save(KeyPair pair, Path dir) {
        try {
            Files.createDirectories(dir);
            Path privateFile = dir.resolve(PRIVATE_FILE);
            if (Files.exists(privateFile)) {
                throw new FileAlreadyExistsException(privateFile.toString(), null, "an evidence key exists already");
            }
            Files.writeString(dir.resolve(PUBLIC_FILE), toPem("PUBLIC KEY", pair.getPublic().getEncoded()),
                    StandardCharsets.US_ASCII);
            Files.createFile(privateFile);
            try {
                Files.setPosixFilePermissions(privateFile, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the directory's ACL is what protects the key
            }
            Files.writeString(privateFile, toPem("PRIVATE KEY", pair.getPrivate().getEncoded()),
                    StandardCharsets.US_ASCII, StandardOpenOption.TRUNCATE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the evidence key in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** First 16 hex digits of SHA-256 over the X.509 encoding: names the key in each checkpoint. */
    public static String keyId(PublicKey key) {
        return HexFormat.of().formatHex(EvidenceChain.sha256().digest(key.getEncoded())).substring(0, 16);
    }

    static String toPem(String label, byte[] der) {
        return "-----BEGIN " + label + "-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + label + "-----\n";
    }

    private static byte[] pem(Path file, String label) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        String begin = "-----BEGIN " + label + "-----";
        String end = "-----END " + label + "-----";
        int from = text.indexOf(begin);
        int to = text.indexOf(end);
        if (from < 0 || to < from) {
            throw new IllegalArgumentException(file + ": expected a PEM block '" + begin + "'");
        }
        return Base64.getMimeDecoder().decode(text.substring(from + begin.length(), to));
    }
}
