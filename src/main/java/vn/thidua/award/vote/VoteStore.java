package vn.thidua.award.vote;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The vote's rows besides the vote itself: questions, candidates, who has voted, the anonymous ballots and the tally.
 * Each read is one statement whatever the number of questions, candidates or voters.
 */
@Component
class VoteStore {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final jakarta.persistence.EntityManager entities;

    VoteStore(JdbcClient jdbc, JdbcTemplate template, jakarta.persistence.EntityManager entities) {
        this.jdbc = jdbc;
        this.template = template;
        this.entities = entities;
    }

    record QuestionRow(long id, QuestionKind kind, Long awardTypeId, int seats, Boolean quorumMet, Boolean tied) {}

    record CandidateRow(long questionId, long unitId) {}

    record TallyRow(
            long questionId,
            long unitId,
            int votesFor,
            int votesAgainst,
            int votesBlank,
            java.math.BigDecimal sharePercent,
            boolean reached,
            boolean elected,
            boolean tied) {}

    long addQuestion(long voteId, QuestionKind kind, Long awardTypeId, int seats, int order) {
        return jdbc.sql("""
                        insert into vote_question (vote_id, kind, award_type_id, seats, sort_order)
                        values (:vote, :kind, :type, :seats, :order) returning id""")
                .param("vote", voteId)
                .param("kind", kind.name())
                .param("type", awardTypeId)
                .param("seats", seats)
                .param("order", order)
                .query(Long.class)
                .single();
    }

    boolean addCandidate(long voteId, long questionId, long unitId) {
        return jdbc.sql("""
                        insert into vote_candidate (vote_id, question_id, unit_id) values (:vote, :question, :unit)
                        on conflict do nothing""")
                        .param("vote", voteId)
                        .param("question", questionId)
                        .param("unit", unitId)
                        .update()
                > 0;
    }

    boolean removeCandidate(long voteId, long questionId, long unitId) {
        return jdbc.sql(
                                "delete from vote_candidate where vote_id = :vote and question_id = :question and unit_id = :unit")
                        .param("vote", voteId)
                        .param("question", questionId)
                        .param("unit", unitId)
                        .update()
                > 0;
    }

    List<QuestionRow> questions(long voteId) {
        return rows("""
                        select id, kind, award_type_id, seats, quorum_met, tied from vote_question
                        where vote_id = ?1 order by sort_order, id""", voteId).stream()
                .map(r -> new QuestionRow(
                        ((Number) r[0]).longValue(),
                        QuestionKind.valueOf((String) r[1]),
                        r[2] == null ? null : ((Number) r[2]).longValue(),
                        ((Number) r[3]).intValue(),
                        (Boolean) r[4],
                        (Boolean) r[5]))
                .toList();
    }

