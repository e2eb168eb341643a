package vn.thidua.award.vote;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import vn.thidua.award.type.AwardType;

/**
 * The count of one question, by the rule of its award type (or, for next year's head and deputies, more than half of
 * the member units): a candidate reaches the share of its base (member units or valid ballots) once the quorum of
 * returned ballots is met; of those that reach it, the most votes win up to the question's seats; candidates level on
 * the last seat are flagged and none of them is elected, so that no more than the seats are ever elected.
 */
final class Tally {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Tally() {}

    /** The ballots of a vote: member units entitled, ballots issued, returned and valid. */
    record Counts(int members, int issued, int returned, int valid) {

        int invalid() {
            return returned - valid;
        }
    }

    /** A ballot question with its rule: the award type (none for next year's head and deputies) and its seats. */
    record Question(long id, QuestionKind kind, AwardType type, int seats, List<Long> candidates) {

        Question {
            candidates = List.copyOf(candidates);
        }

        /** How many candidates may be elected at most; {@code Integer.MAX_VALUE} for no limit. */
        int limit(int members) {
            if (kind == QuestionKind.NEXT_HEAD) {
                return 1;
            }
            if (kind == QuestionKind.NEXT_DEPUTY) {
                return seats;
            }
            int limit = Integer.MAX_VALUE;
            if (type.getChoices() != null) {
                limit = Math.min(limit, type.getChoices());
            }
            if (type.getMaxPerClusterYear() != null) {
                limit = Math.min(limit, type.getMaxPerClusterYear());
            }
            if (type.getMaxMemberPercent() != null) {
                int share = type.getMaxMemberPercent()
                        .multiply(BigDecimal.valueOf(members))
                        .divide(HUNDRED, 0, RoundingMode.FLOOR)
                        .intValue();
                limit = Math.min(limit, Math.max(share, 0));
            }
            return limit;
        }

        int base(Counts counts) {
            if (type == null) {
                return counts.members();
            }
            return switch (type.getVoteBase()) {
                case MEMBERS -> counts.members();
                case VALID_BALLOTS -> counts.valid();
            };
        }

        boolean quorumMet(Counts counts) {
            return type == null || type.quorumMet(counts.returned(), counts.members());
        }

        boolean reaches(int votesFor, int base) {
            if (type == null) {
                return base > 0 && votesFor * 2 > base;
            }
            return type.shareReached(votesFor, base);
        }
    }

    /** One candidate's votes. */
    record Votes(int votesFor, int votesAgainst, int votesBlank) {

        static final Votes NONE = new Votes(0, 0, 0);
    }

    /** One candidate's count and outcome. */
    record Line(
            long questionId,
            long unitId,
            int votesFor,
            int votesAgainst,
            int votesBlank,
            BigDecimal sharePercent,
            boolean reached,
            boolean elected,
            boolean tied) {}

    /** One question's outcome: whether the quorum was met, whether a tie at the last seat held an election back. */
    record Outcome(Question question, boolean quorumMet, boolean tied, List<Line> lines) {

        List<Long> elected() {
            return lines.stream().filter(Line::elected).map(Line::unitId).toList();
        }
    }

    static Outcome count(Question question, Map<Long, Votes> votes, Counts counts) {
        int base = question.base(counts);
        boolean quorum = question.quorumMet(counts);
        int limit = question.limit(counts.members());
        List<Long> reaching = new ArrayList<>();
        for (Long unit : question.candidates()) {
            Votes v = votes.getOrDefault(unit, Votes.NONE);
            if (quorum && question.reaches(v.votesFor(), base)) {
                reaching.add(unit);
            }
        }
        reaching.sort(Comparator.comparingInt(
                        (Long unit) -> votes.getOrDefault(unit, Votes.NONE).votesFor())
                .reversed());
        List<Long> elected = new ArrayList<>();
        List<Long> tiedUnits = new ArrayList<>();
        if (reaching.size() <= limit) {
            elected.addAll(reaching);
        } else if (limit > 0) {
            int boundary = votes.get(reaching.get(limit - 1)).votesFor();
            boolean tie = votes.get(reaching.get(limit)).votesFor() == boundary;
            for (Long unit : reaching) {
                int got = votes.get(unit).votesFor();
                if (got > boundary || (!tie && elected.size() < limit)) {
                    elected.add(unit);
                } else if (tie && got == boundary) {
                    tiedUnits.add(unit);
                }
            }
        }
        List<Line> lines = new ArrayList<>();
        for (Long unit : question.candidates()) {
            Votes v = votes.getOrDefault(unit, Votes.NONE);
            lines.add(new Line(
                    question.id(),
                    unit,
                    v.votesFor(),
                    v.votesAgainst(),
                    v.votesBlank(),
                    share(v.votesFor(), base),
                    reaching.contains(unit),
                    elected.contains(unit),
                    tiedUnits.contains(unit)));
        }
        return new Outcome(question, quorum, !tiedUnits.isEmpty(), lines);
    }

    static BigDecimal share(int votesFor, int base) {
        if (base <= 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        BigDecimal share = BigDecimal.valueOf(votesFor)
                .multiply(HUNDRED)
                .divide(BigDecimal.valueOf(base), 2, RoundingMode.HALF_UP);
        return share.min(HUNDRED.setScale(2));
    }
}
