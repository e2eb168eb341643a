package vn.thidua.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

class FigureOutliersTest {

    private static final long FIGURE = 10L;

    /** A table with one figure criterion I.1 (id 10) and one manual criterion I.2 (id 11). */
    private static CriteriaTree tree() {
        CriteriaTable table = new CriteriaTable(1L, 2021, "Bảng mẫu", new BigDecimal("30"));
        CriterionNode group = new CriterionNode(table, null, ScoringFixture.group("I", "30"));
        CriterionNode figure = new CriterionNode(
                table, group, ScoringFixture.criterion("I.1", "20", CriterionKind.FIGURE_AGAINST_TARGET, null));
        CriterionNode manual =
                new CriterionNode(table, group, ScoringFixture.criterion("I.2", "10", CriterionKind.MANUAL, null));
        ReflectionTestUtils.setField(group, "id", 9L);
        ReflectionTestUtils.setField(figure, "id", FIGURE);
        ReflectionTestUtils.setField(manual, "id", 11L);
        return new CriteriaTree(table, new ArrayList<>(List.of(group, figure, manual)));
    }

    private static LineScores figure(long sheet, String value, String target) {
        return new LineScores(sheet, FIGURE, null, null, null, new BigDecimal(value), new BigDecimal(target));
    }

    private static final Map<Long, String> UNITS = Map.of(1L, "An Phú", 2L, "Châu Thành", 3L, "Chợ Mới", 4L, "Phú Tân");

    @Test
    void aRatioMoreThanThreeTimesTheMedianIsNamed() {
        // Chợ Mới typed its target as 0,7 instead of 7: 7,28 / 0,7 = 10,4.
        List<FigureOutliers.Outlier> outliers = FigureOutliers.of(
                tree(),
                UNITS,
                List.of(figure(1, "7.9", "7"), figure(2, "7.6", "7"), figure(3, "7.28", "0.7"), figure(4, "6.9", "7")));
        assertThat(outliers).singleElement().satisfies(o -> {
            assertThat(o.unitName()).isEqualTo("Chợ Mới");
            assertThat(o.criterionCode()).isEqualTo("I.1");
            assertThat(o.high()).isTrue();
            assertThat(o.percent()).isEqualByComparingTo("1040");
        });
    }

    @Test
    void aRatioUnderAThirdOfTheMedianIsNamedToo() {
        List<FigureOutliers.Outlier> outliers = FigureOutliers.of(
                tree(), UNITS, List.of(figure(1, "100", "100"), figure(2, "110", "100"), figure(3, "30", "100")));
        assertThat(outliers).singleElement().satisfies(o -> {
            assertThat(o.unitName()).isEqualTo("Chợ Mới");
            assertThat(o.high()).isFalse();
            assertThat(o.medianPercent()).isEqualByComparingTo("100");
        });
    }

    @Test
    void exactlyThreeTimesIsNotAnOutlierNorAreFewerThanThreeFigures() {
        assertThat(FigureOutliers.of(
                        tree(),
                        UNITS,
                        List.of(figure(1, "100", "100"), figure(2, "100", "100"), figure(3, "300", "100"))))
                .isEmpty();
        assertThat(FigureOutliers.of(tree(), UNITS, List.of(figure(1, "100", "100"), figure(3, "1040", "100"))))
                .isEmpty();
        // Sheets not named (not submitted) do not count.
        assertThat(FigureOutliers.of(
                        tree(),
                        Map.of(1L, "An Phú", 2L, "Châu Thành"),
                        List.of(figure(1, "100", "100"), figure(2, "100", "100"), figure(3, "1040", "100"))))
                .isEmpty();
    }
}
