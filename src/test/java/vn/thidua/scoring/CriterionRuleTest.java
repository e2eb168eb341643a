package vn.thidua.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CriterionRuleTest {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void passFailGivesAllOrNothing() {
        CriterionRule rule = CriterionRule.passFail("II.1", "5");
        assertThat(rule.score(d("1"), null, null)).isEqualByComparingTo("5");
        assertThat(rule.score(d("0"), null, null)).isEqualByComparingTo("0");
        assertThatThrownBy(() -> rule.score(d("0.5"), null, null))
                .isInstanceOf(ScoringException.class)
                .hasMessageContaining("scoring.value.passFail");
    }

    @Test
    void perOccurrenceMultipliesAndStopsAtTheCap() {
        CriterionRule rule = CriterionRule.perOccurrence("B.1", "10", "2.5");
        assertThat(rule.score(d("0"), null, null)).isEqualByComparingTo("0");
        assertThat(rule.score(d("3"), null, null)).isEqualByComparingTo("7.5");
        assertThat(rule.score(d("4"), null, null)).isEqualByComparingTo("10");
        assertThat(rule.score(d("40"), null, null)).isEqualByComparingTo("10");
        assertThatThrownBy(() -> rule.score(d("1.5"), null, null)).hasMessageContaining("scoring.value.wholeNumber");
    }

    @Test
    void manualPointsMustLieWithinTheMinimumAndMaximum() {
        CriterionRule rule = CriterionRule.manual("I.2", "8", "2");
        assertThat(rule.score(d("2"), null, null)).isEqualByComparingTo("2");
        assertThat(rule.score(d("7.75"), null, null)).isEqualByComparingTo("7.75");
        assertThatThrownBy(() -> rule.score(d("1.5"), null, null)).hasMessageContaining("scoring.score.outOfBounds");
        assertThatThrownBy(() -> rule.score(d("8.01"), null, null)).hasMessageContaining("scoring.score.outOfBounds");
        assertThatThrownBy(() -> rule.score(d("-1"), null, null)).hasMessageContaining("scoring.value.negative");
        assertThatThrownBy(() -> rule.score(d("5.125"), null, null)).hasMessageContaining("scoring.score.precision");
    }

    @Test
    void figureGivesHalfAtTheTargetFullForTheBestAndLinearBetween() {
        CriterionRule rule = CriterionRule.figure("I.1.a", "10", null);
        // Cluster best: 130% of plan.
        BigDecimal best = d("1.3");
        assertThat(rule.score(d("100"), d("100"), best)).isEqualByComparingTo("5");
        assertThat(rule.score(d("130"), d("100"), best)).isEqualByComparingTo("10");
        assertThat(rule.score(d("115"), d("100"), best)).isEqualByComparingTo("7.5");
        // Cluster 2 in 2020: 612.48 of a planned 512.35 billion đồng, 119.54%.
        assertThat(rule.score(d("612.48"), d("512.35"), best)).isEqualByComparingTo("8.26");
    }

    @Test
    void figureBelowTargetIsProportionalToTheShareReached() {
        CriterionRule rule = CriterionRule.figure("I.1.a", "10", "0.6");
        assertThat(rule.score(d("80"), d("100"), d("1.2"))).isEqualByComparingTo("4.8");
        assertThat(rule.score(d("0"), d("100"), d("1.2"))).isEqualByComparingTo("0");
    }

    @Test
    void figureOfTheBestUnitItselfGetsFullPointsAndAtTargetOnlyWhenNobodyExceeds() {
        CriterionRule rule = CriterionRule.figure("I.1.a", "10", null);
        assertThat(rule.score(d("150"), d("100"), null)).isEqualByComparingTo("10");
        assertThat(rule.score(d("150"), d("100"), d("1.2"))).isEqualByComparingTo("10");
        assertThat(rule.score(d("100"), d("100"), d("1"))).isEqualByComparingTo("5");
        assertThatThrownBy(() -> rule.score(d("100"), null, null)).hasMessageContaining("scoring.value.targetRequired");
        assertThatThrownBy(() -> rule.score(d("100"), d("0"), null))
                .hasMessageContaining("scoring.value.targetRequired");
    }

    @Test
    void reviewerScoresAreCheckedAgainstTheBounds() {
        CriterionRule rule = CriterionRule.passFail("II.1", "5");
        rule.checkScore(d("2.5"));
        assertThatThrownBy(() -> rule.checkScore(d("5.5"))).hasMessageContaining("scoring.score.outOfBounds");
        assertThatThrownBy(() -> rule.checkScore(null)).hasMessageContaining("scoring.value.required");
    }
}
