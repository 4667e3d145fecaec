package dev.noblame.redaction;

import java.util.function.Consumer;

/** A named redaction rule: finds values of one kind in a text. */
public interface Detector {
    /** Stable id used in findings, e.g. {@code aws-access-key-id}. */
    String name();

    DataKind kind();

    /** Reports every value found, in any order. */
    void detect(String text, Consumer<Detection> found);
}
