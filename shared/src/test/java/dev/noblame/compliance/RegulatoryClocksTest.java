package dev.noblame.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.noblame.common.ValidationException;
import dev.noblame.incident.IncidentId;
import dev.noblame.sla.SlaState;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RegulatoryClocksTest {
    private static final IncidentId INC = IncidentId.of(42);
    private final RegulatoryClocks clocks = new RegulatoryClocks();

    private static Instant at(String iso) {
        return Instant.parse(iso);
    }

    private static RegulatoryDeadline byId(List<RegulatoryDeadline> list, String id) {
        return list.stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow();
    }

    @Nested
    class Gdpr {
        @Test
        void notification_is_due_72_hours_after_awareness() {
            List<RegulatoryDeadline> d = clocks.deadlines(LegalTrigger.gdpr(INC, at("2026-03-02T09:00:00Z"), "legal"), List.of(),
                    at("2026-03-02T10:00:00Z"));

            assertThat(d).singleElement().satisfies(n -> {
                assertThat(n.due()).isEqualTo(at("2026-03-05T09:00:00Z"));
                assertThat(n.state()).isEqualTo(SlaState.ON_TRACK);
                assertThat(n.title()).contains("GDPR Art. 33");
            });
        }

        @Test
        void is_due_soon_in_the_last_quarter_of_the_window_and_breached_after_it() {
            LegalTrigger t = LegalTrigger.gdpr(INC, at("2026-03-02T09:00:00Z"), "legal");

            assertThat(clocks.deadlines(t, List.of(), at("2026-03-04T15:00:00Z")).get(0).state()).isEqualTo(SlaState.DUE_SOON);
            assertThat(clocks.deadlines(t, List.of(), at("2026-03-05T09:00:00Z")).get(0).state()).isEqualTo(SlaState.BREACHED);
        }

        @Test
        void a_filing_in_time_meets_it_and_a_late_one_is_met_late() {
            LegalTrigger t = LegalTrigger.gdpr(INC, at("2026-03-02T09:00:00Z"), "legal");

            assertThat(clocks.deadlines(t, List.of(new Filing(Regime.GDPR_ART33, "notification", at("2026-03-04T09:00:00Z"))),
                    at("2026-03-10T00:00:00Z")).get(0).state()).isEqualTo(SlaState.MET);
            assertThat(clocks.deadlines(t, List.of(new Filing(Regime.GDPR_ART33, "notification", at("2026-03-06T09:00:00Z"))),
                    at("2026-03-10T00:00:00Z")).get(0).state()).isEqualTo(SlaState.MET_LATE);
        }
    }

    @Nested
    class Nis2 {
        private final LegalTrigger trigger = LegalTrigger.nis2(INC, at("2026-03-02T09:00:00Z"), "ciso");

        @Test
        void has_an_early_warning_at_24_hours_and_a_notification_at_72_hours() {
            List<RegulatoryDeadline> d = clocks.deadlines(trigger, List.of(), at("2026-03-02T10:00:00Z"));

            assertThat(byId(d, "early_warning").due()).isEqualTo(at("2026-03-03T09:00:00Z"));
            assertThat(byId(d, "notification").due()).isEqualTo(at("2026-03-05T09:00:00Z"));
        }

        @Test
        void final_report_is_due_one_month_after_the_notification_was_submitted() {
            List<RegulatoryDeadline> d = clocks.deadlines(trigger,
                    List.of(new Filing(Regime.NIS2_ART23, "notification", at("2026-03-04T12:00:00Z"))), at("2026-03-05T00:00:00Z"));

            assertThat(byId(d, "final_report").due()).isEqualTo(at("2026-04-04T12:00:00Z"));
            assertThat(byId(d, "final_report").provisional()).isFalse();
        }

        @Test
        void before_the_notification_is_filed_the_final_report_date_is_provisional() {
            List<RegulatoryDeadline> d = clocks.deadlines(trigger, List.of(), at("2026-03-02T10:00:00Z"));

            assertThat(byId(d, "final_report").provisional()).isTrue();
            assertThat(byId(d, "final_report").due()).isEqualTo(at("2026-04-05T09:00:00Z"));
        }
    }

    @Nested
    class Sec8k {
        @Test
        void is_due_four_us_business_days_after_the_determination_skipping_weekends_and_thanksgiving() {
            // Monday 23 Nov 2026; Thanksgiving is Thursday 26 Nov: Tue, Wed, Fri, Mon.
            List<RegulatoryDeadline> d = clocks.deadlines(LegalTrigger.sec8k(INC, at("2026-11-23T15:00:00Z"), "gc"), List.of(),
                    at("2026-11-23T16:00:00Z"));

            assertThat(d).singleElement().extracting(RegulatoryDeadline::due)
                    .as("Monday 30 Nov, 17:30 New York (EST)").isEqualTo(at("2026-11-30T22:30:00Z"));
        }

        @Test
        void needs_the_materiality_determination() {
            assertThatThrownBy(() -> LegalTrigger.sec8k(INC, null, "gc"))
                    .isInstanceOf(ValidationException.class).hasMessageContaining("determinedAt");
        }
    }

    @Nested
    class Dora {
        @Test
        void initial_report_is_due_4_hours_after_classification_when_that_comes_first() {
            List<RegulatoryDeadline> d = clocks.deadlines(
                    LegalTrigger.dora(INC, at("2026-03-02T08:00:00Z"), at("2026-03-02T10:00:00Z"), "risk"), List.of(),
                    at("2026-03-02T10:00:00Z"));

            assertThat(byId(d, "initial").due()).isEqualTo(at("2026-03-02T14:00:00Z"));
        }

        @Test
        void initial_report_is_due_24_hours_after_awareness_when_that_comes_first() {
            List<RegulatoryDeadline> d = clocks.deadlines(
                    LegalTrigger.dora(INC, at("2026-03-02T08:00:00Z"), at("2026-03-03T06:00:00Z"), "risk"), List.of(),
                    at("2026-03-03T06:00:00Z"));

            assertThat(byId(d, "initial").due()).isEqualTo(at("2026-03-03T08:00:00Z"));
            assertThat(byId(d, "initial").basis()).contains("24 hours after awareness");
        }

        @Test
        void intermediate_follows_72_hours_after_the_initial_report_and_final_a_month_after_the_intermediate() {
            LegalTrigger t = LegalTrigger.dora(INC, at("2026-03-02T08:00:00Z"), at("2026-03-02T10:00:00Z"), "risk");
            List<Filing> filed = List.of(new Filing(Regime.DORA, "initial", at("2026-03-02T12:00:00Z")),
                    new Filing(Regime.DORA, "intermediate", at("2026-03-04T12:00:00Z")));

            List<RegulatoryDeadline> d = clocks.deadlines(t, filed, at("2026-03-05T00:00:00Z"));

            assertThat(byId(d, "initial").state()).isEqualTo(SlaState.MET);
            assertThat(byId(d, "intermediate").due()).isEqualTo(at("2026-03-05T12:00:00Z"));
            assertThat(byId(d, "intermediate").state()).isEqualTo(SlaState.MET);
            assertThat(byId(d, "final_report").due()).isEqualTo(at("2026-04-04T12:00:00Z"));
            assertThat(byId(d, "final_report").provisional()).isFalse();
        }
    }
}
