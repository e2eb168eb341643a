package vn.thidua.award.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thidua.award.decision.DecisionFixture;
import vn.thidua.support.IntegrationTest;

/** The demo's layouts of An Giang: A3 landscape onto pre-printed blanks, every box valid, for the flag and the merit. */
class CertificateDemoDataTest extends IntegrationTest {

    @Autowired
    CertificateLayoutService layouts;

    @Test
    void anGiangPrintsItsFlagAndCertificateOfMeritOntoA3Blanks() {
        long organizer = idOf("select id from organizer where code = 'AG'");
        for (String code : List.of("CO_TINH", "BK_CHU_TICH")) {
            CertificateLayout layout = layouts.effective(organizer, DecisionFixture.awardType(jdbc, "AG", code));
            assertThat(layout.isSaved()).as(code).isTrue();
            assertThat(layout.getPaper()).isEqualTo(Paper.A3);
            assertThat(layout.getMode()).isEqualTo(PrintMode.PRE_PRINTED);
            assertThat(layout.boxesByField()).as(code).hasSize(CertificateField.values().length);
            List<LayoutCommand.Line> lines = layout.boxesByField().values().stream()
                    .map(b -> new LayoutCommand.Line(
                            b.getField(),
                            b.getX(),
                            b.getY(),
                            b.getWidth(),
                            b.getHeight(),
                            b.getFontSize(),
                            b.isBold(),
                            b.getAlign(),
                            b.isVisible()))
                    .toList();
            assertThat(CertificateLayout.problems(
                            new LayoutCommand(Paper.A3, PrintMode.PRE_PRINTED, "An Giang", lines)))
                    .as(code)
                    .isEmpty();
        }
        // The flag goes to a collective: no position line.
        assertThat(layouts.effective(organizer, DecisionFixture.awardType(jdbc, "AG", "CO_TINH"))
                        .boxesByField()
                        .get(CertificateField.POSITION_UNIT)
                        .isVisible())
                .isFalse();
    }
}
