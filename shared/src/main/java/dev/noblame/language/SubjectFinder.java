package dev.noblame.language;

/**
 * Finds who a phrase is about without a parser, from English word order: the subject of a
 * verb is the nearest noun phrase before it in the same clause, skipping helpers ("had",
 * "simply"), prepositional phrases ("the engineer on call") and, after "and"/"but", the
 * objects of the first verb ("Bob restarted the server and forgot to…"). The head of a noun
 * phrase is its last word, so "the on-call engineer" is a person and "the engineer's script"
 * is a thing.
 */
final class SubjectFinder {
    record Subject(SubjectKind kind, int start, int end) {
        static final Subject NONE = new Subject(SubjectKind.NONE, -1, -1);
    }

    private static final int MAX_PHRASE = 6;
    private final Lexicon lex;

    SubjectFinder(Lexicon lex) {
        this.lex = lex;
    }

    /** The subject of the clause that holds token {@code at}, looking left of it. */
    Subject before(Tokens t, int at) {
        return scan(t, at, false);
    }

    /**
     * The subject of the whole clause, for phrases that modify its main verb ("without
     * checking", "accidentally"): the leftmost noun phrase that is neither an object nor in a
     * prepositional phrase.
     */
    Subject clause(Tokens t, int at) {
        return scan(t, at, true);
    }

    private Subject scan(Tokens t, int at, boolean leftmostOnly) {
        int i = at - 1;
        boolean coordinated = leftmostOnly;
        boolean adjacent = true;
        boolean ofPerson = false;
        Subject leftmost = null;
        boolean relative = false;
        boolean fromTeam = false;
        while (i >= 0 && t.kind[i] < Tokens.CLAUSE) {
            if (t.kind[i] == Tokens.COMMA) {
                i--;
                adjacent = false;
                continue;
            }
            String w = t.norm[i];
            if (lex.subordinators.contains(w)) {
                break;
            }
            if (lex.coordinators.contains(w)) {
                coordinated = true;
                adjacent = false;
                i--;
                continue;
            }
            if (lex.relatives.contains(w)) {
                relative = true;
                i--;
                continue;
            }
            if (lex.determiners.contains(w) || isHelper(w) || isVerb(t, i)) {
                i--;
                continue;
            }
            if (lex.clauseOrPreposition.contains(w) || lex.prepositions.contains(w)) {
                // a preposition with no phrase after it: a particle ("turned off") or a clause start
                if (lex.clauseOrPreposition.contains(w)) {
                    break;
                }
                i--;
                continue;
            }
            int start = phraseStart(t, i);
            Subject phrase = classify(t, start, i);
            int before = start - 1;
            String prev = t.word(before);
            boolean pureWord = prev != null && !t.possessive[before];
            if (pureWord && (lex.prepositions.contains(prev) || (!adjacent && lex.clauseOrPreposition.contains(prev)))) {
                // a prepositional phrase ("the engineer on call", "one of the admins"): not the subject
                ofPerson = prev.equals("of") && phrase.kind().isPerson();
                fromTeam = (prev.equals("from") || prev.equals("on") || prev.equals("in")) && phrase.kind().isPerson();
                i = before - 1;
                adjacent = false;
                continue;
            }
            if (lex.timeWords.contains(t.norm[i]) && phrase.kind() == SubjectKind.THING) {
                // "that night", "last week": when, not who
                i = start - 1;
                continue;
            }
            if (relative) {
                return phrase; // "the runbook, which pointed at…": the antecedent is the subject
            }
            if (pureWord && isVerb(t, before) && phrase.kind() == SubjectKind.THING) {
                // the object of an earlier verb ("Mike ran [the migration] against…"): the subject is further left
                i = before - 1;
                adjacent = false;
                continue;
            }
            if (ofPerson && lex.quantifiers.contains(t.norm[i])) {
                phrase = new Subject(SubjectKind.PERSON, start, i + 1);
            }
            if (fromTeam && start == i && t.cap[i] && !t.allCaps[i] && t.kind[i] == Tokens.WORD) {
                // "Mark from the infrastructure team": a capitalised word before "from the … team" is a person
                phrase = new Subject(SubjectKind.NAMED, start, i + 1);
            }
            ofPerson = false;
            fromTeam = false;
            if (!coordinated) {
                return phrase;
            }
            leftmost = phrase;
            adjacent = false;
            i = start - 1;
        }
        return leftmost == null ? Subject.NONE : leftmost;
    }

