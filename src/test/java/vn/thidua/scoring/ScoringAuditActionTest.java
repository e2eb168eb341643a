package vn.thidua.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ScoringAuditActionTest {

    @Test
    void everyMoveOfARoundHasItsActionAndTheCodesAreStoredAsBefore() {
        for (RoundStatus status : RoundStatus.values()) {
            assertThat(ScoringAuditAction.movedTo(status).code()).isEqualTo("SCORING_ROUND_" + status.name());
        }
        assertThat(new ScoringAuditVocabulary().actions())
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(ScoringAuditAction.values())
                        .map(Enum::name)
                        .toList())
                .contains("SCORING_OPENED", "SCORE_SHEET_SUBMITTED", "SCORE_EXPLANATION_DECLINED")
                .hasSize(28);
    }
}
