package vn.thidua.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thidua.support.IntegrationTest;

/** The final ranking other features read: only once the round is finalised, in the ranking's own order. */
class RankingsTest extends IntegrationTest {

    @Autowired
    Rankings rankings;

    @Test
    void aFinalisedRoundGivesItsRankingInOrder() {
        long term = termId("AG", "CUM2", 2020);
        FinalRanking ranking = rankings.finalRanking(term).orElseThrow();

        assertThat(ranking.clusterYearId()).isEqualTo(term);
        assertThat(ranking.units()).isNotEmpty();
        assertThat(ranking.units()).extracting(RankedUnit::rank).isSorted();
        assertThat(ranking.leader())
                .hasValueSatisfying(u -> assertThat(u.rank()).isEqualTo(1));
        long sheets = jdbc.queryForObject(
                "select count(*) from score_sheet s join scoring_round r on r.id = s.round_id where r.term_id = ?",
                Long.class,
                term);
        assertThat(ranking.units()).hasSize((int) sheets);
    }

    @Test
    void aRoundNotFinalisedGivesNoRanking() {
        assertThat(rankings.finalRanking(termId("AG", "CUM2", 2021))).isEmpty();
        assertThat(rankings.finalRanking(-1L)).isEmpty();
    }
}
