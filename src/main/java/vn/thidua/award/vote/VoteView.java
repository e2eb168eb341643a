package vn.thidua.award.vote;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import vn.thidua.award.type.AwardType;
import vn.thidua.organization.ClusterYear;

/**
 * A vote as its page shows it: the cluster-year, the vote (none yet: empty), its questions with their candidates and,
 * once closed, each candidate's count; who has voted and who has not; what the person may do. Never how a unit voted.
 */
public record VoteView(
        ClusterYear year,
        Optional<Vote> vote,
        List<QuestionView> questions,
        List<VoterView> voters,
        List<VoteStatusChange> history,
        Optional<String> nextHeadName,
        List<String> nextDeputyNames,
        boolean hasMinutes,
        boolean rankingFinal,
        Permissions can) {

    public VoteView {
        questions = List.copyOf(questions);
        voters = List.copyOf(voters);
        history = List.copyOf(history);
        nextDeputyNames = List.copyOf(nextDeputyNames);
    }

    /** What the person may do on the page. */
    public record Permissions(boolean prepare, boolean manage, boolean open, boolean cast, boolean close) {}

    /** A question with its rule and its candidates. */
    public record QuestionView(
            long id,
            QuestionKind kind,
            AwardType type,
            int seats,
            Boolean quorumMet,
            Boolean tied,
            List<CandidateView> candidates) {

        public QuestionView {
            candidates = List.copyOf(candidates);
        }

        /** The heading: the award type's name, or the office's message key for the page to name. */
        public String typeName() {
            return type == null ? null : type.getName();
        }

        /** At most this many candidates may be chosen on one ballot (null: agree or disagree with each). */
        public Integer choices() {
            if (kind == QuestionKind.NEXT_HEAD) {
                return 1;
            }
            if (kind == QuestionKind.NEXT_DEPUTY) {
                return seats;
            }
            return type.getChoices();
        }

        public String ruleKey() {
            if (type == null) {
                return "vote.rule.office";
            }
            return "vote.rule." + type.getVoteBase().name() + (type.isVoteShareStrict() ? ".strict" : ".atLeast");
        }

        public BigDecimal sharePercent() {
            return type == null ? BigDecimal.valueOf(50) : type.getVoteSharePercent();
        }

        public BigDecimal quorumPercent() {
            return type == null ? BigDecimal.ZERO : type.getQuorumPercent();
        }
    }

    /** A candidate with, once the vote is closed, its count. */
    public record CandidateView(
            long unitId,
            String unitName,
            Integer rank,
            Integer votesFor,
            Integer votesAgainst,
            Integer votesBlank,
            BigDecimal sharePercent,
            boolean reached,
            boolean elected,
            boolean tied) {}

    /** A member unit and whether it has voted. */
    public record VoterView(long unitId, String unitName, boolean voted) {}

    public boolean exists() {
        return vote.isPresent();
    }

    public boolean isClosed() {
        return vote.map(Vote::isClosed).orElse(false);
    }

    public long votedCount() {
        return voters.stream().filter(VoterView::voted).count();
    }
}
