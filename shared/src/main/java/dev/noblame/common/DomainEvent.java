package dev.noblame.common;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Something that happened to an aggregate. Events are what the evidence chain appends, so
 * they carry only plain strings: the type ({@code postmortem.published}), the subject
 * ({@code INC-12}, {@code INC-12/ACT-3}), when, and a few facts.
 */
public record DomainEvent(String type, String subject, Instant at, Map<String, String> data) {
    public DomainEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(at, "at");
        data = Collections.unmodifiableMap(new LinkedHashMap<>(data == null ? Map.of() : data));
    }

    public static DomainEvent of(String type, String subject, Instant at, String... keyValues) {
        if (keyValues.length % 2 != 0) {
            throw new IllegalArgumentException("key/value pairs expected");
        }
        Map<String, String> data = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            if (keyValues[i + 1] != null) {
                data.put(keyValues[i], keyValues[i + 1]);
            }
        }
        return new DomainEvent(type, subject, at, data);
    }
}
