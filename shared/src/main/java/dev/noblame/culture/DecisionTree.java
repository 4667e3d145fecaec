package dev.noblame.culture;

import dev.noblame.common.ValidationException;
import dev.noblame.common.Wire;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Reason's culpability decision tree, read from {@code decision-tree.yaml} and checked on load. */
public final class DecisionTree {
    /** A yes/no question of one of Reason's tests. */
    public record Question(String id, String test, String text, String help, String yes, String no) {
    }

    /** A leaf: the culpability and the recommended response. */
    public record Outcome(String id, Culpability culpability, String response, String advice) {
    }

    private static volatile DecisionTree defaults;
    private final String start;
    private final Map<String, Question> questions;
    private final Map<String, Outcome> outcomes;

    private DecisionTree(String start, Map<String, Question> questions, Map<String, Outcome> outcomes) {
        this.start = start;
        this.questions = Map.copyOf(questions);
        this.outcomes = Map.copyOf(outcomes);
        checkEveryPathEndsInAnOutcome(start, new HashSet<>());
    }

    public static DecisionTree defaults() {
        DecisionTree d = defaults;
        if (d == null) {
            synchronized (DecisionTree.class) {
                if (defaults == null) {
                    try (InputStream in = DecisionTree.class.getResourceAsStream("decision-tree.yaml")) {
                        if (in == null) {
                            throw new IllegalStateException("decision-tree.yaml is missing from the classpath");
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

    @SuppressWarnings("unchecked")
    public static DecisionTree read(InputStream yaml) {
        // YAML 1.1 reads the keys yes/no as booleans; accept both spellings
        Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        Map<String, Question> qs = new LinkedHashMap<>();
        for (Map<Object, Object> q : (List<Map<Object, Object>>) root.get("questions")) {
            String id = str(q.get("id"));
            qs.put(id, new Question(id, str(q.get("test")), str(q.get("text")), str(q.get("help")),
                    str(q.containsKey("yes") ? q.get("yes") : q.get(Boolean.TRUE)),
                    str(q.containsKey("no") ? q.get("no") : q.get(Boolean.FALSE))));
        }
        Map<String, Outcome> os = new LinkedHashMap<>();
        for (Map<Object, Object> o : (List<Map<Object, Object>>) root.get("outcomes")) {
            String id = str(o.get("id"));
            os.put(id, new Outcome(id, Wire.parse(Culpability.class, str(o.get("category")), "outcomes." + id + ".category"),
                    str(o.get("response")), str(o.get("advice")).strip().replaceAll("\\s+", " ")));
        }
        return new DecisionTree(str(root.get("start")), qs, os);
    }

    public Question first() {
        return questions.get(start);
    }

    /** The question or outcome id a branch leads to. */
    boolean isOutcome(String id) {
        return outcomes.containsKey(id);
    }

    Question question(String id) {
        Question q = questions.get(id);
        if (q == null) {
            throw ValidationException.field("question", "'" + id + "' is not a question of the triage");
        }
        return q;
    }

    Outcome outcome(String id) {
        return outcomes.get(id);
    }

    public Map<String, Outcome> outcomes() {
        return outcomes;
    }

    private void checkEveryPathEndsInAnOutcome(String id, Set<String> path) {
        if (outcomes.containsKey(id)) {
            return;
        }
        Question q = questions.get(id);
        if (q == null) {
            throw ValidationException.field("decision-tree", "branch to unknown node '" + id + "'");
        }
        if (!path.add(id)) {
            throw ValidationException.field("decision-tree", "question '" + id + "' is part of a loop");
        }
        checkEveryPathEndsInAnOutcome(q.yes(), path);
        checkEveryPathEndsInAnOutcome(q.no(), path);
        path.remove(id);
    }

    private static String str(Object o) {
        return o == null ? null : String.valueOf(o);
    }
}
