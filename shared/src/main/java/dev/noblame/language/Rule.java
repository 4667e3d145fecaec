package dev.noblame.language;

import dev.noblame.common.Checks;
import java.util.List;
import java.util.Set;

/**
 * One entry of the rule catalogue: what to look for, when it is about a person, and what to
 * write instead.
 *
 * @param subject who the phrase must be about for it to count: {@code any} (always blaming),
 *     {@code person} (a pronoun, role or name), {@code named} (a name), {@code not-thing}
 *     (a person, or no subject at all: "Forgot to renew the certificate.")
 * @param where where that subject stands: {@code before} the phrase (the subject of a verb),
 *     {@code after} it ("why did [you]…", "caused by [Bob]"), {@code either}, or the subject of
 *     the whole {@code clause} for phrases that modify its verb ("[the DBA] ran it without checking")
 * @param passiveArtefacts "the alert was ignored" counts as about a person: alerts, pages and
 *     runbooks are things people act on
 * @param notBefore the phrase does not count right after one of these words ("not obvious")
 * @param notAfter the phrase does not count right before one of these words ("lazy loading")
 * @param notInPlan the phrase does not count in a plan or a possibility ("we will simply reuse")
 * @param requireBefore the phrase counts only when one of these words opens its clause ("if … had")
 * @param sentenceStart the phrase counts only at the start of a sentence ("Had the engineer tested…")
 * @param participleAfter the phrase counts only before a past participle ("should have checked",
 *     not "should have a runbook")
 */
public record Rule(
        String id,
        String category,
        FindingSeverity severity,
        String explanation,
        String suggestion,
        List<String> phrases,
        String subject,
        String where,
        boolean passiveArtefacts,
        Set<String> notBefore,
        Set<String> notAfter,
        boolean notInPlan,
        Set<String> requireBefore,
        boolean sentenceStart,
        boolean participleAfter) {

    static final Set<String> SUBJECTS = Set.of("any", "person", "named", "not-thing");
    static final Set<String> WHERES = Set.of("before", "after", "either", "clause");

    public Rule {
        subject = subject == null ? "any" : subject;
        where = where == null ? "before" : where;
        phrases = List.copyOf(phrases == null ? List.of() : phrases);
        notBefore = Set.copyOf(notBefore == null ? Set.of() : notBefore);
        notAfter = Set.copyOf(notAfter == null ? Set.of() : notAfter);
        requireBefore = Set.copyOf(requireBefore == null ? Set.of() : requireBefore);
        Checks.start()
                .notBlank(id, "id")
                .notBlank(category, "category")
                .notNull(severity, "severity")
                .notBlank(explanation, "explanation")
                .notBlank(suggestion, "suggestion")
                .require(!phrases.isEmpty(), "phrases", "needs at least one phrase")
                .require(SUBJECTS.contains(subject), "subject", "must be one of " + SUBJECTS + " (got '" + subject + "')")
                .require(WHERES.contains(where), "where", "must be one of " + WHERES + " (got '" + where + "')")
                .orThrow();
    }
}
