package vn.thidua.award.vote;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;
import vn.thidua.award.type.AwardCategory;
import vn.thidua.award.type.AwardLevel;
import vn.thidua.award.type.AwardRecipient;
import vn.thidua.award.type.AwardType;
import vn.thidua.award.type.VoteBase;

/** The count of a question by its type's rule: bases, strictness, quorum, seats and ties at the last seat. */
class TallyTest {

    static AwardType type(VoteBase base, String percent, boolean strict, String quorum, Integer choices, Integer max) {
        AwardType type =
                new AwardType(1L, "T", "Loại", AwardCategory.TITLE, AwardLevel.PROVINCE, AwardRecipient.COLLECTIVE);
        ReflectionTestUtils.setField(type, "id", 7L);
        ReflectionTestUtils.setField(type, "voteBase", base);
        ReflectionTestUtils.setField(type, "voteSharePercent", new BigDecimal(percent));
        ReflectionTestUtils.setField(type, "voteShareStrict", strict);
        ReflectionTestUtils.setField(type, "quorumPercent", new BigDecimal(quorum));
        ReflectionTestUtils.setField(type, "choices", choices);
        ReflectionTestUtils.setField(type, "maxPerClusterYear", max);
        return type;
    }

    static Tally.Votes v(int f, int a, int b) {
        return new Tally.Votes(f, a, b);
    }

    @Test
    void moreThanHalfOfTheMembersIsStrict() {
        Tally.Question q = new Tally.Question(
                1, QuestionKind.AWARD, type(VoteBase.MEMBERS, "50", true, "0", null, null), 1, List.of(10L, 11L));
        // 6 members: 3 is exactly half, not more than half; abstentions do not count for anybody.
        Tally.Outcome outcome = Tally.count(q, Map.of(10L, v(3, 1, 2), 11L, v(4, 2, 0)), new Tally.Counts(6, 6, 6, 6));
        assertThat(outcome.elected()).containsExactly(11L);
        assertThat(outcome.lines().get(0).sharePercent()).isEqualByComparingTo("50.00");
        assertThat(outcome.lines().get(0).reached()).isFalse();
        assertThat(outcome.lines().get(0).votesBlank()).isEqualTo(2);
    }

    @Test
    void atLeastHalfCountsTheExactHalf() {
        Tally.Question q = new Tally.Question(
                1, QuestionKind.AWARD, type(VoteBase.MEMBERS, "50", false, "0", null, null), 1, List.of(10L));
        assertThat(Tally.count(q, Map.of(10L, v(3, 3, 0)), new Tally.Counts(6, 6, 6, 6))
                        .elected())
                .containsExactly(10L);
    }

    @Test
    void theBaseOfValidBallotsLeavesOutTheInvalidAndTheMissing() {
        AwardType type = type(VoteBase.VALID_BALLOTS, "50", true, "0", null, null);
        Tally.Question q = new Tally.Question(1, QuestionKind.AWARD, type, 1, List.of(10L));
        // 10 members, 8 returned, 2 of them invalid: 4 of 6 valid is more than half; of the members it would not be.
        Tally.Counts counts = new Tally.Counts(10, 10, 8, 6);
        assertThat(counts.invalid()).isEqualTo(2);
        assertThat(Tally.count(q, Map.of(10L, v(4, 2, 0)), counts).elected()).containsExactly(10L);
        Tally.Question members = new Tally.Question(
                1, QuestionKind.AWARD, type(VoteBase.MEMBERS, "50", true, "0", null, null), 1, List.of(10L));
        assertThat(Tally.count(members, Map.of(10L, v(4, 2, 0)), counts).elected())
                .isEmpty();
    }

    @Test
    void withoutTheQuorumNobodyIsElected() {
        Tally.Question q = new Tally.Question(
                1, QuestionKind.AWARD, type(VoteBase.VALID_BALLOTS, "50", true, "75", null, null), 1, List.of(10L));
        Tally.Outcome outcome = Tally.count(q, Map.of(10L, v(5, 0, 0)), new Tally.Counts(10, 10, 5, 5));
        assertThat(outcome.quorumMet()).isFalse();
        assertThat(outcome.elected()).isEmpty();
        Tally.Outcome met = Tally.count(q, Map.of(10L, v(8, 0, 0)), new Tally.Counts(10, 10, 8, 8));
        assertThat(met.quorumMet()).isTrue();
        assertThat(met.elected()).containsExactly(10L);
    }

