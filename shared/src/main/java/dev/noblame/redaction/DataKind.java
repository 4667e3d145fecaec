package dev.noblame.redaction;

import dev.noblame.common.Wire;

/** What a redacted value was; the label of its replacement ("[EMAIL-2]"). */
public enum DataKind {
    SECRET(true), EMAIL(false), PHONE(false), IP(false), SID(false), USER(false), CARD(false), NAME(false);

    private final boolean secret;

    DataKind(boolean secret) {
        this.secret = secret;
    }

    /** Secrets win over personal data where two detections overlap, and ignore protected spans. */
    public boolean isSecret() {
        return secret;
    }

    public String wire() {
        return Wire.name(this);
    }

    public String label(int n) {
        return "[" + name() + "-" + n + "]";
    }
}
