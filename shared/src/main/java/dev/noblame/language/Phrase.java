package dev.noblame.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A phrase of a rule, written in the catalogue as words separated by spaces:
 * {@code did not check|verify} (alternatives with |), {@code ..} (a gap of up to three words),
 * {@code {person}} (a pronoun, role or name), {@code {name}} (a name),
 * {@code {person's}} (his, her, their or a person's possessive) and {@code {name's}}.
 */
final class Phrase {
    private static final int MAX_GAP = 3;

    sealed interface Element permits Words, Gap, PersonWord, NameWord, PersonPossessive, NamePossessive {
    }

    record Words(Set<String> options) implements Element {
    }

    record Gap() implements Element {
    }

    record PersonWord() implements Element {
    }

    record NameWord() implements Element {
    }

    record PersonPossessive() implements Element {
    }

    record NamePossessive() implements Element {
    }

    final String source;
    final List<Element> elements;

    private Phrase(String source, List<Element> elements) {
        this.source = source;
        this.elements = List.copyOf(elements);
    }

    static Phrase parse(String source) {
        List<Element> out = new ArrayList<>();
        for (String part : source.trim().toLowerCase(Locale.ROOT).split("\\s+")) {
            out.add(switch (part) {
                case ".." -> new Gap();
                case "{person}" -> new PersonWord();
                case "{name}" -> new NameWord();
                case "{person's}" -> new PersonPossessive();
                case "{name's}" -> new NamePossessive();
                default -> {
                    if (part.startsWith("{")) {
                        throw new IllegalArgumentException("unknown word class " + part + " in phrase '" + source + "'");
                    }
                    yield new Words(Set.of(part.split("\\|")));
                }
            });
        }
        if (out.isEmpty() || out.get(0) instanceof Gap || out.get(out.size() - 1) instanceof Gap) {
            throw new IllegalArgumentException("a phrase starts and ends with a word: '" + source + "'");
        }
        return new Phrase(source, out);
    }

    /** The literal first words, or an empty set when the phrase starts with a word class. */
    Set<String> firstWords() {
        return elements.get(0) instanceof Words w ? w.options() : Set.of();
    }

    /** The index of the last token matched when the phrase starts at token {@code i}, or -1. */
    int matchAt(Tokens t, int i, Lexicon lex) {
        return match(t, i, 0, lex);
    }

    private int match(Tokens t, int i, int e, Lexicon lex) {
        if (e == elements.size()) {
            return i - 1;
        }
        Element el = elements.get(e);
        if (el instanceof Gap) {
            for (int skip = 0; skip <= MAX_GAP; skip++) {
                int r = match(t, i + skip, e + 1, lex);
                if (r >= 0) {
                    return r;
                }
                if (!t.isWord(i + skip)) {
                    break;
                }
            }
            return -1;
        }
        if (!t.isWord(i) || !accepts(el, t, i, lex)) {
            return -1;
        }
        return match(t, i + 1, e + 1, lex);
    }

    private static boolean accepts(Element el, Tokens t, int i, Lexicon lex) {
        if (el instanceof Words w) {
            return w.options().contains(t.norm[i]);
        }
        if (el instanceof PersonWord) {
            return !t.possessive[i] && lex.isPerson(t, i);
        }
        if (el instanceof NameWord) {
            return !t.possessive[i] && lex.isName(t, i);
        }
        if (el instanceof PersonPossessive) {
            return lex.personPossessives.contains(t.norm[i]) || (t.possessive[i] && lex.isPerson(t, i));
        }
        if (el instanceof NamePossessive) {
            return t.possessive[i] && lex.isName(t, i);
        }
        return true;
    }
}
