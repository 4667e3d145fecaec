package dev.noblame.server.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The whole configuration as one flat map of dotted snake_case keys. A nested YAML file
 * ({@code jira: {url: …}}) flattens to {@code jira.url}; an environment variable
 * {@code NOBLAME_JIRA_WEBHOOK_SECRET} becomes {@code jira.webhook_secret} (the prefix goes,
 * the rest is lower-cased and its first {@code _} becomes {@code .}). The environment wins
 * over the file, and command-line options win over both. Each integration parses its own
 * typed settings record from {@link #asMap()}.
 */
public final class Settings {
    private final Map<String, String> values;

    private Settings(Map<String, String> values) {
        this.values = Collections.unmodifiableMap(new TreeMap<>(values));
    }

    public static Settings of(Map<String, String> values) {
        return new Settings(values);
    }

    public static Settings load(Path yamlFile, Map<String, String> environment) {
        Map<String, String> merged = new LinkedHashMap<>();
        if (yamlFile != null) {
            merged.putAll(readYaml(yamlFile));
        }
        merged.putAll(fromEnvironment(environment));
        return new Settings(merged);
    }

    /** A copy with these values laid over (command-line options); null values are ignored. */
    public Settings with(Map<String, String> overrides) {
        Map<String, String> merged = new LinkedHashMap<>(values);
        overrides.forEach((k, v) -> {
            if (v != null) {
                merged.put(k, v);
            }
        });
        return new Settings(merged);
    }

    public Map<String, String> asMap() {
        return values;
    }

    public Optional<String> get(String key) {
        String v = values.get(key);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.strip());
    }

    public String get(String key, String fallback) {
        return get(key).orElse(fallback);
    }

    public int intValue(String key, int fallback, int min, int max) {
        Optional<String> v = get(key);
        if (v.isEmpty()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v.get());
            if (n < min || n > max) {
                throw new ConfigException(key + " must be between " + min + " and " + max + " (got " + n + ")");
            }
            return n;
        } catch (NumberFormatException e) {
            throw new ConfigException(key + " must be a whole number (got '" + v.get() + "')");
        }
    }

    public boolean bool(String key, boolean fallback) {
        Optional<String> v = get(key);
        if (v.isEmpty()) {
            return fallback;
        }
        return switch (v.get().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on", "1" -> true;
            case "false", "no", "off", "0" -> false;
            default -> throw new ConfigException(key + " must be true or false (got '" + v.get() + "')");
        };
    }

    static Map<String, String> fromEnvironment(Map<String, String> environment) {
        Map<String, String> out = new LinkedHashMap<>();
        environment.forEach((name, value) -> {
            if (name.startsWith("NOBLAME_") && name.length() > "NOBLAME_".length()) {
                String rest = name.substring("NOBLAME_".length()).toLowerCase(Locale.ROOT);
                int first = rest.indexOf('_');
                out.put(first < 0 ? rest : rest.substring(0, first) + "." + rest.substring(first + 1), value);
            }
        });
        return out;
    }

    static Map<String, String> readYaml(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ConfigException("configuration file " + file + " does not exist");
        }
        try (Reader reader = Files.newBufferedReader(file)) {
            Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
            Map<String, String> out = new LinkedHashMap<>();
            if (root == null) {
                return out;
            }
            if (!(root instanceof Map<?, ?> map)) {
                throw new ConfigException("configuration file " + file + " must hold a mapping of keys at the top");
            }
            flatten("", map, out, file);
            return out;
        } catch (IOException e) {
            throw new ConfigException("cannot read configuration file " + file + ": " + e.getMessage());
        } catch (org.yaml.snakeyaml.error.YAMLException e) {
            throw new ConfigException("configuration file " + file + " is not valid YAML: " + e.getMessage());
        }
    }

    private static void flatten(String prefix, Map<?, ?> map, Map<String, String> out, Path file) {
        map.forEach((k, v) -> {
            String key = prefix + k;
            if (v instanceof Map<?, ?> nested) {
                flatten(key + ".", nested, out, file);
            } else if (v instanceof List<?> list) {
                out.put(key, String.join(",", list.stream().map(String::valueOf).toList()));
            } else if (v != null) {
                out.put(key, String.valueOf(v));
            }
        });
    }
}
