package vn.thidua.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ResultRulesTest {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void thePercentageOfTheTargetIsTheAchievedFigureOverTheTargetRoundedToTwoDecimals() {
        assertThat(ResultRules.percentOfTarget(d("612.48"), d("512.35"))).contains(d("119.54"));
        assertThat(ResultRules.percentOfTarget(d("100"), d("100"))).contains(d("100.00"));
        assertThat(ResultRules.percentOfTarget(d("0"), d("7"))).contains(d("0.00"));
        // 2/3 = 66.666… rounds half up; 1/8 = 12.5 exactly.
        assertThat(ResultRules.percentOfTarget(d("2"), d("3"))).contains(d("66.67"));
        assertThat(ResultRules.percentOfTarget(d("0.125"), d("1"))).contains(d("12.50"));
        assertThat(ResultRules.percentOfTarget(d("-1.5"), d("7"))).contains(d("-21.43"));
    }

    @Test
    void thereIsNoPercentageWithoutAFigureOrAPositiveTarget() {
        assertThat(ResultRules.percentOfTarget(null, d("512.35"))).isEmpty();
        assertThat(ResultRules.percentOfTarget(d("612.48"), null)).isEmpty();
        assertThat(ResultRules.percentOfTarget(d("5"), BigDecimal.ZERO)).isEmpty();
        assertThat(ResultRules.percentOfTarget(d("5"), d("-1"))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Tốc độ tăng trưởng giá trị sản xuất trên địa bàn",
                "Giảm tỷ lệ hộ nghèo so với đầu năm",
                "Kéo giảm số vụ phạm pháp hình sự so với năm 2020",
                "TĂNG TRƯỞNG GRDP"
            })
    void aNegativeFigureIsAcceptedForGrowthAndReductions(String target) {
        assertThat(ResultRules.allowsNegative(target)).isTrue();
        assertThatCode(() -> ResultRules.check(1, target, d("-0.8"))).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Thu ngân sách nhà nước trên địa bàn đạt và vượt dự toán được giao",
                "Số xã đạt chuẩn nông thôn mới tăng thêm trong năm",
                "Tỷ lệ dân số tham gia bảo hiểm y tế",
                "Mô hình, điển hình tiên tiến được phát hiện, biểu dương và nhân rộng",
                "Giám sát"
            })
    void aNegativeFigureIsRefusedForAmountsCountsAndShares(String target) {
        assertThat(ResultRules.allowsNegative(target)).isFalse();
        assertThatThrownBy(() -> ResultRules.check(42, target, d("-1")))
                .isInstanceOfSatisfying(ResultRules.ResultRejected.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("scoring.results.negative");
                    assertThat(e.targetId()).isEqualTo(42);
                    assertThat(e.getArguments()).containsExactly(target);
                });
        assertThatCode(() -> ResultRules.check(42, target, BigDecimal.ZERO)).doesNotThrowAnyException();
        assertThatCode(() -> ResultRules.check(42, target, null)).doesNotThrowAnyException();
    }

    @Test
    void figuresBeyondTheStoredPrecisionOrSizeAreRefused() {
        assertThatCode(() -> ResultRules.check(1, "Thu ngân sách", d("612.4800")))
                .doesNotThrowAnyException();
        assertThatCode(() -> ResultRules.check(1, "Thu ngân sách", d("9999999999999999")))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> ResultRules.check(1, "Thu ngân sách", d("612.48001")))
                .hasMessageContaining("scoring.results.precision");
        assertThatThrownBy(() -> ResultRules.check(1, "Thu ngân sách", d("10000000000000000")))
                .hasMessageContaining("scoring.results.precision");
    }

    @Test
    void aCriterionsLinkNamesATargetIgnoringCaseDiacriticsPunctuationAndSpacing() {
        assertThat(ResultRules.sameTarget(
                        "Thu ngân sách nhà nước trên địa bàn", "  thu ngan sach NHÀ NƯỚC   trên địa bàn "))
                .isTrue();
        assertThat(ResultRules.sameTarget("Giảm tỷ lệ hộ nghèo, so với đầu năm", "giam ty le ho ngheo so voi dau nam"))
                .isTrue();
        assertThat(ResultRules.sameTarget("Đường giao thông", "duong giao thong"))
                .isTrue();
        assertThat(ResultRules.sameTarget("Thu ngân sách nhà nước trên địa bàn", "Thu ngân sách"))
                .isFalse();
        assertThat(ResultRules.sameTarget(null, "Thu ngân sách")).isFalse();
        assertThat(ResultRules.sameTarget(" ", " ")).isFalse();
    }
}