    /** The person or thing right after token {@code from}: "why did [the engineer]…", "caused by [Bob]". */
    Subject after(Tokens t, int from) {
        int k = from;
        int words = 0;
        while (k < t.size && t.kind[k] < Tokens.CLAUSE && t.kind[k] != Tokens.COMMA && words < MAX_PHRASE) {
            String w = t.norm[k];
            if (lex.determiners.contains(w) || isHelperAfter(w)) {
                k++;
                continue;
            }
            if (t.possessive[k] || lex.personPossessives.contains(w)) {
                return new Subject(SubjectKind.THING, k, k + 1); // "why did Bob's script…": about the script
            }
            if (lex.isName(t, k)) {
                return new Subject(SubjectKind.NAMED, k, k + 1);
            }
            if (lex.isPersonWord(t, k)) {
                String next = t.word(k + 1);
                if (next != null && lex.compoundHeads.contains(next)) {
                    return new Subject(SubjectKind.THING, k, k + 2);
                }
                return new Subject(SubjectKind.PERSON, k, k + 1);
            }
            if (lex.prepositions.contains(w) || lex.coordinators.contains(w) || lex.relatives.contains(w)) {
                break;
            }
            // an adjective or a noun that is not a person: a person may still follow ("the new engineer")
            words++;
            if (words >= 3) {
                break;
            }
            k++;
        }
        return k > from ? new Subject(SubjectKind.THING, from, k) : Subject.NONE;
    }

    /** Walks left over the words of one noun phrase ending at {@code end}; returns its first token. */
    private int phraseStart(Tokens t, int end) {
        int j = end;
        while (j - 1 >= 0 && end - j < MAX_PHRASE && t.isWord(j - 1)) {
            String w = t.norm[j - 1];
            if (lex.determiners.contains(w) || lex.personPossessives.contains(w)) {
                return j - 1;
            }
            if (t.possessive[j - 1]) {
                j--;
                continue;
            }
            if (isHelper(w) || lex.prepositions.contains(w) || lex.clauseOrPreposition.contains(w)
                    || lex.subordinators.contains(w) || lex.coordinators.contains(w) || lex.relatives.contains(w)
                    || lex.personPronouns.contains(w) || isVerb(t, j - 1)) {
                return j;
            }
            j--;
        }
        return j;
    }

    private Subject classify(Tokens t, int start, int head) {
        // a name or a pronoun opening the phrase is the subject even when words follow it:
        // "Bob ran jobs and forgot" reads as [Bob ran jobs] without a verb list
        if (lex.isName(t, start) && !t.possessive[start]) {
            return new Subject(SubjectKind.NAMED, start, start + 1);
        }
        if (t.possessive[head]) {
            return new Subject(SubjectKind.THING, start, head + 1);
        }
        if (lex.isName(t, head)) {
            return new Subject(SubjectKind.NAMED, start, head + 1);
        }
        if (lex.isPersonWord(t, head)) {
            return new Subject(SubjectKind.PERSON, start, head + 1);
        }
        if (lex.personHeads.contains(t.norm[head])) {
            // "the helpdesk agent", "a support rep": a person; "the SCCM agent": a thing
            for (int k = start; k < head; k++) {
                if (lex.isPersonWord(t, k) || lex.personModifiers.contains(t.norm[k])) {
                    return new Subject(SubjectKind.PERSON, start, head + 1);
                }
            }
        }
        return new Subject(SubjectKind.THING, start, head + 1);
    }

    private boolean isHelper(String w) {
        return lex.skip.contains(w) || isAdverb(w);
    }

    private boolean isHelperAfter(String w) {
        return w.equals("not") || w.equals("never") || isAdverb(w) || lex.skip.contains(w) && !lex.personPronouns.contains(w);
    }

    static boolean isAdverb(String w) {
        return w.length() > 4 && w.endsWith("ly") && !NOT_ADVERBS.contains(w);
    }

    private static final java.util.Set<String> NOT_ADVERBS = java.util.Set.of(
            "supply", "apply", "reply", "assembly", "family", "anomaly", "rally", "ally", "monopoly", "holy",
            "jelly", "belly", "bully", "italy", "emily", "kelly", "sally", "molly", "polly", "lily", "reilly");

    /** A past-tense or participle verb standing alone (not "the failed deploy"). */
    private boolean isVerb(Tokens t, int i) {
        if (t.kind[i] != Tokens.WORD || lex.isName(t, i)) {
            return false;
        }
        String w = t.norm[i];
        if (lex.verbs.contains(w)) {
            return true;
        }
        String prev = t.word(i - 1);
        if (w.endsWith("ing") && w.length() > 5 && !w.endsWith("thing")) {
            // "was running", "Running the script, …" are verbs; "the DBA tooling" is a noun
            return prev == null || lex.skip.contains(prev) || lex.relatives.contains(prev) || lex.prepositions.contains(prev)
                    || lex.clauseOrPreposition.contains(prev) || lex.coordinators.contains(prev);
        }
        if (!(w.endsWith("ed") && w.length() > 4)) {
            return false;
        }
        return prev == null || !(lex.determiners.contains(prev) || lex.personPossessives.contains(prev) || t.possessive[i - 1]);
    }
}
