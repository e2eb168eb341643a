package vn.thidua.award.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.thidua.award.proposal.ProposalRules.Candidate;
import vn.thidua.award.proposal.ProposalRules.DocumentRule;
import vn.thidua.award.proposal.ProposalRules.Facts;
import vn.thidua.award.proposal.ProposalRules.Failure;
import vn.thidua.award.proposal.ProposalRules.Holding;
import vn.thidua.award.proposal.ProposalRules.PrerequisiteRule;
import vn.thidua.award.proposal.ProposalRules.TypeRule;
import vn.thidua.award.proposal.ProposalRules.UnitType;
import vn.thidua.award.type.AwardRecipient;
import vn.thidua.award.type.DocumentKind;
import vn.thidua.award.type.PrerequisiteKind;
import vn.thidua.award.vote.CandidateOutcome;
import vn.thidua.award.vote.VoteMethod;
import vn.thidua.award.vote.VoteOutcome;

/** Each rule of a proposal read from the award types' data, each failure naming its rule and legal source. */
class ProposalRulesTest {

    static final long FLAG = 1;
    static final long MERIT = 2;
    static final long GOV = 3;

    /** The facts of a proposal of a cluster of six members, every rule met; each test breaks one. */
    static class Given {
        List<Candidate> items = new ArrayList<>();
        Map<Long, TypeRule> types = new HashMap<>();
        List<CandidateOutcome> outcomes = new ArrayList<>();
        boolean voteClosed = true;
        int members = 6;
        Set<Long> rankedFirst = new HashSet<>();
        Set<UnitType> registered = new HashSet<>();
        Set<Holding> heldThisYear = new HashSet<>();
        Map<Integer, Set<Holding>> back = new HashMap<>();
        boolean written = true;
        Set<DocumentKind> proposalDocuments = new HashSet<>(Set.of(DocumentKind.MINUTES));
        Map<Long, Set<DocumentKind>> itemDocuments = new HashMap<>();

        Given type(
                long id,
                Integer maxPerYear,
                String maxPercent,
                List<PrerequisiteRule> prerequisites,
                List<DocumentRule> documents) {
            types.put(
                    id,
                    new TypeRule(
                            id,
                            "Loại " + id,
                            AwardRecipient.COLLECTIVE,
                            "Quyết định số " + id + "/QĐ-UBND",
                            maxPerYear,
                            maxPercent == null ? null : new BigDecimal(maxPercent),
                            prerequisites,
                            documents));
            return this;
        }

        Given item(long itemId, long type, long unit) {
            items.add(new Candidate(itemId, type, unit, Long.toString(unit), "Đơn vị " + unit));
            outcomes.add(new CandidateOutcome(type, unit, 5, 1, new BigDecimal("83.33"), true));
            itemDocuments.put(itemId, new HashSet<>(Set.of(DocumentKind.ACHIEVEMENT_REPORT)));
            return this;
        }

        List<Failure> check() {
            Optional<VoteOutcome> vote = voteClosed
                    ? Optional.of(new VoteOutcome(
                            1,
                            1,
                            VoteMethod.PAPER,
                            members,
                            members,
                            members,
                            members,
                            outcomes,
                            Optional.empty(),
                            List.of()))
                    : Optional.empty();
            return ProposalRules.check(new Facts(
                    items,
                    types,
                    vote,
                    members,
                    rankedFirst,
                    registered,
                    heldThisYear,
                    back,
                    written,
                    proposalDocuments,
                    itemDocuments));
        }
    }

    static Given flagProposal() {
        return new Given().type(FLAG, 1, null, List.of(), List.of()).item(10, FLAG, 100);
    }

    @Test
    void aProposalMeetingEveryRuleHasNoFailure() {
        assertThat(flagProposal().check()).isEmpty();
    }

    @Test
    void anEmptyProposalCannotBeSubmitted() {
        Given given = new Given().type(FLAG, 1, null, List.of(), List.of());
        assertThat(keys(given.check())).containsExactly("proposal.rule.empty");
    }

    @Test
    void withoutAClosedVoteNothingIsSubmitted() {
        Given given = flagProposal();
        given.voteClosed = false;
        assertThat(keys(given.check())).containsExactly("proposal.rule.noVote");
    }

    @Test
    void aCandidateNotElectedOrNotVotedOnFailsTheVoteShareNamingTheTypeAndItsSource() {
        Given given = flagProposal().item(11, FLAG, 101);
        given.types.put(FLAG, given.types.get(FLAG)); // one flag allowed: the quota fails too, checked elsewhere
        given.outcomes.clear();
        given.outcomes.add(new CandidateOutcome(FLAG, 100, 2, 4, new BigDecimal("33.33"), false));
        List<Failure> failures = given.check();
        List<Failure> share = only(failures, "proposal.rule.voteShare");
        assertThat(share).hasSize(2);
        assertThat(share.get(0).args()).containsExactly("Loại 1", "Đơn vị 100", "Quyết định số 1/QĐ-UBND");
        assertThat(share.get(1).args()).contains("Đơn vị 101");
    }

