package dev.noblame.sla;

import static dev.noblame.fixtures.Actions.anAction;
import static org.assertj.core.api.Assertions.assertThat;

import dev.noblame.action.ActionItem;
import dev.noblame.action.ActionState;
import dev.noblame.incident.IncidentId;
import dev.noblame.incident.Severity;
import dev.noblame.postmortem.PostmortemStatus;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SlaEvaluatorTest {
    private final SlaEvaluator sla = new SlaEvaluator(SlaPolicy.defaults());

    private static Instant at(String iso) {
        return Instant.parse(iso);
    }

    @Nested
    class An_action {

        @Test
        void with_its_own_due_date_is_due_at_the_end_of_that_day() {
            ActionItem a = anAction().due("2026-04-10").build();

            assertThat(sla.dueOf(a, "checkout")).isEqualTo(at("2026-04-11T00:00:00Z"));
        }

        @Test
        void without_a_due_date_gets_the_policy_window_from_its_creation() {
            ActionItem normal = anAction().due(null).createdAt("2026-03-02T10:00:00Z").build();
            ActionItem priority = anAction().due(null).priority().createdAt("2026-03-02T10:00:00Z").build();

            assertThat(sla.dueOf(normal, "checkout")).isEqualTo(at("2026-05-31T10:00:00Z"));
            assertThat(sla.dueOf(priority, "checkout")).as("tier 2: 8 weeks").isEqualTo(at("2026-04-27T10:00:00Z"));
        }

        @Test
        void is_on_track_then_due_soon_two_days_before_then_breached() {
            ActionItem a = anAction().due("2026-04-10").build();

            assertThat(sla.evaluate(a, "checkout", at("2026-04-08T23:59:59Z")).state()).isEqualTo(SlaState.ON_TRACK);
            assertThat(sla.evaluate(a, "checkout", at("2026-04-09T00:00:00Z")).state()).isEqualTo(SlaState.DUE_SOON);
            assertThat(sla.evaluate(a, "checkout", at("2026-04-11T00:00:00Z")).state()).isEqualTo(SlaState.BREACHED);
        }

        @Test
        void done_by_its_due_date_is_met_and_done_after_it_is_met_late() {
            ActionItem onTime = anAction().due("2026-04-10").doneAt("2026-04-10T17:00:00Z").build();
            ActionItem late = anAction().due("2026-04-10").doneAt("2026-04-12T09:00:00Z").build();

            assertThat(sla.evaluate(onTime, "checkout", at("2026-05-01T00:00:00Z")).state()).isEqualTo(SlaState.MET);
            assertThat(sla.evaluate(late, "checkout", at("2026-05-01T00:00:00Z")).state()).isEqualTo(SlaState.MET_LATE);
        }

        @Test
        void marked_wont_do_is_waived() {
            ActionItem a = anAction().due("2026-04-10").state(ActionState.WONT_DO).build();

            assertThat(sla.evaluate(a, "checkout", at("2026-05-01T00:00:00Z")).state()).isEqualTo(SlaState.WAIVED);
        }
    }

    @Nested
    class Events {

        @Test
        void a_reminder_falls_due_two_days_before_the_deadline_and_goes_to_the_owner() {
            ActionItem a = anAction().due("2026-04-10").owner("dana").build();

            List<SlaEvent> events = sla.eventsDue(a, "checkout", at("2026-04-09T08:00:00Z"), k -> false);

            assertThat(events).singleElement().satisfies(e -> {
                assertThat(e.type()).isEqualTo(SlaEventType.REMINDER);
                assertThat(e.recipient()).isEqualTo("dana");
                assertThat(e.at()).isEqualTo(at("2026-04-09T00:00:00Z"));
            });
        }

        @Test
        void a_breached_action_with_an_owner_escalates_to_the_owners_manager() {
            ActionItem a = anAction().due("2026-04-10").owner("dana").build();

            SlaEvent e = sla.eventsDue(a, "checkout", at("2026-04-12T08:00:00Z"), k -> false).get(0);

            assertThat(e.type()).isEqualTo(SlaEventType.ESCALATION);
            assertThat(e.escalateTo()).isEqualTo(EscalationTarget.OWNER_MANAGER);
            assertThat(e.recipient()).isEqualTo("dana");
        }

        @Test
        void breached_priority_action_without_owner_escalates_to_service_owner() {
            SlaEvaluator withOwner = new SlaEvaluator(SlaPolicy.parse("""
                    services:
                      payments:
                        tier: 1
                        owner: payments-lead
                    """));
            ActionItem a = anAction().priority().owner(null).due("2026-04-10").build();

            SlaEvent e = withOwner.eventsDue(a, "payments", at("2026-04-12T08:00:00Z"), k -> false).get(0);

            assertThat(e.escalateTo()).isEqualTo(EscalationTarget.SERVICE_OWNER);
            assertThat(e.recipient()).isEqualTo("payments-lead");
        }

        @Test
        void evaluating_twice_at_the_same_instant_yields_no_new_events_once_the_first_are_recorded() {
            ActionItem a = anAction().due("2026-04-10").build();
            Set<String> sent = new HashSet<>();
            Instant now = at("2026-04-12T08:00:00Z");

            List<SlaEvent> first = sla.eventsDue(a, "checkout", now, sent::contains);
            first.forEach(e -> sent.add(e.key()));
            List<SlaEvent> second = sla.eventsDue(a, "checkout", now, sent::contains);

            assertThat(first).hasSize(1);
            assertThat(second).isEmpty();
        }

        @Test
        void the_streaming_forms_give_the_same_results_as_the_list_forms() {
            List<ActionItem> actions = List.of(anAction().id(1).due("2026-04-10").build(),
                    anAction().id(2).due("2026-04-30").build(), anAction().id(3).due("2026-03-01").doneAt("2026-03-02T00:00:00Z").build());
            Instant now = at("2026-04-12T08:00:00Z");
            List<ActionSla> streamed = new java.util.ArrayList<>();
            List<SlaEvent> events = new java.util.ArrayList<>();

            sla.evaluateEach(actions, id -> "checkout", now, streamed::add);
            sla.eventsDueEach(actions, id -> "checkout", now, k -> false, events::add);

            assertThat(streamed).isEqualTo(sla.evaluateAll(actions, id -> "checkout", now));
            assertThat(events).isEqualTo(sla.eventsDueAll(actions, id -> "checkout", now, k -> false)).hasSize(2);
        }

        @Test
        void the_same_event_has_the_same_key_whenever_it_is_evaluated() {
            ActionItem a = anAction().due("2026-04-10").build();

            String early = sla.eventsDue(a, "checkout", at("2026-04-11T00:00:00Z"), k -> false).get(0).key();
            String later = sla.eventsDue(a, "checkout", at("2026-04-20T00:00:00Z"), k -> false).get(0).key();

            assertThat(later).isEqualTo(early);
        }

        @Test
        void a_done_action_asks_for_an_effectiveness_check_30_days_after_completion() {
            ActionItem a = anAction().due("2026-04-10").doneAt("2026-04-01T12:00:00Z").build();

            assertThat(sla.eventsDue(a, "checkout", at("2026-05-01T11:00:00Z"), k -> false)).isEmpty();
            assertThat(sla.eventsDue(a, "checkout", at("2026-05-01T12:00:00Z"), k -> false))
                    .singleElement().extracting(SlaEvent::type).isEqualTo(SlaEventType.VERIFY_EFFECTIVENESS);
        }
    }

    @Nested
    class A_postmortem {
        private final Instant resolved = at("2026-03-06T15:00:00Z"); // a Friday

        private PostmortemFacts facts(Severity s, PostmortemStatus status, Instant submitted, Instant approved) {
            return new PostmortemFacts(IncidentId.of(7), s, "checkout", resolved, status, submitted, approved, "sam");
        }

        @Test
        void has_its_draft_due_72_hours_after_resolution() {
            PostmortemSla s = sla.evaluate(facts(Severity.SEV1, PostmortemStatus.DRAFT, null, null), resolved).orElseThrow();

            assertThat(s.draft().due()).isEqualTo(at("2026-03-09T15:00:00Z"));
        }

        @Test
        void of_a_sev2_has_its_review_due_5_business_days_after_resolution() {
            PostmortemSla s = sla.evaluate(facts(Severity.SEV2, PostmortemStatus.DRAFT, null, null), resolved).orElseThrow();

            assertThat(s.review().due()).as("Friday + 5 business days = next Friday").isEqualTo(at("2026-03-13T15:00:00Z"));
        }

        @Test
        void of_a_sev1_has_its_review_due_3_calendar_days_after_resolution() {
            PostmortemSla s = sla.evaluate(facts(Severity.SEV1, PostmortemStatus.DRAFT, null, null), resolved).orElseThrow();

            assertThat(s.review().due()).isEqualTo(at("2026-03-09T15:00:00Z"));
        }

        @Test
        void submitted_on_time_meets_the_draft_clock() {
            PostmortemSla s = sla.evaluate(facts(Severity.SEV1, PostmortemStatus.IN_REVIEW, at("2026-03-08T10:00:00Z"), null),
                    at("2026-03-20T00:00:00Z")).orElseThrow();

            assertThat(s.draft().state()).isEqualTo(SlaState.MET);
            assertThat(s.review().state()).isEqualTo(SlaState.BREACHED);
        }

        @Test
        void not_required_waives_both_clocks_and_sends_nothing() {
            PostmortemFacts f = facts(Severity.SEV1, PostmortemStatus.NOT_REQUIRED, null, null);

            assertThat(sla.evaluate(f, at("2026-04-01T00:00:00Z")).orElseThrow().draft().state()).isEqualTo(SlaState.WAIVED);
            assertThat(sla.eventsDue(f, at("2026-04-01T00:00:00Z"), k -> false)).isEmpty();
        }

        @Test
        void of_an_unresolved_incident_has_no_clock_yet() {
            PostmortemFacts f = new PostmortemFacts(IncidentId.of(7), Severity.SEV1, "checkout", null, PostmortemStatus.DRAFT,
                    null, null, null);

            assertThat(sla.evaluate(f, at("2026-04-01T00:00:00Z"))).isEmpty();
        }

        @Test
        void overdue_draft_escalates_once() {
            PostmortemFacts f = facts(Severity.SEV1, PostmortemStatus.DRAFT, null, null);
            Set<String> sent = new HashSet<>();

            List<SlaEvent> first = sla.eventsDue(f, at("2026-03-10T00:00:00Z"), sent::contains);
            first.forEach(e -> sent.add(e.key()));

            assertThat(first).extracting(SlaEvent::type, SlaEvent::deadline).containsExactlyInAnyOrder(
                    org.assertj.core.groups.Tuple.tuple(SlaEventType.ESCALATION, DeadlineKind.POSTMORTEM_DRAFT),
                    org.assertj.core.groups.Tuple.tuple(SlaEventType.ESCALATION, DeadlineKind.POSTMORTEM_REVIEW));
            assertThat(sla.eventsDue(f, at("2026-03-10T00:00:00Z"), sent::contains)).isEmpty();
        }
    }

    @Nested
    class Per_service_rules {
        private final SlaEvaluator berlin = new SlaEvaluator(SlaPolicy.parse("""
                calendars:
                  berlin:
                    zone: Europe/Berlin
                    holidays: [2026-04-06]
                reminders:
                  before: 2 business days
                services:
                  payments:
                    tier: 1
                    calendar: berlin
                    maxBreachedPriorityActions: 1
                """));

        @Test
        void a_due_date_ends_at_midnight_in_the_services_zone() {
            ActionItem a = anAction().due("2026-04-10").build();

            assertThat(berlin.dueOf(a, "payments")).isEqualTo(at("2026-04-10T22:00:00Z"));
            assertThat(berlin.dueOf(a, "checkout")).as("other services keep UTC").isEqualTo(at("2026-04-11T00:00:00Z"));
        }

        @Test
        void a_reminder_two_business_days_before_skips_the_weekend_and_holidays() {
            // due end of Tuesday 7 April (Berlin); Monday 6 April is a holiday, so two business days back is Thursday end of day.
            ActionItem a = anAction().due("2026-04-07").build();

            ActionSla s = berlin.evaluate(a, "payments", at("2026-04-03T12:00:00Z"));

            assertThat(s.remindAt()).isEqualTo(at("2026-04-02T22:00:00Z"));
            assertThat(s.state()).isEqualTo(SlaState.DUE_SOON);
        }

        @Test
        void breached_priority_actions_are_counted_per_service_for_the_deploy_gate() {
            List<ActionItem> actions = List.of(
                    anAction().id(1).ofIncident(1).priority().due("2026-04-01").build(),
                    anAction().id(2).ofIncident(1).priority().due("2026-04-02").build(),
                    anAction().id(3).ofIncident(1).due("2026-04-01").build(),                 // normal priority
                    anAction().id(4).ofIncident(1).priority().due("2026-04-01").doneAt("2026-04-03T00:00:00Z").build(),
                    anAction().id(5).ofIncident(2).priority().due("2026-05-01").build());     // not yet due

            var breached = berlin.breachedPriorityActions(actions, id -> id.number() == 1 ? "payments" : "search",
                    at("2026-04-10T00:00:00Z"));

            assertThat(breached).containsExactly(java.util.Map.entry("payments", 2));
            assertThat(breached.get("payments")).isGreaterThan(berlin.policy().breachedPriorityActionLimit("payments"));
        }
    }
}
