package vn.thidua.pledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PledgeStatusTest {

    @Test
    void draftOpensOpenCompletesOrIsWithdrawnBackToDraftAndCompletedIsFinal() {
        assertThat(PledgeStatus.DRAFT.allowedNext()).containsExactly(PledgeStatus.OPEN);
        assertThat(PledgeStatus.OPEN.allowedNext())
                .containsExactlyInAnyOrder(PledgeStatus.COMPLETED, PledgeStatus.WITHDRAWN);
        assertThat(PledgeStatus.WITHDRAWN.allowedNext()).containsExactly(PledgeStatus.DRAFT);
        assertThat(PledgeStatus.COMPLETED.allowedNext()).isEmpty();
        assertThat(PledgeStatus.DRAFT.canTransitionTo(PledgeStatus.COMPLETED)).isFalse();
        assertThat(PledgeStatus.OPEN.isFrozen()).isTrue();
        assertThat(PledgeStatus.DRAFT.isFrozen()).isFalse();
    }

    @Test
    void aSignatureOnlyMovesFromValidToSupersededOrVoid() {
        assertThat(SignatureStatus.VALID.canTransitionTo(SignatureStatus.VOID)).isTrue();
        assertThat(SignatureStatus.VALID.canTransitionTo(SignatureStatus.SUPERSEDED))
                .isTrue();
        assertThat(SignatureStatus.VOID.canTransitionTo(SignatureStatus.VALID)).isFalse();
        assertThat(SignatureStatus.SUPERSEDED.canTransitionTo(SignatureStatus.VOID))
                .isFalse();
    }

    @Test
    void targetValuesAreReadInVietnameseFormsAndRefusedWhenNotNumbers() {
        assertThat(PledgeNumbers.parse("1.234,5")).contains(new BigDecimal("1234.5"));
        assertThat(PledgeNumbers.parse("612,48")).contains(new BigDecimal("612.48"));
        assertThat(PledgeNumbers.parse("95.5")).contains(new BigDecimal("95.5"));
        assertThat(PledgeNumbers.parse("1.000.000")).contains(new BigDecimal("1000000"));
        assertThat(PledgeNumbers.parse(" 100 ")).contains(new BigDecimal("100"));
        assertThat(PledgeNumbers.parse("")).isEmpty();
        assertThatThrownBy(() -> PledgeNumbers.parse("mười")).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> PledgeNumbers.parse("12,3,4")).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> PledgeNumbers.parse("1,23456")).isInstanceOf(NumberFormatException.class);
        assertThat(PledgeNumbers.display(new BigDecimal("1234.5"))).isEqualTo("1.234,5");
        assertThat(PledgeNumbers.canonical(new BigDecimal("100.0000"))).isEqualTo("100");
        assertThat(PledgeNumbers.canonical(new BigDecimal("0.50"))).isEqualTo("0.5");
    }
}
