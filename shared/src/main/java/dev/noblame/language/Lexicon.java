package dev.noblame.language;

import dev.noblame.common.NameDirectory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The word lists of {@code lexicon.yaml} plus the organisation's directory of names. */
final class Lexicon {
    private static volatile Map<String, Set<String>> defaults;

    final Set<String> personPronouns;
    final Set<String> personPossessives;
    final Set<String> roles;
    final Set<String> notPersons;
    final Set<String> firstNames;
    final Set<String> determiners;
    final Set<String> skip;
    final Set<String> prepositions;
    final Set<String> clauseOrPreposition;
    final Set<String> subordinators;
    final Set<String> coordinators;
    final Set<String> relatives;
    final Set<String> planMarkers;
    final Set<String> artefacts;
    final Set<String> verbs;
    final Set<String> quantifiers;
    final Set<String> compoundHeads;
    final Set<String> participles;
    final Set<String> personHeads;
    final Set<String> personModifiers;
    final Set<String> timeWords;
    final NameDirectory names;
    /** Lower-case words that can open a {person} or {person's} phrase without a capital. */
    final Set<String> classStartWords;

    private Lexicon(Map<String, Set<String>> lists, NameDirectory names) {
        personPronouns = lists.get("person_pronouns");
        personPossessives = lists.get("person_possessives");
        roles = lists.get("roles");
        notPersons = lists.get("not_persons");
        firstNames = lists.get("first_names");
        determiners = lists.get("determiners");
        skip = lists.get("skip");
        prepositions = lists.get("prepositions");
        clauseOrPreposition = lists.get("clause_or_preposition");
        subordinators = lists.get("subordinators");
        coordinators = lists.get("coordinators");
        relatives = lists.get("relatives");
        planMarkers = lists.get("plan_markers");
        artefacts = lists.get("artefacts");
        verbs = lists.get("verbs");
        quantifiers = lists.get("quantifiers");
        compoundHeads = lists.get("compound_heads");
        participles = lists.get("participles");
        personHeads = lists.get("person_heads");
        personModifiers = lists.get("person_modifiers");
        timeWords = lists.get("time_words");
        this.names = names;
        Set<String> starts = new HashSet<>(personPronouns);
        starts.addAll(roles);
        starts.addAll(personPossessives);
        starts.add("it");
        classStartWords = Set.copyOf(starts);
    }

    static Lexicon withDefaults(NameDirectory names) {
        return new Lexicon(defaults(), names == null ? NameDirectory.empty() : names);
    }

    /** A person's name: in the directory, or a recognisable first name, written with a capital. */
    boolean isName(Tokens t, int i) {
        if (!t.isWord(i) || !t.cap[i] || t.kind[i] != Tokens.WORD) {
            return false;
        }
        String w = t.norm[i];
        return names.isNamePart(w) || (firstNames.contains(w) && !t.allCaps[i]);
    }

    /** A word that names a person or a group of people by role or pronoun (not by name). */
    boolean isPersonWord(Tokens t, int i) {
        if (!t.isWord(i)) {
            return false;
        }
        String w = t.norm[i];
        if (notPersons.contains(w)) {
            return false;
        }
        if (w.equals("it")) {
            return t.allCaps[i]; // "IT forgot" is the department, "it failed" is a thing
        }
        return personPronouns.contains(w) || roles.contains(w);
    }

    boolean isPerson(Tokens t, int i) {
        return isName(t, i) || isPersonWord(t, i);
    }

    private static Map<String, Set<String>> defaults() {
        Map<String, Set<String>> d = defaults;
        if (d == null) {
            synchronized (Lexicon.class) {
                if (defaults == null) {
                    defaults = load();
                }
                d = defaults;
            }
        }
        return d;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Set<String>> load() {
        try (InputStream in = Lexicon.class.getResourceAsStream("lexicon.yaml")) {
            if (in == null) {
                throw new IllegalStateException("lexicon.yaml is missing from the classpath");
            }
            Map<String, Object> raw = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            Map<String, Set<String>> out = new java.util.HashMap<>();
            raw.forEach((k, v) -> {
                Set<String> words = new HashSet<>();
                for (Object o : (List<Object>) v) {
                    words.add(String.valueOf(o).toLowerCase(java.util.Locale.ROOT));
                }
                out.put(k, Set.copyOf(words));
            });
            return Map.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
