package dev.noblame.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvidenceKeysTest {
    @TempDir
    Path dir;

    @Test
    void a_key_pair_is_created_on_first_use_and_the_same_one_loaded_afterwards() {
        KeyPair created = EvidenceKeys.loadOrCreate(dir.resolve("keys"));
        KeyPair loaded = EvidenceKeys.loadOrCreate(dir.resolve("keys"));

        assertThat(loaded.getPublic().getEncoded()).isEqualTo(created.getPublic().getEncoded());
        assertThat(loaded.getPrivate().getEncoded()).isEqualTo(created.getPrivate().getEncoded());
    }

    @Test
    void a_checkpoint_signed_with_the_saved_key_verifies_with_the_public_file_alone() {
        KeyPair pair = EvidenceKeys.loadOrCreate(dir);
        Checkpoint checkpoint = new CheckpointSigner(pair).sign(42, "ab".repeat(32), Instant.parse("2026-01-01T00:00:00Z"));

        assertThat(CheckpointSigner.verifies(checkpoint, EvidenceKeys.loadPublicKey(dir.resolve(EvidenceKeys.PUBLIC_FILE))))
                .isTrue();
        assertThat(checkpoint.keyId()).isEqualTo(EvidenceKeys.keyId(pair.getPublic())).hasSize(16);
    }

    @Test
    void the_files_are_pem_and_the_private_key_is_readable_by_its_owner_only() throws Exception {
        EvidenceKeys.loadOrCreate(dir);

        assertThat(Files.readString(dir.resolve(EvidenceKeys.PUBLIC_FILE))).startsWith("-----BEGIN PUBLIC KEY-----\n");
        assertThat(Files.readString(dir.resolve(EvidenceKeys.PRIVATE_FILE))).startsWith("-----BEGIN PRIVATE KEY-----\n");
        if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve(EvidenceKeys.PRIVATE_FILE))))
                    .isEqualTo("rw-------");
        }
    }

    @Test
    void saving_over_an_existing_key_is_refused_because_it_would_orphan_its_checkpoints() {
        EvidenceKeys.loadOrCreate(dir);

        assertThatThrownBy(() -> EvidenceKeys.save(EvidenceKeys.generate(), dir)).hasMessageContaining("exists already");
    }

    @Test
    void after_a_rotation_old_checkpoints_still_verify_and_the_old_private_key_is_gone() throws Exception {
        KeyPair old = EvidenceKeys.loadOrCreate(dir);
        Checkpoint before = new CheckpointSigner(old).sign(1, "ab".repeat(32), Instant.parse("2026-01-01T00:00:00Z"));

        KeyPair next = EvidenceKeys.rotate(dir);
        Checkpoint after = new CheckpointSigner(next).sign(2, "cd".repeat(32), Instant.parse("2026-02-01T00:00:00Z"));

        assertThat(EvidenceKeys.load(dir).getPublic().getEncoded()).isEqualTo(next.getPublic().getEncoded());
        assertThat(dir.resolve("evidence-ed25519-" + EvidenceKeys.keyId(old.getPublic()) + ".pub")).exists();
        assertThat(EvidenceKeys.trustedPublicKeys(dir)).hasSize(2)
                .anySatisfy(key -> assertThat(CheckpointSigner.verifies(before, key)).isTrue())
                .anySatisfy(key -> assertThat(CheckpointSigner.verifies(after, key)).isTrue());
        assertThat(Files.readString(dir.resolve(EvidenceKeys.PRIVATE_FILE)))
                .doesNotContain(EvidenceKeys.toPem("PRIVATE KEY", old.getPrivate().getEncoded()));
    }

    @Test
    void a_file_that_is_not_a_key_is_refused_naming_the_file() throws Exception {
        Files.writeString(dir.resolve(EvidenceKeys.PUBLIC_FILE), "hello");

        assertThatThrownBy(() -> EvidenceKeys.loadPublicKey(dir.resolve(EvidenceKeys.PUBLIC_FILE)))
                .hasMessageContaining(EvidenceKeys.PUBLIC_FILE).hasMessageContaining("PEM");
    }
}