    /**
     * Reads through the persistence context's connection, so that the page's statements are counted with the others
     * (the statement-count tests read Hibernate's statistics).
     */
    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, long voteId) {
        return entities.createNativeQuery(sql).setParameter(1, voteId).getResultList();
    }

    /** The candidates of every question of the vote, by question, in the order they were proposed. */
    Map<Long, List<Long>> candidates(long voteId) {
        Map<Long, List<Long>> byQuestion = new LinkedHashMap<>();
        rows("select question_id, unit_id from vote_candidate where vote_id = ?1 order by question_id, ctid", voteId)
                .forEach(r -> byQuestion
                        .computeIfAbsent(((Number) r[0]).longValue(), q -> new ArrayList<>())
                        .add(((Number) r[1]).longValue()));
        return byQuestion;
    }

    @SuppressWarnings("unchecked")
    List<Long> voted(long voteId) {
        List<Object> ids = entities.createNativeQuery("select unit_id from vote_voter where vote_id = ?1")
                .setParameter(1, voteId)
                .getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).toList();
    }

    boolean hasVoted(long voteId, long unitId) {
        return jdbc.sql("select count(*) from vote_voter where vote_id = :vote and unit_id = :unit")
                        .param("vote", voteId)
                        .param("unit", unitId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Marks the unit as having voted; false when it has voted already (the row is unique per vote and unit). */
    boolean markVoted(long voteId, long unitId) {
        return jdbc.sql("insert into vote_voter (vote_id, unit_id) values (:vote, :unit) on conflict do nothing")
                        .param("vote", voteId)
                        .param("unit", unitId)
                        .update()
                > 0;
    }

    /** Writes an anonymous ballot: a random id and its answers, with no unit, no person and no time. */
    void writeBallot(long voteId, List<Answer> answers) {
        UUID ballot = UUID.randomUUID();
        template.update("insert into vote_ballot (id, vote_id) values (?, ?)", ballot, voteId);
        writeAnswers(voteId, ballot, answers);
    }

    /** One answer of a ballot. */
    record Answer(long questionId, long unitId, Choice choice) {}

    private void writeAnswers(long voteId, UUID ballot, List<Answer> answers) {
        template.batchUpdate(
                "insert into vote_ballot_choice (ballot_id, vote_id, question_id, unit_id, choice) values (?, ?, ?, ?, ?)",
                answers,
                Math.max(answers.size(), 1),
                (ps, answer) -> {
                    ps.setObject(1, ballot);
                    ps.setLong(2, voteId);
                    ps.setLong(3, answer.questionId());
                    ps.setLong(4, answer.unitId());
                    ps.setString(5, answer.choice().name());
                });
    }

    int ballotCount(long voteId) {
        return jdbc.sql("select count(*) from vote_ballot where vote_id = :vote")
                .param("vote", voteId)
                .query(Integer.class)
                .single();
    }

    /** Per question and candidate: votes for and against. */
    Map<Long, Map<Long, int[]>> counts(long voteId) {
        Map<Long, Map<Long, int[]>> counts = new LinkedHashMap<>();
        jdbc.sql("""
                        select question_id, unit_id, count(*) filter (where choice = 'FOR') f,
                               count(*) filter (where choice = 'AGAINST') a
                        from vote_ballot_choice where vote_id = :vote group by question_id, unit_id""")
                .param("vote", voteId)
                .query((rs, n) -> {
                    counts.computeIfAbsent(rs.getLong("question_id"), q -> new LinkedHashMap<>())
                            .put(rs.getLong("unit_id"), new int[] {rs.getInt("f"), rs.getInt("a")});
                    return null;
                })
                .list();
        return counts;
    }

    /**
     * Writes the ballots again under new random ids, in a random order, in one transaction: afterwards neither the
     * rows' physical order nor the transaction that wrote them ties a ballot to the moment (and the unit) it was cast.
     */
    void shuffleBallots(long voteId) {
        Map<String, List<Answer>> ballots = new LinkedHashMap<>();
        jdbc.sql("select ballot_id, question_id, unit_id, choice from vote_ballot_choice where vote_id = :vote")
                .param("vote", voteId)
                .query((rs, n) -> {
                    ballots.computeIfAbsent(rs.getString("ballot_id"), b -> new ArrayList<>())
                            .add(new Answer(
                                    rs.getLong("question_id"),
                                    rs.getLong("unit_id"),
                                    Choice.valueOf(rs.getString("choice"))));
                    return null;
                })
                .list();
        int empty = ballotCount(voteId) - ballots.size();
        template.update("delete from vote_ballot where vote_id = ?", voteId);
        List<List<Answer>> all = new ArrayList<>(ballots.values());
        for (int i = 0; i < empty; i++) {
            all.add(List.of());
        }
        Collections.shuffle(all, new java.security.SecureRandom());
        List<UUID> ids = all.stream().map(b -> UUID.randomUUID()).toList();
        template.batchUpdate(
                "insert into vote_ballot (id, vote_id) values (?, ?)", ids, Math.max(ids.size(), 1), (ps, id) -> {
                    ps.setObject(1, id);
                    ps.setLong(2, voteId);
                });
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            for (Answer answer : all.get(i)) {
                rows.add(new Object[] {
                    ids.get(i),
                    voteId,
                    answer.questionId(),
                    answer.unitId(),
                    answer.choice().name()
                });
            }
        }
        template.batchUpdate(
                "insert into vote_ballot_choice (ballot_id, vote_id, question_id, unit_id, choice) values (?, ?, ?, ?, ?)",
                rows);
    }

    void writeOutcomes(long voteId, List<Tally.Outcome> outcomes) {
        List<Object[]> tally = new ArrayList<>();
        List<Object[]> results = new ArrayList<>();
        List<Object[]> questions = new ArrayList<>();
        for (Tally.Outcome outcome : outcomes) {
            questions.add(new Object[] {
                outcome.quorumMet(), outcome.tied(), outcome.question().id()
            });
            for (Tally.Line line : outcome.lines()) {
                tally.add(new Object[] {
                    voteId,
                    line.questionId(),
                    line.unitId(),
                    line.votesFor(),
                    line.votesAgainst(),
                    line.votesBlank(),
                    line.sharePercent(),
                    line.reached(),
                    line.elected(),
                    line.tied()
                });
                if (outcome.question().kind() == QuestionKind.AWARD) {
                    results.add(new Object[] {
                        voteId,
                        outcome.question().type().getId(),
                        line.unitId(),
                        line.votesFor(),
                        line.votesAgainst(),
                        line.votesBlank(),
                        line.sharePercent(),
                        line.elected()
                    });
                }
            }
        }
        template.batchUpdate("update vote_question set quorum_met = ?, tied = ? where id = ?", questions);
        template.batchUpdate("""
                insert into vote_tally (vote_id, question_id, unit_id, votes_for, votes_against, votes_blank,
                                        share_percent, reached, elected, tied)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", tally);
        template.batchUpdate("""
                insert into vote_result (vote_id, award_type_id, unit_id, votes_for, votes_against, votes_blank,
                                         share_percent, elected)
                values (?, ?, ?, ?, ?, ?, ?, ?)""", results);
    }

    void writeDeputies(long voteId, List<Long> deputies) {
        template.batchUpdate(
                "insert into vote_next_deputy (vote_id, unit_id) values (?, ?)",
                deputies.stream().map(d -> new Object[] {voteId, d}).toList());
    }

    List<TallyRow> tally(long voteId) {
        return rows("""
                        select question_id, unit_id, votes_for, votes_against, votes_blank, share_percent, reached,
                               elected, tied
                        from vote_tally where vote_id = ?1""", voteId).stream()
                .map(r -> new TallyRow(
                        ((Number) r[0]).longValue(),
                        ((Number) r[1]).longValue(),
                        ((Number) r[2]).intValue(),
                        ((Number) r[3]).intValue(),
                        ((Number) r[4]).intValue(),
                        (java.math.BigDecimal) r[5],
                        (Boolean) r[6],
                        (Boolean) r[7],
                        (Boolean) r[8]))
                .toList();
    }

    void saveMinutes(long voteId, String fileName, String contentType, byte[] content) {
        template.update(
                "insert into vote_paper_minutes (vote_id, file_name, content_type, size_bytes, content) values (?, ?, ?, ?, ?)",
                voteId,
                fileName,
                contentType,
                (long) content.length,
                content);
    }

    java.util.Optional<VoteMinutes> minutes(long voteId) {
        return jdbc.sql("select file_name, content_type, content from vote_paper_minutes where vote_id = :vote")
                .param("vote", voteId)
                .query((rs, n) -> new VoteMinutes(
                        rs.getString("file_name"), rs.getString("content_type"), rs.getBytes("content")))
                .optional();
    }

    boolean hasMinutes(long voteId) {
        return ((Number) entities.createNativeQuery("select count(*) from vote_paper_minutes where vote_id = ?1")
                                .setParameter(1, voteId)
                                .getSingleResult())
                        .longValue()
                > 0;
    }
}