    @Test
    void moreItemsThanTheQuotaPerClusterYearFail() {
        Given given = new Given()
                .type(FLAG, 1, null, List.of(), List.of())
                .item(10, FLAG, 100)
                .item(11, FLAG, 101);
        List<Failure> quota = only(given.check(), "proposal.rule.maxPerClusterYear");
        assertThat(quota).hasSize(1);
        assertThat(quota.get(0).args()).containsExactly("Loại 1", "2", "1", "Quyết định số 1/QĐ-UBND");
        given.types.put(
                FLAG, new TypeRule(FLAG, "Loại 1", AwardRecipient.COLLECTIVE, null, 2, null, List.of(), List.of()));
        assertThat(given.check()).isEmpty();
    }

    @Test
    void moreItemsThanTheShareOfMembersFail() {
        // 30 % of 6 members is 1.8: at most one.
        Given given = new Given()
                .type(MERIT, null, "30", List.of(), List.of())
                .item(10, MERIT, 100)
                .item(11, MERIT, 101);
        List<Failure> quota = only(given.check(), "proposal.rule.maxMemberPercent");
        assertThat(quota).hasSize(1);
        assertThat(quota.get(0).args()).containsExactly("Loại 2", "2", "30", "6", "1", "Quyết định số 2/QĐ-UBND");
        given.members = 7; // 2.1: two allowed
        assertThat(given.check()).isEmpty();
    }

    @Test
    void aTypeRequiringRegistrationRefusesAnUnregisteredUnit() {
        Given given = new Given()
                .type(
                        FLAG,
                        null,
                        null,
                        List.of(new PrerequisiteRule(PrerequisiteKind.REGISTERED, null, null)),
                        List.of())
                .item(10, FLAG, 100);
        assertThat(only(given.check(), "proposal.rule.registered"))
                .singleElement()
                .satisfies(
                        f -> assertThat(f.args()).containsExactly("Loại 1", "Đơn vị 100", "Quyết định số 1/QĐ-UBND"));
        given.registered.add(new UnitType(100, FLAG));
        assertThat(given.check()).isEmpty();
    }

    @Test
    void aTypeForTheClusterLeaderRefusesAUnitNotRankedFirst() {
        Given given = new Given()
                .type(
                        FLAG,
                        null,
                        null,
                        List.of(new PrerequisiteRule(PrerequisiteKind.RANKED_FIRST, null, null)),
                        List.of())
                .item(10, FLAG, 100);
        given.rankedFirst.add(101L);
        assertThat(keys(given.check())).containsExactly("proposal.rule.rankedFirst");
        given.rankedFirst.add(100L);
        assertThat(given.check()).isEmpty();
    }

    @Test
    void aTypeNeedingAnotherAwardThisYearRefusesAUnitNotHoldingIt() {
        Given given = new Given()
                .type(FLAG, null, null, List.of(), List.of())
                .type(
                        GOV,
                        null,
                        null,
                        List.of(new PrerequisiteRule(PrerequisiteKind.OTHER_AWARD_THIS_YEAR, FLAG, null)),
                        List.of())
                .item(10, GOV, 100);
        List<Failure> failures = only(given.check(), "proposal.rule.otherAwardThisYear");
        assertThat(failures).singleElement().satisfies(f -> assertThat(f.args()).contains("Loại 1", "Đơn vị 100"));
        // Another award, or the flag for another unit, or the unit's flag of another year: not met.
        given.heldThisYear.add(new Holding("100", MERIT));
        given.heldThisYear.add(new Holding("101", FLAG));
        given.back.put(1, new HashSet<>(Set.of(new Holding("100", FLAG))));
        assertThat(keys(given.check())).containsExactly("proposal.rule.otherAwardThisYear");
        // Holding the flag this year (decided, not revoked): met.
        given.heldThisYear.add(new Holding("100", FLAG));
        assertThat(given.check()).isEmpty();
    }

    @Test
    void aTypeNeedingConsecutiveYearsRefusesAUnitMissingOneOfThem() {
        Given given = new Given()
                .type(FLAG, null, null, List.of(), List.of())
                .type(
                        GOV,
                        null,
                        null,
                        List.of(new PrerequisiteRule(PrerequisiteKind.CONSECUTIVE_YEARS, FLAG, 2)),
                        List.of())
                .item(10, GOV, 100);
        given.back.put(1, new HashSet<>(Set.of(new Holding("100", FLAG))));
        List<Failure> failures = only(given.check(), "proposal.rule.consecutiveYears");
        assertThat(failures)
                .singleElement()
                .satisfies(f -> assertThat(f.args())
                        .containsExactly("Loại 3", "Đơn vị 100", "Loại 1", "2", "Quyết định số 3/QĐ-UBND"));
        given.back.put(2, new HashSet<>(Set.of(new Holding("100", FLAG))));
        assertThat(given.check()).isEmpty();
    }

