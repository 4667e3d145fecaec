package dev.noblame.sla;

import dev.noblame.common.ValidationException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * The YAML side of policy loading: composes node trees (which keep line marks, unlike plain
 * objects), lays a user tree over the defaults, and turns any problem into a
 * {@link PolicyException} naming the file, the line and the dotted key of the offending node.
 */
final class PolicyYaml {
    static final String DEFAULTS_SOURCE = "default policy";

    private final String userSource;
    /** Nodes that came from the user's file; everything else came from the bundled defaults. */
    private final Set<Node> fromUser = Collections.newSetFromMap(new IdentityHashMap<>());

    PolicyYaml(String userSource) {
        this.userSource = userSource;
    }

    static Node compose(Reader reader, String source) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(20);
        try {
            Node root = new Yaml(options).compose(reader);
            return root != null ? root : new MappingNode(Tag.MAP, List.of(), org.yaml.snakeyaml.DumperOptions.FlowStyle.BLOCK);
        } catch (MarkedYAMLException e) {
            Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int line = m == null ? 1 : m.getLine() + 1;
            throw new PolicyException(source, line, "(syntax)", "is not valid YAML: " + e.getProblem());
        } catch (YAMLException e) {
            throw new PolicyException(source, 1, "(syntax)", "is not valid YAML: " + e.getMessage());
        }
    }

    /** Remembers the user's nodes so errors name the user's file for them. */
    void markUser(Node node) {
        fromUser.add(node);
        if (node instanceof MappingNode m) {
            Set<String> seen = new java.util.HashSet<>();
            for (NodeTuple t : m.getValue()) {
                if (!seen.add(keyText(t))) {
                    throw error(t.getKeyNode(), keyText(t), "appears twice in the same mapping");
                }
                markUser(t.getKeyNode());
                markUser(t.getValueNode());
            }
        } else if (node instanceof SequenceNode s) {
            s.getValue().forEach(this::markUser);
        }
    }

    /** Maps are merged key by key; anything else in the user tree replaces the default. */
    Node merge(Node base, Node over) {
        if (!(base instanceof MappingNode b) || !(over instanceof MappingNode o)) {
            return over;
        }
        Map<String, NodeTuple> byKey = new LinkedHashMap<>();
        for (NodeTuple t : b.getValue()) {
            byKey.put(keyText(t), t);
        }
        for (NodeTuple t : o.getValue()) {
            NodeTuple old = byKey.get(keyText(t));
            byKey.put(keyText(t), old == null ? t : new NodeTuple(t.getKeyNode(), merge(old.getValueNode(), t.getValueNode())));
        }
        MappingNode merged = new MappingNode(Tag.MAP, true, new ArrayList<>(byKey.values()), o.getStartMark(), o.getEndMark(),
                o.getFlowStyle());
        fromUser.add(merged);
        return merged;
    }

    PolicyException error(Node node, String key, String problem) {
        boolean user = fromUser.contains(node);
        int line = node == null || node.getStartMark() == null ? 1 : node.getStartMark().getLine() + 1;
        return new PolicyException(user ? userSource : DEFAULTS_SOURCE, line, key, problem);
    }

    /** The entries of a mapping; unknown keys are refused when {@code allowed} is given. */
    Map<String, Node> entries(Node node, String key, Set<String> allowed) {
        if (!(node instanceof MappingNode m)) {
            throw error(node, key, "must be a mapping of keys to values");
        }
        Map<String, Node> out = new LinkedHashMap<>();
        for (NodeTuple t : m.getValue()) {
            String k = keyText(t);
            String path = key.isEmpty() ? k : key + "." + k;
            if (allowed != null && !allowed.contains(k)) {
                throw error(t.getKeyNode(), path, "is not a known key (expected one of " + String.join(", ", allowed) + ")");
            }
            if (out.put(k, t.getValueNode()) != null) {
                throw error(t.getKeyNode(), path, "appears twice");
            }
        }
        return out;
    }

    Node required(Map<String, Node> entries, String key, String path, Node parent) {
        Node n = entries.get(key);
        if (n == null) {
            throw error(parent, path, "is required");
        }
        return n;
    }

    String scalar(Node node, String key) {
        if (!(node instanceof ScalarNode s) || s.getValue().isBlank()) {
            throw error(node, key, "must be a single value");
        }
        return s.getValue().strip();
    }

    boolean bool(Node node, String key) {
        String v = scalar(node, key).toLowerCase(java.util.Locale.ROOT);
        if (v.equals("true") || v.equals("yes") || v.equals("on")) {
            return true;
        }
        if (v.equals("false") || v.equals("no") || v.equals("off")) {
            return false;
        }
        throw error(node, key, "must be true or false (got '" + v + "')");
    }

    int integer(Node node, String key, int min) {
        String v = scalar(node, key);
        try {
            int n = Integer.parseInt(v);
            if (n < min) {
                throw error(node, key, "must be " + min + " or more (got " + n + ")");
            }
            return n;
        } catch (NumberFormatException e) {
            throw error(node, key, "must be a whole number (got '" + v + "')");
        }
    }

    List<Node> sequence(Node node, String key) {
        if (!(node instanceof SequenceNode s)) {
            throw error(node, key, "must be a list, e.g. [a, b]");
        }
        return s.getValue();
    }

    SlaWindow window(Node node, String key) {
        try {
            return SlaWindow.parse(scalar(node, key), key);
        } catch (ValidationException e) {
            throw error(node, key, e.fields().values().iterator().next());
        }
    }

    /** Runs a parse that reports through {@link ValidationException} and re-reports it at the node. */
    <T> T convert(Node node, String key, java.util.function.Function<String, T> parse) {
        String text = scalar(node, key);
        try {
            return parse.apply(text);
        } catch (ValidationException e) {
            throw error(node, key, e.fields().values().iterator().next());
        } catch (RuntimeException e) {
            throw error(node, key, "is not valid (" + e.getMessage() + ")");
        }
    }

    private static String keyText(NodeTuple t) {
        return t.getKeyNode() instanceof ScalarNode s ? s.getValue() : String.valueOf(t.getKeyNode());
    }
}
