package dev.noblame.language;

import dev.noblame.common.ValidationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The language rules as data: {@code rules.yaml}, readable and extendable by a reviewer. */
public final class RuleCatalogue {
    private static volatile RuleCatalogue defaults;
    private final List<Rule> rules;

    private RuleCatalogue(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The catalogue shipped with NoBlame. */
    public static RuleCatalogue defaults() {
        RuleCatalogue d = defaults;
        if (d == null) {
            synchronized (RuleCatalogue.class) {
                if (defaults == null) {
                    try (InputStream in = RuleCatalogue.class.getResourceAsStream("rules.yaml")) {
                        if (in == null) {
                            throw new IllegalStateException("rules.yaml is missing from the classpath");
                        }
                        defaults = read(in);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                d = defaults;
            }
        }
        return d;
    }

    public static RuleCatalogue of(Collection<Rule> rules) {
        Set<String> ids = new HashSet<>();
        for (Rule r : rules) {
            if (!ids.add(r.id())) {
                throw ValidationException.field("rules." + r.id(), "is defined twice");
            }
            for (String p : r.phrases()) {
                try {
                    Phrase.parse(p);
                } catch (IllegalArgumentException e) {
                    throw ValidationException.field("rules." + r.id() + ".phrases", e.getMessage());
                }
            }
        }
        return new RuleCatalogue(new ArrayList<>(rules));
    }

    /** Reads a catalogue in the format of {@code rules.yaml}; problems name the rule and field. */
    @SuppressWarnings("unchecked")
    public static RuleCatalogue read(InputStream yaml) {
        Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        if (root == null || !(root.get("rules") instanceof List<?> list)) {
            throw ValidationException.field("rules", "is required: a list of rules");
        }
        List<Rule> out = new ArrayList<>();
        int n = 0;
        for (Object o : list) {
            n++;
            if (!(o instanceof Map<?, ?> m)) {
                throw ValidationException.field("rules[" + n + "]", "is not a mapping");
            }
            Map<String, Object> r = (Map<String, Object>) m;
            String id = str(r.get("id"));
            try {
                out.add(new Rule(id, str(r.get("category")), FindingSeverity.parse(str(r.get("severity"))),
                        clean(str(r.get("explanation"))), clean(str(r.get("suggestion"))), strings(r.get("phrases")),
                        str(r.get("subject")), str(r.get("where")), Boolean.TRUE.equals(r.get("passive_artefacts")),
                        set(r.get("not_before")), set(r.get("not_after")), Boolean.TRUE.equals(r.get("not_in_plan")),
                        set(r.get("require_before")), Boolean.TRUE.equals(r.get("sentence_start")),
                        Boolean.TRUE.equals(r.get("participle_after"))));
            } catch (ValidationException e) {
                throw ValidationException.field("rules[" + (id == null ? String.valueOf(n) : id) + "]", e.getMessage());
            }
        }
        return of(out);
    }

    public List<Rule> rules() {
        return rules;
    }

    private static String str(Object o) {
        return o == null ? null : String.valueOf(o);
    }

    private static String clean(String s) {
        return s == null ? null : s.strip().replaceAll("\\s+", " ");
    }

    private static List<String> strings(Object o) {
        List<String> out = new ArrayList<>();
        if (o instanceof List<?> l) {
            for (Object x : l) {
                out.add(String.valueOf(x));
            }
        } else if (o != null) {
            out.add(String.valueOf(o));
        }
        return out;
    }

    private static Set<String> set(Object o) {
        return new LinkedHashSet<>(strings(o));
    }
}
