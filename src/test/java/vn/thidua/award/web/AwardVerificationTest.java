package vn.thidua.award.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thidua.award.web.AwardTypeControllerTest.html;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.thidua.award.decision.DecisionFixture;
import vn.thidua.support.IntegrationTest;

/** The public page behind a certificate's QR code: valid, revoked, amended, unknown; nothing more than it should. */
class AwardVerificationTest extends IntegrationTest {

    private long type() {
        return DecisionFixture.awardType(jdbc, "AG", "BK_CHU_TICH");
    }

    private DecisionFixture decision() {
        return DecisionFixture.record(jdbc, idOf("select id from organizer where code = 'AG'"), 2020);
    }

    @Test
    void aValidAwardShowsWhoWhatByWhichDecisionAndItsRegisterNumberWithoutSigningIn() throws Exception {
        DecisionFixture d = decision();
        long award = d.grant(type(), unitId("AG", "CT"), "Trần Văn Bình", "Chủ tịch", "Nội bộ: hồ sơ số 77 còn thiếu");
        String register =
                jdbc.queryForObject("select register_number from award_granted where id = ?", String.class, award);
        mvc.perform(get("/verify/award/" + d.verificationCodes.get(0)))
                .andExpect(status().isOk())
                .andExpect(html(allOf(
                        containsString("data-result=\"valid\""),
                        containsString("Trần Văn Bình"),
                        containsString("Chủ tịch"),
                        containsString("Ủy ban nhân dân huyện Châu Thành"),
                        containsString("Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh"),
                        containsString(d.number),
                        containsString("15/01/2021"),
                        containsString("Ủy ban nhân dân tỉnh An Giang"),
                        containsString(register),
                        // No achievement text, ids or internal notes.
                        not(containsString("hồ sơ số 77")),
                        not(containsString("/awards/" + award)),
                        not(containsString("data-testid=\"verify-illustrative\"")))));
    }

    @Test
    void aRevokedAwardIsShownAsRevokedByTheLaterDecisionAndItsDate() throws Exception {
        DecisionFixture d = decision();
        long award = d.grant(type(), unitId("AG", "AP"), "Thành tích");
        long later = DecisionFixture.revoke(jdbc, award, "Lý do nội bộ không công bố");
        String number = jdbc.queryForObject("select number from award_decision where id = ?", String.class, later);
        mvc.perform(get("/verify/award/" + d.verificationCodes.get(0)))
                .andExpect(status().isOk())
                .andExpect(html(allOf(
                        containsString("data-result=\"revoked\""),
                        containsString("THU HỒI"),
                        containsString(number),
                        containsString("14/02/2021"),
                        not(containsString("data-result=\"valid\"")),
                        not(containsString("Lý do nội bộ")))));
    }

    @Test
    void anAmendedAwardPointsToTheCorrectedAwardsPage() throws Exception {
        DecisionFixture d = decision();
        long award = d.grant(type(), unitId("AG", "AP"), "Thành tích");
        String corrected = vn.thidua.award.certificate.CertificateTestSupport.amend(jdbc, award);
        mvc.perform(get("/verify/award/" + d.verificationCodes.get(0)))
                .andExpect(status().isOk())
                .andExpect(html(allOf(
                        containsString("data-result=\"amended\""), containsString("/verify/award/" + corrected))));
        mvc.perform(get("/verify/award/" + corrected))
                .andExpect(status().isOk())
                .andExpect(html(containsString("data-result=\"valid\"")));
    }

    @Test
    void anIllustrativeDecisionIsMarked() throws Exception {
        String[] award =
                vn.thidua.award.certificate.CertificateTestSupport.illustrative(jdbc, unitId("AG", "CT"), type());
        mvc.perform(get("/verify/award/" + award[2]))
                .andExpect(status().isOk())
                .andExpect(html(containsString("data-testid=\"verify-illustrative\"")));
    }

    @Test
    void anUnknownCodeIsNotFoundWithoutHints() throws Exception {
        for (String code :
                new String[] {"KHONGCO" + UUID.randomUUID().toString().substring(0, 8), "x'--", "a".repeat(300)}) {
            mvc.perform(get("/verify/award/" + code))
                    .andExpect(status().isNotFound())
                    .andExpect(html(allOf(not(containsString("Exception")), not(containsString("award_granted")))));
        }
    }
}
