package dev.noblame.action;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks an action item against SMART: someone owns it, it has a due date, success is measurable,
 * and it commits to an outcome rather than to activity ("investigate", "look into") alone.
 * Usage: {@code SmartCheck.check(action)} gives the findings, empty when the action is SMART.
 */
public final class SmartCheck {
    /** Verbs that describe activity, not an outcome; fine when the action also says what it will produce. */
    static final List<String> VAGUE_VERBS = List.of("look into", "investigate", "consider", "monitor", "explore",
            "think about", "try to", "review", "check", "discuss", "evaluate", "research", "keep an eye on", "follow up on");

    /** Owners that are nobody in particular. */
    static final List<String> VAGUE_OWNERS = List.of("tbd", "tba", "n/a", "na", "none", "someone", "everyone", "all", "team",
            "the team", "us", "we", "?", "unknown", "nobody");

    /** Politeness and modal lead-ins that do not change what the action commits to. */
    private static final Pattern LEAD_IN = Pattern.compile("^(?:(?:we|i|you|someone|team)\\s+)?(?:should|must|need to|needs to|will|to|please)\\s+");

    /** Words that tie activity to a result: "investigate X and document the cause in the runbook". */
    private static final Pattern OUTCOME = Pattern.compile(
            "\\b(so that|in order to|to decide|to determine|and (fix|add|remove|document|write|publish|decide|implement|"
                    + "automate|replace|deploy|update|create|file|raise|set up|configure|alert|block|limit|migrate)|resulting in|"
                    + "until|by adding|by removing|with a (decision|fix|runbook|ticket|report))\\b",
            Pattern.CASE_INSENSITIVE);

    /** A criterion someone can check: a number, a comparison, or an observable state. */
    private static final Pattern MEASURABLE = Pattern.compile(
            "\\d|\\b(zero|no more than|at least|at most|less than|more than|fewer than|under|below|above|within|"
                    + "every|all|none|no longer|never|always|passes|fails|alerts?|fires|pages|merged|deployed|released|"
                    + "enabled|disabled|removed|documented|published|automated|exists|returns|blocks?|rejects?|"
                    + "is in place|in production|signed off|approved)\\b|[<>≤≥%]",
            Pattern.CASE_INSENSITIVE);

    public static final List<SmartRule> RULES = List.of(
            new SmartRule("owner-missing", "Someone specific owns the action.", SmartCheck::ownerMissing),
            new SmartRule("owner-vague", "The owner is a person or a role, not a crowd.", SmartCheck::ownerVague),
            new SmartRule("due-missing", "The action has a due date.", a -> a.dueDate() == null
                    ? finding("due-missing", "dueDate", "no due date", "Set a due date; the policy's window for its priority is a good default.")
                    : Optional.empty()),
            new SmartRule("criterion-missing", "Success is defined.", a -> a.successCriterion() == null
                    ? finding("criterion-missing", "successCriterion", "no success criterion",
                    "Say how we will know it worked, e.g. 'p99 latency under 300 ms for 7 days' or 'alert fires in the staging drill'.")
                    : Optional.empty()),
            new SmartRule("criterion-not-measurable", "Success can be checked.", SmartCheck::notMeasurable),
            new SmartRule("vague-verb", "The action commits to an outcome, not just activity.", SmartCheck::vagueVerb));

    private SmartCheck() {
    }

    public static List<SmartFinding> check(ActionItem action) {
        List<SmartFinding> out = new ArrayList<>();
        for (SmartRule r : RULES) {
            r.apply(action).ifPresent(out::add);
        }
        return out;
    }

    public static boolean isSmart(ActionItem action) {
        return check(action).isEmpty();
    }

    private static Optional<SmartFinding> ownerMissing(ActionItem a) {
        return a.owner() == null
                ? finding("owner-missing", "owner", "no owner", "Name one person or role who will see it through, e.g. 'payments on-call lead'.")
                : Optional.empty();
    }

    private static Optional<SmartFinding> ownerVague(ActionItem a) {
        if (a.owner() == null || !VAGUE_OWNERS.contains(a.owner().toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        return finding("owner-vague", "owner", "the owner '" + a.owner() + "' is nobody in particular",
                "Name one person or role; a team can do the work, but one owner keeps it moving.");
    }

    private static Optional<SmartFinding> notMeasurable(ActionItem a) {
        if (a.successCriterion() == null || MEASURABLE.matcher(a.successCriterion()).find()) {
            return Optional.empty();
        }
        return finding("criterion-not-measurable", "successCriterion",
                "the success criterion '" + a.successCriterion() + "' has nothing to check or count",
                "Add a number or an observable check: a threshold, a count, or a state such as 'alert fires' or 'runbook published'.");
    }

    private static Optional<SmartFinding> vagueVerb(ActionItem a) {
        String title = LEAD_IN.matcher(a.title().toLowerCase(Locale.ROOT)).replaceFirst("");
        for (String verb : VAGUE_VERBS) {
            if (startsWithWord(title, verb) && !OUTCOME.matcher(title).find()) {
                boolean criterionSaysOutcome = a.successCriterion() != null && MEASURABLE.matcher(a.successCriterion()).find();
                if (criterionSaysOutcome) {
                    return Optional.empty();
                }
                return finding("vague-verb", "title", "'" + verb + "' describes activity with no outcome",
                        "Say what it will produce: '" + capital(verb) + " X and decide Y', '... so that Z', or replace it with the fix itself.");
            }
        }
        return Optional.empty();
    }

    private static boolean startsWithWord(String text, String phrase) {
        return text.startsWith(phrase) && (text.length() == phrase.length() || !Character.isLetter(text.charAt(phrase.length())));
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static Optional<SmartFinding> finding(String rule, String field, String message, String suggestion) {
        return Optional.of(new SmartFinding(rule, field, message, suggestion));
    }
}
