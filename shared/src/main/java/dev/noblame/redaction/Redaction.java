package dev.noblame.redaction;

import java.util.List;

/** The redacted text and what was replaced where (offsets into the original text). */
public record Redaction(String text, List<RedactionFinding> findings) {
    public Redaction {
        findings = List.copyOf(findings);
    }

    public boolean changed() {
        return !findings.isEmpty();
    }
}
