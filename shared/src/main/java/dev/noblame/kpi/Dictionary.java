package dev.noblame.kpi;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Interns group names to small ints so a rollup counts into arrays instead of hashing strings per item. */
final class Dictionary {
    static final int NONE = 0;

    private final Map<String, Integer> codes = new HashMap<>();
    private final List<String> names = new ArrayList<>();

    Dictionary() {
        names.add(Rollup.NONE);
        codes.put(Rollup.NONE, NONE);
    }

    int code(String name) {
        if (name == null || name.isBlank()) {
            return NONE;
        }
        Integer c = codes.get(name);
        if (c == null) {
            c = names.size();
            names.add(name);
            codes.put(name, c);
        }
        return c;
    }

    int size() {
        return names.size();
    }

    String name(int code) {
        return names.get(code);
    }
}
