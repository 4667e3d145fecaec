package dev.noblame.server.insights;

import static org.assertj.core.api.Assertions.assertThat;

import dev.noblame.action.ActionState;
import dev.noblame.deployment.DeploymentState;
import dev.noblame.incident.IncidentStatus;
import dev.noblame.kpi.Dimension;
import dev.noblame.kpi.KpiData;
import dev.noblame.kpi.KpiPeriod;
import dev.noblame.kpi.Kpis;
import dev.noblame.sla.SlaPolicy;
import java.time.Duration;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * An index kept current by reading back what events named equals one built from a fresh read
 * of everything, whatever happened in between and however the refreshes fell.
 */
class IncrementalIndexProperties {
    private static final SlaPolicy POLICY = SlaPolicy.defaults();
    private static final KpiPeriod WIDE = KpiPeriod.of(KpiWorld.NOW.minus(Duration.ofDays(400)), KpiWorld.NOW.plus(Duration.ofDays(60)));
    private static final KpiPeriod RECENT = KpiPeriod.of(KpiWorld.NOW.minus(Duration.ofDays(20)), KpiWorld.NOW);

    @Property(tries = 60)
    void figures_after_incremental_refreshes_equal_those_of_a_full_read(
            @ForAll @Size(max = 60) List<@IntRange(min = 0, max = 1_000_000) Integer> steps) {
        KpiWorld world = new KpiWorld();
        world.report(false, 0, 0, 5);
        KpiFacts kept = KpiFacts.read(world.sources());
        world.changes.drain();
        for (int step : steps) {
            apply(world, step);
            if (step % 5 == 0) {
                refresh(kept, world.changes.drain());
            }
        }
        refresh(kept, world.changes.drain());

        KpiData incremental = kept.index(POLICY, KpiWorld.NOW);
        KpiData full = KpiFacts.read(world.sources()).index(POLICY, KpiWorld.NOW);

        assertThat(incremental.incidentCount()).isEqualTo(full.incidentCount());
        assertThat(incremental.actionCount()).isEqualTo(full.actionCount());
        assertThat(incremental.productionDeploymentCount()).isEqualTo(full.productionDeploymentCount());
        for (KpiPeriod period : List.of(WIDE, RECENT)) {
            assertThat(Kpis.total(incremental, period)).isEqualTo(Kpis.total(full, period));
            for (Dimension d : Dimension.values()) {
                assertThat(Kpis.rollup(incremental, period, d)).as("%s over %s", d, period).isEqualTo(Kpis.rollup(full, period, d));
            }
        }
    }

    private static void refresh(KpiFacts facts, Changes.Batch batch) {
        facts.reread(batch.incidents());
        if (batch.deployments()) {
            facts.readDeployments();
        }
    }

    /** One change, chosen and parameterised by the number (small numbers shrink to simple changes). */
    private static void apply(KpiWorld w, int step) {
        int a = step / 7;
        int b = a / 13;
        switch (step % 7) {
            case 0 -> w.report(a % 4 == 0, a, b, a % 2000);
            case 1 -> w.move(a, IncidentStatus.values()[b % IncidentStatus.values().length], b % 600);
            case 2 -> w.factors(a, b, b / 7);
            case 3 -> w.addAction(a, b, b % 2 == 0);
            case 4 -> w.moveAction(a, ActionState.values()[b % ActionState.values().length], b);
            case 5 -> w.deploy(a, DeploymentState.values()[b % DeploymentState.values().length], a % 2000, b);
            default -> w.report(false, b, a, a % 48);
        }
    }
}
