package vn.thidua.award.vote;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads a closed vote and its frozen tally, in three statements. */
@Component
class FrozenVoteOutcomes implements VoteOutcomes {

    private final JdbcClient jdbc;

    FrozenVoteOutcomes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<VoteOutcome> closedVote(long clusterYearId) {
        return jdbc.sql("""
                        select id, method, coalesce(members_entitled, 0) members, coalesce(ballots_issued, 0) issued,
                               coalesce(ballots_returned, 0) returned, coalesce(ballots_valid, 0) valid,
                               next_head_unit_id
                        from vote where term_id = :term and status = 'CLOSED'""")
                .param("term", clusterYearId)
                .query((rs, n) -> new VoteOutcome(
                        rs.getLong("id"),
                        clusterYearId,
                        VoteMethod.valueOf(rs.getString("method")),
                        rs.getInt("members"),
                        rs.getInt("issued"),
                        rs.getInt("returned"),
                        rs.getInt("valid"),
                        List.of(),
                        Optional.ofNullable(rs.getObject("next_head_unit_id", Long.class)),
                        List.of()))
                .optional()
                .map(vote -> new VoteOutcome(
                        vote.voteId(),
                        vote.clusterYearId(),
                        vote.method(),
                        vote.membersEntitled(),
                        vote.ballotsIssued(),
                        vote.ballotsReturned(),
                        vote.ballotsValid(),
                        jdbc.sql("""
                                        select award_type_id, unit_id, votes_for, votes_against, share_percent, elected
                                        from vote_result where vote_id = :vote order by award_type_id, votes_for desc""")
                                .param("vote", vote.voteId())
                                .query((rs, n) -> new CandidateOutcome(
                                        rs.getLong("award_type_id"),
                                        rs.getLong("unit_id"),
                                        rs.getInt("votes_for"),
                                        rs.getInt("votes_against"),
                                        rs.getBigDecimal("share_percent"),
                                        rs.getBoolean("elected")))
                                .list(),
                        vote.nextHeadUnitId(),
                        jdbc.sql("select unit_id from vote_next_deputy where vote_id = :vote order by unit_id")
                                .param("vote", vote.voteId())
                                .query(Long.class)
                                .list()));
    }
}
