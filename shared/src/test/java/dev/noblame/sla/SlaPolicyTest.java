package dev.noblame.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.noblame.action.ActionPriority;
import dev.noblame.incident.Severity;
import dev.noblame.postmortem.Requirement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SlaPolicyTest {

    @Nested
    class The_default_policy {
        private final SlaPolicy policy = SlaPolicy.defaults();

        @Test
        void requires_a_postmortem_for_sev1_and_sev2_data_loss_security_exposure_and_on_request() {
            assertThat(policy.postmortemTriggers().severities()).containsExactlyInAnyOrder(Severity.SEV1, Severity.SEV2);
            assertThat(policy.postmortemTriggers().dataLoss()).isTrue();
            assertThat(policy.postmortemTriggers().securityExposure()).isTrue();
            assertThat(policy.postmortemTriggers().onRequest()).isTrue();
            assertThat(policy.postmortemTriggers().nearMiss()).isEqualTo(Requirement.LIGHT_REVIEW);
        }

        @Test
        void wants_the_draft_72_hours_after_resolution() {
            assertThat(policy.draftDue()).isEqualTo(SlaWindow.hours(72));
        }

        @Test
        void wants_the_review_within_3_calendar_days_for_sev1_and_5_business_days_for_sev2() {
            assertThat(policy.reviewWindow(Severity.SEV1)).isEqualTo(SlaWindow.days(3));
            assertThat(policy.reviewWindow(Severity.SEV2)).isEqualTo(SlaWindow.businessDays(5));
        }

        @Test
        void gives_priority_actions_4_weeks_in_tier_1_and_8_weeks_in_tier_2_and_normal_actions_90_days() {
            assertThat(policy.priorityDueByTier()).containsEntry(1, SlaWindow.weeks(4)).containsEntry(2, SlaWindow.weeks(8));
            assertThat(policy.actionWindow(ActionPriority.NORMAL, "anything")).isEqualTo(SlaWindow.days(90));
        }

        @Test
        void puts_unlisted_services_in_tier_2_on_the_standard_calendar() {
            ServicePolicy s = policy.service("checkout");
            assertThat(s.tier()).isEqualTo(2);
            assertThat(s.calendar()).isEqualTo("standard");
            assertThat(policy.actionWindow(ActionPriority.PRIORITY, "checkout")).isEqualTo(SlaWindow.weeks(8));
        }

        @Test
        void reminds_2_days_before_due_and_escalates_to_the_owners_manager_then_the_service_owner() {
            assertThat(policy.reminderBefore()).isEqualTo(SlaWindow.days(2));
            assertThat(policy.escalateTo()).containsExactly(EscalationTarget.OWNER_MANAGER, EscalationTarget.SERVICE_OWNER);
        }

        @Test
        void blocks_the_deploy_gate_at_the_first_breached_priority_action() {
            assertThat(policy.breachedPriorityActionLimit("checkout")).isZero();
        }

        @Test
        void has_a_us_federal_calendar_in_new_york_time() {
            BusinessCalendar us = policy.calendars().get("us-federal");
            assertThat(us.zone()).isEqualTo(ZoneId.of("America/New_York"));
            assertThat(us.isBusinessDay(LocalDate.of(2026, 11, 26))).as("Thanksgiving 2026").isFalse();
        }
    }

    @Nested
    class A_policy_file {

        @Test
        void overrides_only_the_keys_it_names_and_keeps_the_defaults_for_the_rest() {
            SlaPolicy p = SlaPolicy.parse("""
                    actions:
                      normalDue: 60 days
                    """);

            assertThat(p.normalDue()).isEqualTo(SlaWindow.days(60));
            assertThat(p.draftDue()).isEqualTo(SlaWindow.hours(72));
            assertThat(p.priorityDueByTier()).containsEntry(1, SlaWindow.weeks(4));
        }

        @Test
        void configures_a_service_tier_calendar_and_owner() {
            SlaPolicy p = SlaPolicy.parse("""
                    calendars:
                      berlin:
                        zone: Europe/Berlin
                        weekend: [saturday, sunday]
                        holidays: [2026-12-24, 2026-12-25]
                    services:
                      payments:
                        tier: 1
                        calendar: berlin
                        owner: payments-lead
                    """);

            assertThat(p.actionWindow(ActionPriority.PRIORITY, "payments")).isEqualTo(SlaWindow.weeks(4));
            assertThat(p.service("payments").owner()).isEqualTo("payments-lead");
            BusinessCalendar berlin = p.calendarOf("payments");
            assertThat(berlin.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
            assertThat(berlin.isBusinessDay(LocalDate.of(2026, 12, 24))).isFalse();
            assertThat(berlin.weekend()).containsExactlyInAnyOrder(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        }

        @Test
        void a_calendar_that_names_no_weekend_rests_on_saturday_and_sunday_and_an_empty_one_works_every_day() {
            SlaPolicy p = SlaPolicy.parse("""
                    calendars:
                      office:
                        zone: Europe/Paris
                      always:
                        zone: UTC
                        weekend: []
                    """);

            assertThat(p.calendars().get("office").weekend()).containsExactlyInAnyOrder(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
            assertThat(p.calendars().get("always").weekend()).isEmpty();
        }

        @Test
        void with_a_bad_duration_fails_naming_the_line_and_the_key() {
            assertThatThrownBy(() -> SlaPolicy.parse("""
                    # comment
                    actions:
                      normalDue: ninety days
                    """))
                    .isInstanceOf(PolicyException.class)
                    .hasMessageContaining("line 3")
                    .hasMessageContaining("actions.normalDue")
                    .hasMessageContaining("ninety days");
        }

        @Test
        void with_an_unknown_key_fails_naming_the_line_and_the_key() {
            PolicyException e = (PolicyException) org.assertj.core.api.Assertions.catchThrowable(() -> SlaPolicy.parse("""
                    reminders:
                      befor: 2 days
                    """));

            assertThat(e.line()).isEqualTo(2);
            assertThat(e.key()).isEqualTo("reminders.befor");
            assertThat(e.getMessage()).contains("is not a known key").contains("before");
        }

        @Test
        void naming_a_calendar_that_does_not_exist_fails_at_that_line() {
            assertThatThrownBy(() -> SlaPolicy.parse("""
                    services:
                      payments:
                        tier: 1
                        calendar: mars
                    """))
                    .isInstanceOf(PolicyException.class)
                    .hasMessageContaining("line 4")
                    .hasMessageContaining("services.payments.calendar")
                    .hasMessageContaining("mars");
        }

        @Test
        void with_a_tier_that_has_no_window_fails_at_that_line() {
            assertThatThrownBy(() -> SlaPolicy.parse("""
                    services:
                      batch:
                        tier: 3
                    """))
                    .isInstanceOf(PolicyException.class)
                    .hasMessageContaining("line 3")
                    .hasMessageContaining("services.batch.tier");
        }

        @Test
        void with_an_unknown_time_zone_fails_naming_the_key() {
            assertThatThrownBy(() -> SlaPolicy.parse("""
                    calendars:
                      moon:
                        zone: Moon/Tranquility
                    """))
                    .isInstanceOf(PolicyException.class)
                    .hasMessageContaining("line 3")
                    .hasMessageContaining("calendars.moon.zone");
        }

        @Test
        void that_is_not_yaml_fails_with_the_line_of_the_syntax_error() {
            assertThatThrownBy(() -> SlaPolicy.parse("""
                    actions:
                      normalDue: 90 days
                     priorityDue: [oops
                    """))
                    .isInstanceOf(PolicyException.class)
                    .hasMessageContaining("(syntax)");
        }

        @Test
        void with_a_key_given_twice_fails_at_the_second_one() {
            assertThatThrownBy(() -> SlaPolicy.parse("""
                    actions:
                      normalDue: 90 days
                      normalDue: 30 days
                    """))
                    .isInstanceOf(PolicyException.class)
                    .hasMessageContaining("line 3")
                    .hasMessageContaining("normalDue");
        }

        @Test
        void with_a_wrong_severity_in_the_required_list_fails_naming_it() {
            assertThatThrownBy(() -> SlaPolicy.parse("""
                    postmortem:
                      required:
                        severities: [SEV1, SEV9]
                    """))
                    .isInstanceOf(PolicyException.class)
                    .hasMessageContaining("line 3")
                    .hasMessageContaining("postmortem.required.severities")
                    .hasMessageContaining("SEV9");
        }
    }
}
