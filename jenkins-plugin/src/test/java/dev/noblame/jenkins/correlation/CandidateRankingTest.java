package dev.noblame.jenkins.correlation;

import static dev.noblame.jenkins.Fixtures.deployment;
import static dev.noblame.jenkins.Fixtures.incident;
import static org.assertj.core.api.Assertions.assertThat;

import dev.noblame.deployment.RankedCandidate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class CandidateRankingTest {
    private final CandidateRanking ranking = new CandidateRanking(CorrelationPolicy.defaults());

    @Test
    void a_bigger_change_ranks_higher_at_the_same_distance() {
        RankedCandidate small = ranking.weigh(deployment().changeSize(2).build(), incident(1).build());
        RankedCandidate big = ranking.weigh(deployment().changeSize(2000).build(), incident(1).build());

        assertThat(big.score()).isGreaterThan(small.score());
        assertThat(big.reasons()).contains("change size 2000");
    }

    @Test
    void the_same_environment_ranks_above_another_environment_of_the_same_service() {
        RankedCandidate same = ranking.weigh(deployment().build(), incident(1).build());
        RankedCandidate other = ranking.weigh(deployment().build(), incident(1).environment("staging").build());

        assertThat(same.score()).isGreaterThan(other.score());
    }

    @Property
    void the_score_stays_in_range_and_falls_with_distance(@ForAll @IntRange(min = 0, max = 119) int minutes,
                                                         @ForAll @IntRange(min = 0, max = 1_000_000) int changeSize) {
        RankedCandidate near = ranking.weigh(deployment().changeSize(changeSize).build(), incident(1).startedMinutesAfterT0(minutes).build());
        RankedCandidate far = ranking.weigh(deployment().changeSize(changeSize).build(), incident(1).startedMinutesAfterT0(minutes + 1).build());

        assertThat(near.score()).isBetween(0.0, 1.0);
        assertThat(near.score()).isGreaterThanOrEqualTo(far.score());
    }
}
