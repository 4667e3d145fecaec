package dev.noblame.jenkins.intake;

import dev.noblame.common.ValidationException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The tokens that Jenkins instances present to post deployments, one per Jenkins. Only SHA-256
 * hashes are kept, and a presented token is compared with every hash in constant time, so
 * neither memory dumps nor response timing reveal a token.
 */
public final class IntakeTokens {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final int MIN_TOKEN_LENGTH = 16;

    private final Map<String, byte[]> hashByName;

    private IntakeTokens(Map<String, byte[]> hashByName) {
        this.hashByName = Map.copyOf(hashByName);
    }

    public static IntakeTokens none() {
        return new IntakeTokens(Map.of());
    }

    /** {@code ci-eu:token1,ci-us:token2}; {@code field} names the configuration key in errors. */
    public static IntakeTokens parse(String spec, String field) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        if (spec == null || spec.isBlank()) {
            return none();
        }
        for (String entry : spec.split(",")) {
            String e = entry.strip();
            int colon = e.indexOf(':');
            if (colon < 0) {
                throw ValidationException.field(field, "entries must look like name:token (an entry has no colon)");
            }
            String name = e.substring(0, colon).strip();
            String token = e.substring(colon + 1).strip();
            if (!NAME.matcher(name).matches()) {
                throw ValidationException.field(field, "name '" + name + "' must be 1-64 letters, digits, '.', '_' or '-'");
            }
            if (token.length() < MIN_TOKEN_LENGTH) {
                throw ValidationException.field(field, "the token of '" + name + "' must have at least " + MIN_TOKEN_LENGTH + " characters");
            }
            if (out.put(name, sha256(token)) != null) {
                throw ValidationException.field(field, "names '" + name + "' twice");
            }
        }
        return new IntakeTokens(out);
    }

    /** The name of the Jenkins whose token this is, or empty. Checks every entry so timing says nothing. */
    public Optional<String> authenticate(String presented) {
        if (presented == null || presented.isEmpty()) {
            return Optional.empty();
        }
        byte[] hash = sha256(presented);
        String found = null;
        for (Map.Entry<String, byte[]> e : hashByName.entrySet()) {
            if (MessageDigest.isEqual(hash, e.getValue()) && found == null) {
                found = e.getKey();
            }
        }
        return Optional.ofNullable(found);
    }

    public boolean isEmpty() {
        return hashByName.isEmpty();
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    @Override
    public String toString() {
        return hashByName.keySet().toString();
    }
}