    @Test
    void ofNChoicesTheTopNThatReachTheShareAreElected() {
        Tally.Question q = new Tally.Question(
                1,
                QuestionKind.AWARD,
                type(VoteBase.MEMBERS, "50", true, "0", 2, null),
                1,
                List.of(10L, 11L, 12L, 13L));
        Tally.Outcome outcome = Tally.count(
                q,
                Map.of(10L, v(5, 1, 0), 11L, v(6, 0, 0), 12L, v(4, 2, 0), 13L, v(1, 5, 0)),
                new Tally.Counts(6, 6, 6, 6));
        assertThat(outcome.elected()).containsExactlyInAnyOrder(10L, 11L);
        assertThat(outcome.tied()).isFalse();
        assertThat(outcome.lines().get(2).reached()).isTrue();
        assertThat(outcome.lines().get(2).elected()).isFalse();
    }

    @Test
    void aTieAtTheLastSeatElectsNoneOfTheTiedAndIsFlagged() {
        Tally.Question q = new Tally.Question(
                1, QuestionKind.AWARD, type(VoteBase.MEMBERS, "50", true, "0", 2, null), 1, List.of(10L, 11L, 12L));
        Tally.Outcome outcome =
                Tally.count(q, Map.of(10L, v(6, 0, 0), 11L, v(5, 1, 0), 12L, v(5, 1, 0)), new Tally.Counts(6, 6, 6, 6));
        assertThat(outcome.elected()).containsExactly(10L);
        assertThat(outcome.tied()).isTrue();
        assertThat(outcome.lines())
                .filteredOn(Tally.Line::tied)
                .extracting(Tally.Line::unitId)
                .containsExactlyInAnyOrder(11L, 12L);
    }

    @Test
    void theQuotaPerClusterYearLimitsAnAgreeOrDisagreeVote() {
        Tally.Question q = new Tally.Question(
                1, QuestionKind.AWARD, type(VoteBase.MEMBERS, "50", true, "0", null, 1), 1, List.of(10L, 11L));
        Tally.Outcome outcome = Tally.count(q, Map.of(10L, v(4, 2, 0), 11L, v(5, 1, 0)), new Tally.Counts(6, 6, 6, 6));
        assertThat(outcome.elected()).containsExactly(11L);
    }

    @Test
    void nextYearsHeadNeedsMoreThanHalfAndATieElectsNobody() {
        Tally.Question head = new Tally.Question(1, QuestionKind.NEXT_HEAD, null, 1, List.of(10L, 11L, 12L));
        Tally.Outcome tied = Tally.count(head, Map.of(10L, v(4, 2, 0), 11L, v(4, 2, 0)), new Tally.Counts(6, 6, 6, 6));
        assertThat(tied.elected()).isEmpty();
        assertThat(tied.tied()).isTrue();
        Tally.Outcome won = Tally.count(head, Map.of(10L, v(4, 2, 0), 11L, v(2, 4, 0)), new Tally.Counts(6, 6, 6, 6));
        assertThat(won.elected()).containsExactly(10L);
        Tally.Outcome half = Tally.count(head, Map.of(10L, v(3, 3, 0)), new Tally.Counts(6, 6, 6, 6));
        assertThat(half.elected()).isEmpty();
    }

    @Test
    void noBallotsMeanNoShare() {
        Tally.Question q = new Tally.Question(
                1, QuestionKind.AWARD, type(VoteBase.VALID_BALLOTS, "50", true, "0", null, null), 1, List.of(10L));
        Tally.Outcome outcome = Tally.count(q, Map.of(), new Tally.Counts(6, 6, 0, 0));
        assertThat(outcome.elected()).isEmpty();
        assertThat(outcome.lines().get(0).sharePercent()).isEqualByComparingTo("0");
    }
}
