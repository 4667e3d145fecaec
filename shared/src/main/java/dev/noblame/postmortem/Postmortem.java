package dev.noblame.postmortem;

import dev.noblame.common.DomainEvent;
import dev.noblame.common.DomainException;
import dev.noblame.common.Transition;
import dev.noblame.common.ValidationException;
import dev.noblame.common.Wire;
import dev.noblame.incident.IncidentId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** One per incident. Sections are plain text (Markdown-ish); rendering lives elsewhere. */
public record Postmortem(
        IncidentId incident,
        PostmortemStatus status,
        Map<Section, String> sections,
        List<ContributingFactor> factors,
        Set<String> authors,
        Set<String> reviewers,
        Set<String> approvals,
        String notRequiredReason,
        Instant createdAt,
        Instant updatedAt) {

    public static final int MAX_SECTION = 100_000;

    public Postmortem {
        Objects.requireNonNull(incident, "incident");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        EnumMap<Section, String> copy = new EnumMap<>(Section.class);
        if (sections != null) {
            sections.forEach((k, v) -> {
                if (v != null && !v.isBlank()) {
                    copy.put(k, v);
                }
            });
        }
        sections = Collections.unmodifiableMap(copy);
        factors = List.copyOf(factors == null ? List.of() : factors);
        authors = Collections.unmodifiableSet(new LinkedHashSet<>(authors == null ? Set.of() : authors));
        reviewers = Collections.unmodifiableSet(new LinkedHashSet<>(reviewers == null ? Set.of() : reviewers));
        approvals = Collections.unmodifiableSet(new LinkedHashSet<>(approvals == null ? Set.of() : approvals));
        updatedAt = updatedAt == null ? createdAt : updatedAt;
    }

    public static Postmortem start(IncidentId incident, Instant at) {
        return new Postmortem(incident, PostmortemStatus.DRAFT, Map.of(), List.of(), Set.of(), Set.of(), Set.of(), null, at, at);
    }

    public String section(Section s) {
        return sections.getOrDefault(s, "");
    }

    public boolean isEditable() {
        return status == PostmortemStatus.DRAFT;
    }

    // ---- edits (only in draft) --------------------------------------------------------------

    public Postmortem withSection(Section s, String text, String author, Instant at) {
        requireEditable();
        if (text != null && text.length() > MAX_SECTION) {
            throw ValidationException.field("sections." + s.name().toLowerCase(), "is longer than " + MAX_SECTION + " characters");
        }
        EnumMap<Section, String> next = new EnumMap<>(Section.class);
        next.putAll(sections);
        next.put(s, text == null ? "" : text);
        return new Postmortem(incident, status, next, factors, plus(authors, author), reviewers, approvals, notRequiredReason, createdAt, at);
    }

    public Postmortem withFactors(List<ContributingFactor> newFactors, String author, Instant at) {
        requireEditable();
        return new Postmortem(incident, status, sections, newFactors, plus(authors, author), reviewers, approvals, notRequiredReason, createdAt, at);
    }

    public Postmortem withReviewers(Set<String> newReviewers, Instant at) {
        if (status != PostmortemStatus.DRAFT && status != PostmortemStatus.IN_REVIEW) {
            throw new DomainException("reviewers can only change while the postmortem is draft or in_review (it is " + Wire.name(status) + ")");
        }
        return new Postmortem(incident, status, sections, factors, authors, newReviewers, approvals, notRequiredReason, createdAt, at);
    }

    // ---- lifecycle --------------------------------------------------------------------------

    public Transition<Postmortem> submitForReview(Instant at, String by) {
        if (!sections.containsKey(Section.SUMMARY)) {
            throw ValidationException.field("sections.summary", "is required before review");
        }
        return move(PostmortemStatus.IN_REVIEW, at, by, null, approvals);
    }

    public Transition<Postmortem> requestChanges(Instant at, String by) {
        return move(PostmortemStatus.DRAFT, at, by, null, Set.of());
    }

    /** An approval by a reviewer who is not an author. Authors cannot approve their own work. */
    public Transition<Postmortem> approve(Instant at, String reviewer) {
        if (reviewer == null || reviewer.isBlank()) {
            throw ValidationException.field("reviewer", "is required to approve");
        }
        if (authors.contains(reviewer)) {
            throw new DomainException(reviewer + " is an author of this postmortem and cannot approve it; ask another reviewer");
        }
        return move(PostmortemStatus.APPROVED, at, reviewer, null, plus(approvals, reviewer));
    }

    public Transition<Postmortem> publish(Instant at, String by) {
        return move(PostmortemStatus.PUBLISHED, at, by, null, approvals);
    }

    public Transition<Postmortem> close(Instant at, String by) {
        return move(PostmortemStatus.CLOSED, at, by, null, approvals);
    }

    public Transition<Postmortem> markNotRequired(Instant at, String by, String reason) {
        if (reason == null || reason.isBlank()) {
            throw ValidationException.field("reason", "is required when a postmortem is not required");
        }
        return move(PostmortemStatus.NOT_REQUIRED, at, by, reason.strip(), approvals);
    }

    public Transition<Postmortem> reopenDraft(Instant at, String by) {
        return move(PostmortemStatus.DRAFT, at, by, null, Set.of());
    }

    /** For callers that receive the target as data. */
    public Transition<Postmortem> moveTo(PostmortemStatus target, Instant at, String by, String reason) {
        return switch (target) {
            case IN_REVIEW -> submitForReview(at, by);
            case APPROVED -> approve(at, by);
            case PUBLISHED -> publish(at, by);
            case CLOSED -> close(at, by);
            case NOT_REQUIRED -> markNotRequired(at, by, reason);
            case DRAFT -> status == PostmortemStatus.NOT_REQUIRED ? reopenDraft(at, by) : requestChanges(at, by);
        };
    }

    private Transition<Postmortem> move(PostmortemStatus to, Instant at, String by, String reason, Set<String> newApprovals) {
        PostmortemStatus.TABLE.check(status, to);
        Postmortem after = new Postmortem(incident, to, sections, factors, authors, reviewers, newApprovals,
                to == PostmortemStatus.NOT_REQUIRED ? reason : null, createdAt, at);
        return new Transition<>(after, DomainEvent.of("postmortem." + Wire.name(to), incident.toString(), at,
                "from", Wire.name(status), "to", Wire.name(to), "by", by, "reason", reason));
    }

    private void requireEditable() {
        if (!isEditable()) {
            throw new DomainException("the postmortem is " + Wire.name(status) + "; move it back to draft to edit it");
        }
    }

    private static Set<String> plus(Set<String> set, String value) {
        if (value == null || value.isBlank() || set.contains(value)) {
            return set;
        }
        Set<String> next = new LinkedHashSet<>(set);
        next.add(value);
        return next;
    }

    public List<ContributingFactor> factorsOf(FactorCategory c) {
        List<ContributingFactor> out = new ArrayList<>();
        for (ContributingFactor f : factors) {
            if (f.category() == c) {
                out.add(f);
            }
        }
        return out;
    }
}
