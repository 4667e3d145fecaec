package dev.noblame.evidence;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;

/** Signs checkpoints with the log's private key, and checks them with a public key. */
public final class CheckpointSigner {
    private final KeyPair keys;
    private final String keyId;

    public CheckpointSigner(KeyPair keys) {
        this.keys = Objects.requireNonNull(keys, "keys");
        this.keyId = EvidenceKeys.keyId(keys.getPublic());
    }

    public Checkpoint sign(long sequence, String hash, Instant signedAt) {
        Instant at = CanonicalJson.instant(signedAt);
        try {
            Signature ed = Signature.getInstance(EvidenceKeys.ALGORITHM);
            ed.initSign(keys.getPrivate());
            ed.update(Checkpoint.signedBytes(sequence, hash, at, keyId));
            return new Checkpoint(sequence, hash, at, keyId, Base64.getEncoder().encodeToString(ed.sign()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign a checkpoint with the evidence key: " + e.getMessage(), e);
        }
    }

    public String keyId() {
        return keyId;
    }

    public PublicKey publicKey() {
        return keys.getPublic();
    }

    /** True when {@code key} made the checkpoint's signature over its own fields. */
    public static boolean verifies(Checkpoint checkpoint, PublicKey key) {
        try {
            Signature ed = Signature.getInstance(EvidenceKeys.ALGORITHM);
            ed.initVerify(key);
            ed.update(checkpoint.signedBytes());
            return ed.verify(Base64.getDecoder().decode(checkpoint.signature()));
        } catch (IllegalArgumentException | GeneralSecurityException unreadable) {
            return false; // a signature that is not even base64 or not 64 bytes is a bad signature
        }
    }
}
