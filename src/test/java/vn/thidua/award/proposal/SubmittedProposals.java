package vn.thidua.award.proposal;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * For the tests of what follows a submission (the organiser's review, decisions): a cluster-year of An Giang of its
 * own with a proposal of two collectives (units A and B, one award type of its own), submitted by its head through
 * the proposal's own path. A draft is left for the head when {@code submit} is false.
 */
public final class SubmittedProposals {

    private SubmittedProposals() {}

    /** What a test needs of the submitted proposal. */
    public record Submitted(
            ProposalFixture fixture,
            long termId,
            long proposalId,
            long typeId,
            long itemA,
            long itemB,
            long unitA,
            long unitB,
            String headUser,
            String memberUser,
            String otherClusterUser,
            long otherTermId) {

        /** The proposal's version now. */
        public long version() {
            return fixture.version();
        }

        /** Signs in as {@code username} for service calls. */
        public void as(String username) {
            fixture.as(username);
        }
    }

    public static Submitted create(JdbcTemplate jdbc, ProposalService proposals) {
        return create(jdbc, proposals, 0);
    }

    /** As {@link #create(JdbcTemplate, ProposalService)}, with {@code extra} more member units proposed. */
    public static Submitted create(JdbcTemplate jdbc, ProposalService proposals, int extra) {
        ProposalFixture f = ProposalFixture.create(jdbc, extra);
        long type = f.type("REV", "COLLECTIVE", null, null);
        f.as(f.headUser);
        proposals.start(f.termId);
        ProposalItem a = proposals.addItem(
                f.termId,
                f.version(),
                new ItemCommand(type, f.unitA, null, "Dẫn đầu cụm, hoàn thành xuất sắc nhiệm vụ"));
        ProposalItem b = proposals.addItem(
                f.termId, f.version(), new ItemCommand(type, f.unitB, null, "Hoàn thành xuất sắc nhiệm vụ"));
        List<Long> extras = f.units.subList(3, f.units.size());
        for (long unit : extras) {
            proposals.addItem(f.termId, f.version(), new ItemCommand(type, unit, null, "Hoàn thành tốt nhiệm vụ"));
        }
        List<Long> elected = new java.util.ArrayList<>(List.of(f.unitA, f.unitB));
        elected.addAll(extras);
        f.closedVote(f.termId, type, elected, List.of());
        proposals.submit(f.termId, f.version());
        SecurityContextHolder.clearContext();
        return new Submitted(
                f,
                f.termId,
                f.proposalId(),
                type,
                a.getId(),
                b.getId(),
                f.unitA,
                f.unitB,
                f.headUser,
                f.memberUser,
                f.otherClusterUser,
                f.otherTermId);
    }
}
