package dev.noblame.redaction;

/** A value a detector found: its span in the text and the key that makes its replacement stable. */
public record Detection(Detector detector, int start, int end, String key) {
    public int length() {
        return end - start;
    }

    public boolean overlaps(int s, int e) {
        return start < e && s < end;
    }
}
