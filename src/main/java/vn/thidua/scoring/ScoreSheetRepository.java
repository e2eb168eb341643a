package vn.thidua.scoring;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ScoreSheetRepository extends JpaRepository<ScoreSheet, Long> {

    /** One sheet with its round, table and every line with its criterion: one query. */
    @Query("""
            select distinct s from ScoreSheet s
              join fetch s.round r join fetch r.table
              left join fetch s.lines l left join fetch l.node
            where s.id = :id
            """)
    Optional<ScoreSheet> findFull(@Param("id") long id);

    /**
     * Every sheet of a round with its lines: what the ranking and the round page need, in one query. The
     * lines' criteria are not fetched with them (900 copies of the same 60 wide rows for a cluster of 15): callers
     * read the table's criteria first, and the lines find them in the persistence context.
     */
    @Query("""
            select distinct s from ScoreSheet s
              left join fetch s.lines l
            where s.round.id = :roundId
            """)
    List<ScoreSheet> findByRoundWithLines(@Param("roundId") long roundId);

    /** The scores and figures of every line of every sheet of a round, as plain values (no entities): one query. */
    @Query("""
            select new vn.thidua.scoring.LineScores(s.id, l.node.id, l.selfScore, l.reviewScore, l.finalScore, l.selfValue, l.selfTarget)
            from ScoreLine l join l.sheet s
            where s.round.id = :roundId
            """)
    List<LineScores> findLineScores(@Param("roundId") long roundId);

    /**
     * Every sheet of a round, and the scores of each of its lines as plain values, in one query: what the
     * round's page needs. Each row holds a sheet and one of its lines' {@link LineScores} fields (none for a sheet
     * without lines); the lines are never read as entities.
     */
    @Query("""
            select s, l.node.id, l.selfScore, l.reviewScore, l.finalScore, l.selfValue, l.selfTarget
            from ScoreSheet s left join s.lines l
            where s.round.id = :roundId
            """)
    List<Object[]> findByRoundWithScores(@Param("roundId") long roundId);

    /** {@link #findByRoundWithScores} as the sheets (in the order first met) and their lines' scores. */
    default SheetsWithScores sheetsWithScores(long roundId) {
        java.util.Map<Long, ScoreSheet> sheets = new java.util.LinkedHashMap<>();
        List<LineScores> lines = new java.util.ArrayList<>();
        for (Object[] row : findByRoundWithScores(roundId)) {
            ScoreSheet sheet = (ScoreSheet) row[0];
            sheets.putIfAbsent(sheet.getId(), sheet);
            if (row[1] != null) {
                lines.add(new LineScores(
                        sheet.getId(),
                        (Long) row[1],
                        (java.math.BigDecimal) row[2],
                        (java.math.BigDecimal) row[3],
                        (java.math.BigDecimal) row[4],
                        (java.math.BigDecimal) row[5],
                        (java.math.BigDecimal) row[6]));
            }
        }
        return new SheetsWithScores(List.copyOf(sheets.values()), lines);
    }

    /** A round's sheets and the scores of their lines. */
    record SheetsWithScores(List<ScoreSheet> sheets, List<LineScores> lines) {}

    @Query("select s from ScoreSheet s where s.round.id = :roundId order by s.id")
    List<ScoreSheet> findByRound(@Param("roundId") long roundId);

    /** The units of the round whose sheets are still drafts: whom a closing-soon reminder is for. */
    @Query("""
            select s.unitId from ScoreSheet s where s.round.id = :roundId and s.status = vn.thidua.scoring.SheetStatus.DRAFT
            order by s.unitId""")
    List<Long> findDraftUnitIds(@Param("roundId") long roundId);

    @Query("select s from ScoreSheet s where s.round.id = :roundId and s.unitId = :unitId")
    Optional<ScoreSheet> findByRoundAndUnit(@Param("roundId") long roundId, @Param("unitId") long unitId);

    /**
     * The best figure/target ratio of each figure criterion in the round, among the sheets units have submitted: a
     * draft is the unit's own business until then, and neither shows in nor bends another unit's score.
     */
    @Query("""
            select lower(n.code), max(l.selfValue / l.selfTarget) from ScoreLine l join l.node n
            where l.sheet.round.id = :roundId and l.sheet.id <> :exceptSheetId and l.selfTarget > 0 and l.selfValue is not null
              and l.sheet.status not in (vn.thidua.scoring.SheetStatus.DRAFT, vn.thidua.scoring.SheetStatus.NOT_SUBMITTED)
              and n.kind = vn.thidua.scoring.CriterionKind.FIGURE_AGAINST_TARGET
            group by lower(n.code)
            """)
    List<Object[]> bestRatios(@Param("roundId") long roundId, @Param("exceptSheetId") long exceptSheetId);
}
