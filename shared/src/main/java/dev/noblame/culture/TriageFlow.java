package dev.noblame.culture;

import dev.noblame.common.DomainException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A guided walk through {@link DecisionTree}: ask {@link #next()}, give {@link #answer}, until
 * {@link #outcome()} is present; then {@link #record} makes the restricted record. Immutable:
 * each answer returns a new flow, so a UI can go back by keeping the previous one.
 *
 * <pre>{@code
 * TriageFlow flow = TriageFlow.start(request);
 * while (flow.outcome().isEmpty()) {
 *     DecisionTree.Question q = flow.next().orElseThrow();
 *     flow = flow.answer(q.id(), askPeopleOps(q));
 * }
 * JustCultureRecord r = flow.record("JC-7", Instant.now());
 * }</pre>
 */
public final class TriageFlow {
    /** One answered question. */
    public record Answer(String question, String test, boolean yes) {
    }

    private final DecisionTree tree;
    private final TriageRequest request;
    private final List<Answer> answers;
    private final String current;

    private TriageFlow(DecisionTree tree, TriageRequest request, List<Answer> answers, String current) {
        this.tree = tree;
        this.request = request;
        this.answers = List.copyOf(answers);
        this.current = current;
    }

    public static TriageFlow start(TriageRequest request) {
        return start(DecisionTree.defaults(), request);
    }

    public static TriageFlow start(DecisionTree tree, TriageRequest request) {
        if (request == null) {
            throw new DomainException("a triage needs a request naming the existing concern and the one person it is about");
        }
        return new TriageFlow(tree, request, List.of(), tree.first().id());
    }

    /** The question to ask now; empty when the triage has reached an outcome. */
    public Optional<DecisionTree.Question> next() {
        return tree.isOutcome(current) ? Optional.empty() : Optional.of(tree.question(current));
    }

    /** Answers the current question; answering any other question is refused with its id. */
    public TriageFlow answer(String questionId, boolean yes) {
        DecisionTree.Question q = next().orElseThrow(() ->
                new DomainException("the triage is complete (" + outcome().orElseThrow().culpability().wire() + "); start a new one to re-assess"));
        if (!q.id().equals(questionId)) {
            throw new DomainException("the current question is '" + q.id() + "', not '" + questionId + "'");
        }
        List<Answer> more = new ArrayList<>(answers);
        more.add(new Answer(q.id(), q.test(), yes));
        return new TriageFlow(tree, request, more, yes ? q.yes() : q.no());
    }

    public Optional<DecisionTree.Outcome> outcome() {
        return Optional.ofNullable(tree.outcome(current));
    }

    public List<Answer> answers() {
        return answers;
    }

    public TriageRequest request() {
        return request;
    }

    /** The restricted record of a completed triage. */
    public JustCultureRecord record(String id, Instant at) {
        DecisionTree.Outcome o = outcome().orElseThrow(() ->
                new DomainException("the triage has not reached an outcome; answer '" + current + "' next"));
        return new JustCultureRecord(id, request, answers, o.culpability(), o.response(), o.advice(), at);
    }
}
