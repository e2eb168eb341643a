package vn.thidua.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RankingTest {

    private static Ranking.Candidate unit(String code, String total, String groupI, String deductions) {
        return new Ranking.Candidate(
                null,
                null,
                code,
                code,
                code,
                new BigDecimal(total),
                new BigDecimal(groupI),
                new BigDecimal(deductions),
                Map.of());
    }

    @Test
    void higherTotalRanksFirst() {
        List<Ranking.Row> rows = Ranking.of(
                List.of(unit("B", "80", "40", "0"), unit("A", "91.5", "45", "0"), unit("C", "85", "50", "0")));
        assertThat(rows).extracting(r -> r.candidate().unitCode()).containsExactly("A", "C", "B");
        assertThat(rows).extracting(Ranking.Row::rank).containsExactly(1, 2, 3);
        assertThat(rows).noneMatch(Ranking.Row::tiedOnTotal);
    }

    @Test
    void onEqualTotalsTheHigherGroupOneScoreWins() {
        List<Ranking.Row> rows = Ranking.of(List.of(unit("A", "90", "40", "0"), unit("B", "90", "45", "0")));
        assertThat(rows).extracting(r -> r.candidate().unitCode()).containsExactly("B", "A");
        assertThat(rows).allMatch(Ranking.Row::tiedOnTotal);
    }

    @Test
    void thenFewerDeductionsWin() {
        List<Ranking.Row> rows = Ranking.of(List.of(unit("A", "90", "45", "3"), unit("B", "90", "45", "1")));
        assertThat(rows).extracting(r -> r.candidate().unitCode()).containsExactly("B", "A");
    }

    @Test
    void finallyTheUnitCodeDecidesSoTheOrderIsStable() {
        List<Ranking.Row> rows = Ranking.of(
                List.of(unit("TT", "90", "45", "1"), unit("AP", "90", "45", "1"), unit("CT", "95", "40", "0")));
        assertThat(rows).extracting(r -> r.candidate().unitCode()).containsExactly("CT", "AP", "TT");
        assertThat(rows.get(0).tiedOnTotal()).isFalse();
        assertThat(rows.get(1).tiedOnTotal()).isTrue();
    }

    @Test
    void candidateTakesTheFirstScoredGroupAsGroupOne() {
        CriteriaTree tree = CriteriaTreeTest.sample("100");
        SheetTotals totals = SheetTotals.of(
                tree, Map.of("i.1.a", new BigDecimal("20"), "ii", new BigDecimal("30"), "tr.1", new BigDecimal("2")));
        Ranking.Candidate candidate =
                Ranking.candidate(1L, 2L, "AP", "Ủy ban nhân dân huyện An Phú", "An Phú", tree, totals);
        assertThat(candidate.firstGroup()).isEqualByComparingTo("20");
        assertThat(candidate.deductions()).isEqualByComparingTo("2");
        assertThat(candidate.total()).isEqualByComparingTo("48");
    }
}
