package dev.noblame.common;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The people the organisation knows by name (a directory export: one full name per line).
 * The linter uses it to recognise a person as the subject of a sentence; redaction replaces
 * the names. Each part of a name ("Priya", "Raman") maps back to its full entry so that
 * "Priya Raman" and a later "Priya" get the same replacement.
 */
public final class NameDirectory {
    private static final NameDirectory EMPTY = new NameDirectory(List.of());
    /** Name parts too short or too common to stand for a person on their own. */
    private static final Set<String> NOT_ALONE = Set.of("van", "von", "der", "den", "de", "da", "del", "la", "le", "di", "al", "el", "bin", "ibn", "mc", "jr", "sr");

    private final List<String> people;
    private final Map<String, Integer> partToPerson = new HashMap<>();

    private NameDirectory(List<String> people) {
        this.people = List.copyOf(people);
        for (int i = 0; i < this.people.size(); i++) {
            for (String part : this.people.get(i).split("[\\s]+")) {
                String key = part.toLowerCase(Locale.ROOT);
                if (key.length() >= 2 && !NOT_ALONE.contains(key)) {
                    partToPerson.putIfAbsent(key, i);
                }
            }
        }
    }

    public static NameDirectory empty() {
        return EMPTY;
    }

    /** Blank entries and lines starting with {@code #} are ignored; duplicates are kept once. */
    public static NameDirectory of(Collection<String> names) {
        Set<String> clean = new LinkedHashSet<>();
        if (names != null) {
            for (String n : names) {
                String s = n == null ? "" : n.strip().replaceAll("\\s+", " ");
                if (!s.isEmpty() && !s.startsWith("#")) {
                    clean.add(s);
                }
            }
        }
        return clean.isEmpty() ? EMPTY : new NameDirectory(new ArrayList<>(clean));
    }

    /** Reads a names file (UTF-8, one person per line); a missing file is a validation error naming it. */
    public static NameDirectory read(Path file) {
        if (file == null || !Files.isRegularFile(file)) {
            throw ValidationException.field("names", "file " + file + " does not exist");
        }
        try {
            return of(Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (IOException | java.io.UncheckedIOException e) {
            throw ValidationException.field("names", "file " + file + " cannot be read as UTF-8 text");
        }
    }

    /** Full names, in file order. */
    public List<String> people() {
        return Collections.unmodifiableList(people);
    }

    public boolean isEmpty() {
        return people.isEmpty();
    }

    /** True when the word (any case) is part of someone's name. */
    public boolean isNamePart(String word) {
        return partToPerson.containsKey(word.toLowerCase(Locale.ROOT));
    }

    /** The index of the person a name part belongs to, or -1. */
    public int personOf(String word) {
        return partToPerson.getOrDefault(word.toLowerCase(Locale.ROOT), -1);
    }
}
