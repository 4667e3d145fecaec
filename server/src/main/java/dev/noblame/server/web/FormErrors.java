package dev.noblame.server.web;

import dev.noblame.common.ValidationException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Field problems to show next to the inputs they belong to, with a summary at the top of the form. */
public final class FormErrors {
    private final Map<String, String> fields;
    private final Map<String, String> labels;

    private FormErrors(Map<String, String> fields, Map<String, String> labels) {
        this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        this.labels = labels;
    }

    public static FormErrors none() {
        return new FormErrors(Map.of(), Map.of());
    }

    /** Field names in the exception are the domain's; {@code labels} maps them to what the form calls them. */
    public static FormErrors of(ValidationException e, Map<String, String> labels) {
        return new FormErrors(e.fields(), labels);
    }

    public boolean isEmpty() {
        return fields.isEmpty();
    }

    public boolean has(String field) {
        return fields.containsKey(field);
    }

    public String of(String field) {
        return label(field) + " " + fields.get(field);
    }

    public String label(String field) {
        return labels.getOrDefault(field, field);
    }

    public Map<String, String> all() {
        return fields;
    }

    /** The value for {@code aria-invalid}: "true" or no attribute at all. */
    public String aria(String field) {
        return has(field) ? "true" : null;
    }

    public String css(String field) {
        return has(field) ? "has-error" : "";
    }
}
