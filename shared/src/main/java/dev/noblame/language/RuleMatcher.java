package dev.noblame.language;

/** Decides whether a phrase that matched is blaming in its context: the rule's conditions. */
final class RuleMatcher {
    record Verdict(boolean flagged, SubjectFinder.Subject named) {
        static final Verdict NO = new Verdict(false, null);
        static final Verdict YES = new Verdict(true, null);
    }

    private static final int MAX_AGENT_DISTANCE = 8;
    private static final java.util.Set<String> NO_ONE = java.util.Set.of("nobody", "noone");
    private final Lexicon lex;
    private final SubjectFinder subjects;

    RuleMatcher(Lexicon lex, SubjectFinder subjects) {
        this.lex = lex;
        this.subjects = subjects;
    }

    Verdict judge(Rule rule, Tokens t, int first, int last) {
        String prev = t.word(first - 1);
        String next = t.word(last + 1);
        if (prev != null && rule.notBefore().contains(prev)) {
            return Verdict.NO;
        }
        if (next != null && rule.notAfter().contains(next)) {
            return Verdict.NO;
        }
        if (!rule.requireBefore().isEmpty() && !clauseHas(t, first, rule.requireBefore())) {
            return Verdict.NO;
        }
        if (rule.notInPlan() && inPlan(t, first)) {
            return Verdict.NO;
        }
        if (rule.sentenceStart() && !t.sentenceStart[first]) {
            return Verdict.NO;
        }
        if (rule.participleAfter() && !isParticiple(next)) {
            return Verdict.NO; // "we should have a runbook" is a plan; "should have checked" is a counterfactual
        }
        if (rule.subject().equals("any")) {
            return Verdict.YES;
        }
        SubjectFinder.Subject s = subject(rule, t, first, last);
        if (s.kind().isPerson() && rule.category().equals("judgement") && NO_ONE.contains(t.norm[s.end() - 1])) {
            return Verdict.NO; // "nobody is to blame" is the blameless sentence
        }
        boolean flagged = switch (rule.subject()) {
            case "person" -> s.kind().isPerson();
            case "named" -> s.kind() == SubjectKind.NAMED;
            // with no subject, only a fragment counts ("Forgot to renew."), not "a forgotten cron job"
            case "not-thing" -> s.kind().isPerson() || (s.kind() == SubjectKind.NONE && (prev == null || !lex.determiners.contains(prev)));
            default -> true;
        };
        return !flagged ? Verdict.NO : new Verdict(true, s.kind() == SubjectKind.NAMED ? s : null);
    }

    private SubjectFinder.Subject subject(Rule rule, Tokens t, int first, int last) {
        if (rule.where().equals("after")) {
            return subjects.after(t, last + 1);
        }
        if (rule.where().equals("clause")) {
            SubjectFinder.Subject s = subjects.clause(t, first);
            if (s.kind() == SubjectKind.THING) {
                // "the change was pushed by Dave without a review": the agent of the passive acts
                SubjectFinder.Subject agent = clauseAgent(t, first);
                if (agent != null && agent.kind().isPerson()) {
                    return agent;
                }
            }
            return s;
        }
        SubjectFinder.Subject s = subjects.before(t, first);
        if (rule.where().equals("either") && s.kind() == SubjectKind.NONE) {
            return subjects.after(t, last + 1);
        }
        if (isPassive(t, first, last)) {
            SubjectFinder.Subject agent = agent(t, last);
            if (agent != null) {
                return agent;
            }
            if (rule.passiveArtefacts() && s.kind() == SubjectKind.THING && lex.artefacts.contains(t.norm[s.end() - 1])) {
                // nobody is named, but alerts and runbooks are ignored by people
                return new SubjectFinder.Subject(SubjectKind.PERSON, s.start(), s.end());
            }
            if (s.kind().isPerson()) {
                // "users should have been redirected": the person is acted upon, not acting
                return new SubjectFinder.Subject(SubjectKind.THING, s.start(), s.end());
            }
        }
        return s;
    }

    /** "was ignored", "had been missed", "should have been triggered". */
    private boolean isPassive(Tokens t, int first, int last) {
        String after = t.word(last + 1);
        if ("been".equals(after) || "be".equals(after)) {
            return isParticiple(t.word(last + 2));
        }
        if (!isParticiple(t.norm[first])) {
            return false; // "is to blame", "was asleep": a state, not something done to the subject
        }
        int j = first - 1;
        while (j >= 0 && t.isWord(j) && (t.norm[j].equals("not") || SubjectFinder.isAdverb(t.norm[j]) || t.norm[j].equals("never"))) {
            j--;
        }
        String be = t.word(j);
        return be != null && (be.equals("was") || be.equals("were") || be.equals("been") || be.equals("be")
                || be.equals("being") || be.equals("is") || be.equals("are") || be.equals("got") || be.equals("get"));
    }

    /** A "by <person>" anywhere in the clause around token {@code at}. */
    private SubjectFinder.Subject clauseAgent(Tokens t, int at) {
        int from = at;
        while (from > 0 && !t.isBoundary(from - 1)) {
            from--;
        }
        for (int k = from; k < t.size && !t.isBoundary(k); k++) {
            if ("by".equals(t.word(k)) && isParticiple(t.word(k - 1))) {
                SubjectFinder.Subject a = subjects.after(t, k + 1);
                if (a.kind() != SubjectKind.NONE) {
                    return a;
                }
            }
        }
        return null;
    }

    boolean isParticiple(String w) {
        return w != null && (w.endsWith("ed") || w.endsWith("en") || w.endsWith("wn") || lex.verbs.contains(w)
                || lex.participles.contains(w));
    }

    /** The "by …" agent of a passive verb, if one is given in the same clause. */
    private SubjectFinder.Subject agent(Tokens t, int last) {
        for (int k = last + 1; k < t.size && k <= last + MAX_AGENT_DISTANCE && !t.isBoundary(k); k++) {
            if ("by".equals(t.norm[k])) {
                SubjectFinder.Subject a = subjects.after(t, k + 1);
                return a.kind() == SubjectKind.NONE ? null : a;
            }
        }
        return null;
    }

    private boolean clauseHas(Tokens t, int first, java.util.Set<String> words) {
        for (int j = first - 1; j >= 0 && !t.isBoundary(j); j--) {
            if (t.isWord(j) && words.contains(t.norm[j])) {
                return true;
            }
        }
        return false;
    }

    /** A plan or a possibility, not an account of what someone did: "we will simply reuse", "to just restart". */
    private boolean inPlan(Tokens t, int first) {
        if ("to".equals(t.word(first - 1))) {
            return true;
        }
        for (int j = first - 1; j >= 0 && !t.isBoundary(j); j--) {
            if (t.isWord(j) && lex.planMarkers.contains(t.norm[j])) {
                return true;
            }
        }
        String next = t.word(first + 1);
        return next != null && (next.equals("need") || next.equals("needs"));
    }
}
