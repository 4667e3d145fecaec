package dev.noblame.server.demo;

import dev.noblame.action.ActionItem;
import dev.noblame.action.ActionState;
import dev.noblame.incident.Incident;
import dev.noblame.incident.IncidentKind;
import dev.noblame.incident.IncidentStatus;
import dev.noblame.incident.Report;
import dev.noblame.incident.Reporter;
import dev.noblame.postmortem.ContributingFactor;
import dev.noblame.postmortem.PostmortemStatus;
import dev.noblame.postmortem.Section;
import dev.noblame.server.AppContext;
import dev.noblame.server.auth.ApiTokens;
import dev.noblame.server.auth.Role;
import dev.noblame.server.demo.DemoScenarios.Scenario;
import dev.noblame.server.usecase.AddingActionItem;
import dev.noblame.server.usecase.AddingTimelineEntry;
import dev.noblame.server.usecase.EditingIncident;
import dev.noblame.server.usecase.EditingPostmortem;
import dev.noblame.server.usecase.ReportingIncident;
import dev.noblame.server.usecase.TransitioningAction;
import dev.noblame.server.usecase.TransitioningIncident;
import dev.noblame.server.usecase.TransitioningPostmortem;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Seeds a realistic organisation (about 50 incidents and near-misses over six months, six
 * services, four teams) through the same use cases the API calls, so the evidence chain covers
 * every seeded fact. Refuses to touch a database that already holds incidents or evidence.
 */
public final class DemoOrganisation {
    static final int REPORTS = 50;
    static final Duration SPAN = Duration.ofDays(180);
    private static final List<String> RESPONDERS = List.of("ana.ruiz", "sam.okafor", "li.wei", "maria.keller");
    private static final List<String> REVIEWERS = List.of("tom.berg", "priya.shah");

    /** What was seeded; {@code admin} is a token to sign in with, shown once. */
    public record Seeded(int incidents, int nearMisses, int actions, int deployments, ApiTokens.Created admin) {
    }

    private final AppContext app;
    private final DemoClock clock;
    private final Random random = new Random(20260301);
    private final Instant now;
    private int actions;

    private DemoOrganisation(AppContext app) {
        this.now = app.clock().instant();
        this.clock = new DemoClock(now.minus(SPAN));
        this.app = app.withClock(clock);
    }

    public static Optional<Seeded> seedIfEmpty(AppContext app, ApiTokens tokens) {
        if (!app.incidentStore().isEmpty() || app.evidence().size() > 0) {
            return Optional.empty();
        }
        DemoOrganisation demo = new DemoOrganisation(app);
        int incidents = 0;
        int nearMisses = 0;
        for (int i = 0; i < REPORTS; i++) {
            Instant started = demo.now.minus(SPAN).plus(SPAN.multipliedBy(i).dividedBy(REPORTS)).plus(Duration.ofMinutes(demo.random.nextInt(600)));
            if (i % 6 == 5) {
                demo.nearMiss(DemoScenarios.NEAR_MISSES.get(nearMisses % DemoScenarios.NEAR_MISSES.size()), started, i);
                nearMisses++;
            } else {
                demo.incident(DemoScenarios.INCIDENTS.get(incidents % DemoScenarios.INCIDENTS.size()), started, i);
                incidents++;
            }
        }
        int deployments = new DemoDeployments(app, demo.random).seed(demo.now.minus(SPAN), demo.now);
        app.evidence().checkpoint();
        ApiTokens.Created admin = tokens.create("demo admin", Role.ADMIN);
        return Optional.of(new Seeded(incidents, nearMisses, demo.actions, deployments, admin));
    }

    private Incident report(Scenario s, IncidentKind kind, Instant started, int i) {
        clock.set(started.plus(Duration.ofMinutes(3 + random.nextInt(25))));
        Reporter reporter = i % 3 == 0 ? Reporter.anonymous() : Reporter.named(RESPONDERS.get(i % RESPONDERS.size()));
        Incident incident = new ReportingIncident(app).handle(new ReportingIncident.Command(new Report(kind, s.whatHappened(),
                started, s.service(), s.severity(), s.team(), "production", reporter, null)));
        if (s.vendor() != null || s.release() != null || i % 4 == 0) {
            new EditingIncident(app).handle(new EditingIncident.Command(incident.id(), null, null, s.vendor(), s.release(),
                    List.of("OPS-" + (100 + i)), null, null, lead(i)));
        }
        return incident;
    }