    @Test
    void aPersonsPrerequisitesReadThatPersonsAwardsNotTheUnitsNorAnotherPersons() {
        Given given = new Given()
                .type(FLAG, null, null, List.of(), List.of())
                .type(
                        GOV,
                        null,
                        null,
                        List.of(new PrerequisiteRule(PrerequisiteKind.CONSECUTIVE_YEARS, FLAG, 1)),
                        List.of());
        String person = ProposalRules.holder(100, "nguyen van an");
        given.items.add(new Candidate(10, GOV, 100, "100/an", "Nguyễn Văn An (Đơn vị 100)", person));
        given.outcomes.add(new CandidateOutcome(GOV, 100, 5, 1, new BigDecimal("83.33"), true));
        // The unit's own award, another person's of the same unit, the same name in another unit: not the person's.
        given.back.put(
                1,
                new HashSet<>(Set.of(
                        new Holding("100", FLAG),
                        new Holding(ProposalRules.holder(100, "nguyen van binh"), FLAG),
                        new Holding(ProposalRules.holder(101, "nguyen van an"), FLAG))));
        assertThat(only(given.check(), "proposal.rule.consecutiveYears"))
                .singleElement()
                .satisfies(f -> assertThat(f.args()).contains("Nguyễn Văn An (Đơn vị 100)"));
        given.back.get(1).add(new Holding(person, FLAG));
        assertThat(given.check()).isEmpty();
    }

    @Test
    void requiredDocumentsPerProposalAndPerItemAreChecked() {
        Given given = new Given()
                .type(
                        FLAG,
                        null,
                        null,
                        List.of(),
                        List.of(
                                new DocumentRule(DocumentKind.SUBMISSION, "Tờ trình", false),
                                new DocumentRule(DocumentKind.MINUTES, "Biên bản", false),
                                new DocumentRule(DocumentKind.ACHIEVEMENT_REPORT, "Báo cáo thành tích", true)))
                .item(10, FLAG, 100)
                .item(11, FLAG, 101);
        assertThat(given.check()).isEmpty();
        given.proposalDocuments.clear();
        given.itemDocuments.remove(11L);
        given.written = false;
        List<Failure> failures = given.check();
        assertThat(only(failures, "proposal.rule.documentProposal"))
                .extracting(f -> f.args().get(1))
                .containsExactly("Tờ trình", "Biên bản");
        assertThat(only(failures, "proposal.rule.documentItem"))
                .singleElement()
                .satisfies(f -> assertThat(f.args())
                        .containsExactly("Loại 1", "Đơn vị 101", "Báo cáo thành tích", "Quyết định số 1/QĐ-UBND"));
    }

    @Test
    void theSameCandidateTwiceForOneTypeFails() {
        Given given = new Given()
                .type(FLAG, null, null, List.of(), List.of())
                .item(10, FLAG, 100)
                .item(11, FLAG, 100);
        assertThat(only(given.check(), "proposal.rule.duplicate"))
                .singleElement()
                .satisfies(f -> assertThat(f.args()).containsExactly("Loại 1", "Đơn vị 100", "2"));
        // Two different people of one unit are two candidates.
        Given people = new Given().type(MERIT, null, null, List.of(), List.of());
        people.item(10, MERIT, 100).item(11, MERIT, 100);
        people.items.set(0, new Candidate(10, MERIT, 100, "100/nguyễn văn a", "Nguyễn Văn A"));
        people.items.set(1, new Candidate(11, MERIT, 100, "100/trần thị b", "Trần Thị B"));
        assertThat(people.check()).isEmpty();
    }

    @Test
    void everyFailureIsReturnedAtOnce() {
        Given given = new Given()
                .type(
                        FLAG,
                        1,
                        null,
                        List.of(new PrerequisiteRule(PrerequisiteKind.REGISTERED, null, null)),
                        List.of(new DocumentRule(DocumentKind.MINUTES, "Biên bản", false)))
                .item(10, FLAG, 100)
                .item(11, FLAG, 100);
        given.proposalDocuments.clear();
        assertThat(keys(given.check()))
                .contains(
                        "proposal.rule.maxPerClusterYear",
                        "proposal.rule.registered",
                        "proposal.rule.documentProposal",
                        "proposal.rule.duplicate");
    }

    private static List<String> keys(List<Failure> failures) {
        return failures.stream().map(Failure::key).toList();
    }

    private static List<Failure> only(List<Failure> failures, String key) {
        return failures.stream().filter(f -> f.key().equals(key)).toList();
    }
}
