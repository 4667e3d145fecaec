package dev.noblame.render;

/**
 * One piece of free text in, the same text with secrets and personal data replaced out. The
 * redaction detectors ({@code dev.noblame.redaction.Redactor}) are adapted to this shape, so the
 * document types below do not care how detection works.
 */
@FunctionalInterface
public interface TextRedaction {
    String redact(String text);
}