    private void nearMiss(Scenario s, Instant started, int i) {
        Incident incident = report(s, IncidentKind.NEAR_MISS, started, i);
        if (i % 2 == 1) {
            postmortem(s, incident, started.plus(Duration.ofDays(1)), i, PostmortemStatus.PUBLISHED);
        }
        addActions(s, incident, started.plus(Duration.ofDays(1)), i);
    }

    private void incident(Scenario s, Instant started, int i) {
        Incident incident = report(s, IncidentKind.INCIDENT, started, i);
        Instant t = clock.instant();
        String lead = lead(i);
        entry(incident, t.plus(Duration.ofMinutes(2)), "Alert acknowledged; " + lead + " is incident lead.", "pager", lead);
        boolean recent = Duration.between(started, now).toDays() < 4;
        if (i == REPORTS - 2) {
            return;
        }
        move(incident, IncidentStatus.INVESTIGATING, t.plus(Duration.ofMinutes(4)), null, lead);
        if (i == 13) {
            move(incident, IncidentStatus.DISMISSED, t.plus(Duration.ofMinutes(20)), "Duplicate of an incident reported minutes earlier", lead);
            return;
        }
        Instant mitigated = t.plus(Duration.ofMinutes(20 + random.nextInt(70)));
        entry(incident, mitigated.minus(Duration.ofMinutes(5)), s.response(), "manual", lead);
        move(incident, IncidentStatus.MITIGATED, mitigated, null, lead);
        if (recent || i == REPORTS - 3) {
            return;
        }
        Instant resolved = mitigated.plus(Duration.ofMinutes(30 + random.nextInt(240)));
        entry(incident, resolved, s.recovery(), "manual", lead);
        move(incident, IncidentStatus.RESOLVED, resolved, null, lead);
        PostmortemStatus target = targetState(s, started, i);
        if (target != null) {
            postmortem(s, incident, resolved.plus(Duration.ofHours(20 + random.nextInt(40))), i, target);
        }
        addActions(s, incident, resolved.plus(Duration.ofDays(2)), i);
        if (Duration.between(started, now).toDays() > 120 && i % 2 == 0) {
            move(incident, IncidentStatus.CLOSED, resolved.plus(Duration.ofDays(30)), null, lead);
        }
    }

    /** Older postmortems are finished; recent ones are somewhere along the way; minor ones may be waived. */
    private PostmortemStatus targetState(Scenario s, Instant started, int i) {
        long age = Duration.between(started, now).toDays();
        if (!s.severity().isMajor() && i % 4 == 3) {
            return PostmortemStatus.NOT_REQUIRED;
        }
        if (age > 120) {
            return i % 2 == 0 ? PostmortemStatus.CLOSED : PostmortemStatus.PUBLISHED;
        }
        if (age > 60) {
            return i % 3 == 0 ? PostmortemStatus.APPROVED : PostmortemStatus.PUBLISHED;
        }
        if (age > 25) {
            return PostmortemStatus.IN_REVIEW;
        }
        return PostmortemStatus.DRAFT;
    }

    private void postmortem(Scenario s, Incident incident, Instant at, int i, PostmortemStatus target) {
        String author = lead(i);
        String reviewer = REVIEWERS.get(i % REVIEWERS.size());
        clock.set(at);
        if (target == PostmortemStatus.NOT_REQUIRED) {
            new TransitioningPostmortem(app).handle(new TransitioningPostmortem.Command(incident.id(), target, author,
                    "Minor impact, fully covered by an existing action on the same factor"));
            return;
        }
        Map<Section, String> sections = new EnumMap<>(Section.class);
        sections.put(Section.SUMMARY, s.summary());
        sections.put(Section.IMPACT, s.impact());
        sections.put(Section.DETECTION, s.detection());
        sections.put(Section.RESPONSE, s.response());
        sections.put(Section.RECOVERY, s.recovery());
        sections.put(Section.WHAT_WENT_WELL, s.wentWell());
        sections.put(Section.WHAT_WENT_WRONG, s.wentWrong());
        sections.put(Section.WHERE_WE_GOT_LUCKY, s.lucky());
        List<ContributingFactor> factors = s.factors().stream()
                .map(f -> new ContributingFactor(f.category(), f.text(), new LinkedHashSet<>(List.of(f.tags())))).toList();
        new EditingPostmortem(app).handle(new EditingPostmortem.Command(incident.id(), sections, factors, Set.of(reviewer), author));
        List<PostmortemStatus> path = List.of(PostmortemStatus.IN_REVIEW, PostmortemStatus.APPROVED, PostmortemStatus.PUBLISHED,
                PostmortemStatus.CLOSED);
        for (PostmortemStatus step : path) {
            if (target == PostmortemStatus.DRAFT) {
                break;
            }
            at = at.plus(Duration.ofHours(6 + random.nextInt(60)));
            clock.set(at);
            String by = step == PostmortemStatus.IN_REVIEW ? author : reviewer;
            new TransitioningPostmortem(app).handle(new TransitioningPostmortem.Command(incident.id(), step, by, null));
            if (step == target) {
                break;
            }
        }
    }

    /**
     * Actions of older incidents are finished (most on time, some late); recent ones are open,
     * some due within days and some already past due, so every SLA state shows.
     */
    private void addActions(Scenario s, Incident incident, Instant at, int i) {
        for (DemoScenarios.Action a : s.actions()) {
            clock.set(at);
            long age = Duration.between(at, now).toDays();
            LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
            LocalDate due = age > 45 ? LocalDate.ofInstant(at, ZoneOffset.UTC).plusDays(28 + random.nextInt(30))
                    : (actions % 3 == 0 ? today.plusDays(1 + random.nextInt(2)) : today.minusDays(1 + random.nextInt(10)));
            if (age <= 45 && actions % 3 == 2) {
                due = today.plusDays(20 + random.nextInt(40));
            }
            ActionItem item = new AddingActionItem(app).handle(new AddingActionItem.Command(incident.id(), a.title(), a.owner(), due,
                    a.criterion(), a.cls(), a.priority(), s.factors().isEmpty() ? null : key(s.factors().get(0)), lead(i)));
            actions++;
            if (age > 45) {
                Instant done = due.atStartOfDay(ZoneOffset.UTC).toInstant().plus(Duration.ofDays(actions % 5 == 0 ? 6 : -3));
                act(item, ActionState.IN_PROGRESS, at.plus(Duration.ofDays(2)), a.owner());
                act(item, ActionState.DONE, done.isAfter(now) ? now.minus(Duration.ofDays(1)) : done, a.owner());
                if (age > 100 && actions % 2 == 0) {
                    act(item, ActionState.VERIFIED_EFFECTIVE, done.plus(Duration.ofDays(14)), REVIEWERS.get(0));
                }
            } else if (actions % 2 == 0) {
                act(item, ActionState.IN_PROGRESS, at.plus(Duration.ofDays(1)), a.owner());
            }
        }
    }

    private static String key(DemoScenarios.Factor f) {
        return dev.noblame.common.Wire.name(f.category()) + (f.tags().length == 0 ? "" : ":" + f.tags()[0]);
    }

    private void act(ActionItem item, ActionState to, Instant at, String by) {
        clock.set(at.isAfter(now) ? now : at);
        new TransitioningAction(app).handle(new TransitioningAction.Command(item.id(), to, null, by));
    }

    private void move(Incident incident, IncidentStatus to, Instant at, String reason, String by) {
        clock.set(at);
        new TransitioningIncident(app).handle(new TransitioningIncident.Command(incident.id(), to, reason, by));
    }

    private void entry(Incident incident, Instant at, String text, String source, String author) {
        clock.set(at);
        new AddingTimelineEntry(app).handle(new AddingTimelineEntry.Command(incident.id(), at, text, source, author));
    }

    private static String lead(int i) {
        return RESPONDERS.get((i / 2) % RESPONDERS.size());
    }
}
