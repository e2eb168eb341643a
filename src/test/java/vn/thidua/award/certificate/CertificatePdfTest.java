package vn.thidua.award.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import vn.thidua.award.decision.DecisionFixture;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Users;

/** Certificates read back from the PDF: where the texts fall, the Vietnamese glyphs, the QR code and the wrapping. */
class CertificatePdfTest extends IntegrationTest {

    static final String LONG_ACHIEVEMENT = ("Đã có thành tích xuất sắc trong phong trào thi đua yêu nước, phối hợp với "
                    + "Ủy ban nhân dân các xã thực hiện chương trình xây dựng nông thôn mới nâng cao, cải cách hành "
                    + "chính và chuyển đổi số; ")
            .repeat(8);

    private long organizer() {
        return idOf("select id from organizer where code = 'AG'");
    }

    private byte[] print(String url, String user) throws Exception {
        return mvc.perform(get(url).with(Users.as(jdbc, user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    @Test
    void theRecipientFallsAtItsConfiguredPositionWithVietnameseGlyphsAndTheQrCodeLeadsToTheVerificationPage()
            throws Exception {
        long type = CertificateFixture.awardType(jdbc, "AG", "Bằng khen thử in " + CertificateFixture.tag());
        CertificateFixture.layout(
                jdbc, type, Paper.A4, PrintMode.PRE_PRINTED, Map.of(CertificateField.RECIPIENT, new double[] {
                    50, 100, 200, 15, 20
                }));
        DecisionFixture decision = DecisionFixture.record(jdbc, organizer(), 2020);
        decision.grant(type, unitId("AG", "CT"), "Ủy ban nhân dân huyện Châu Thành dẫn đầu cụm thi đua");

        try (PDDocument pdf =
                Loader.loadPDF(print("/decisions/" + decision.decisionId + "/certificates.pdf", "admin"))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            // A4 landscape.
            assertThat(pdf.getPage(0).getMediaBox().getWidth() / PdfReading.MM)
                    .isCloseTo(297f, org.assertj.core.data.Offset.offset(0.5f));
            String text = PdfReading.text(pdf, 0);
            assertThat(text).contains("Ủy ban nhân dân huyện Châu Thành", "Châu Thành", "Tập thể", decision.number);
            // Pre-printed: no border texts of the full design.
            assertThat(text).doesNotContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");

            List<PdfReading.Glyph> recipient =
                    PdfReading.find(PdfReading.glyphs(pdf, 0), "Ủy ban nhân dân huyện Châu Thành");
            assertThat(recipient).isNotEmpty();
            PdfReading.Glyph first = recipient.get(0);
            assertThat(first.x()).isCloseTo(50f, org.assertj.core.data.Offset.offset(1f));
            assertThat(first.baseline()).isBetween(100f, 115f);
            assertThat(first.top()).isGreaterThanOrEqualTo(99f);
            assertThat(first.size()).isCloseTo(20f, org.assertj.core.data.Offset.offset(0.1f));

            assertThat(PdfReading.qr(pdf, 0))
                    .isEqualTo("http://localhost/verify/award/" + decision.verificationCodes.get(0));
        }
    }

    @Test
    void theFullDesignCarriesTheMottoTheAuthorityAndTheAwardTitle() throws Exception {
        String name = "Giấy khen thử " + CertificateFixture.tag();
        long type = CertificateFixture.awardType(jdbc, "AG", name);
        DecisionFixture decision = DecisionFixture.record(jdbc, organizer(), 2020);
        decision.grant(type, unitId("AG", "AP"), "Nguyễn Thị Hoa", "Phó Chủ tịch", "Hoàn thành xuất sắc nhiệm vụ");

        try (PDDocument pdf = Loader.loadPDF(
                print("/decisions/" + decision.decisionId + "/certificates.pdf?mode=FULL_DESIGN&paper=A3", "admin"))) {
            assertThat(pdf.getPage(0).getMediaBox().getWidth() / PdfReading.MM)
                    .isCloseTo(420f, org.assertj.core.data.Offset.offset(0.5f));
            String text = PdfReading.text(pdf, 0);
            assertThat(text)
                    .contains(
                            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                            "Độc lập - Tự do - Hạnh phúc",
                            "ỦY BAN NHÂN DÂN TỈNH AN GIANG",
                            name.toUpperCase(java.util.Locale.forLanguageTag("vi")),
                            "TẶNG",
                            "Ông",
                            "Nguyễn Thị Hoa",
                            "Phó Chủ tịch, Ủy ban nhân dân huyện An Phú",
                            "An Giang, ngày 15 tháng 01 năm 2021",
                            "Nguyễn Văn Thử")
                    .doesNotContain("MẪU / minh họa");
        }
    }

    @Test
    void aLongAchievementWrapsAndShrinksInsideItsBoxAndNothingFallsOutsideTheBoxes() throws Exception {
        long type = CertificateFixture.awardType(jdbc, "AG", "Bằng khen gói chữ " + CertificateFixture.tag());
        double[] achievement = {40, 110, 150, 20, 16};
        CertificateFixture.layout(
                jdbc, type, Paper.A4, PrintMode.PRE_PRINTED, Map.of(CertificateField.ACHIEVEMENT, achievement));
        DecisionFixture decision = DecisionFixture.record(jdbc, organizer(), 2020);
        decision.grant(type, unitId("AG", "CT"), LONG_ACHIEVEMENT);

        try (PDDocument pdf =
                Loader.loadPDF(print("/decisions/" + decision.decisionId + "/certificates.pdf", "admin"))) {
            List<PdfReading.Glyph> glyphs = PdfReading.glyphs(pdf, 0);
            List<PdfReading.Glyph> inBox = glyphs.stream()
                    .filter(g -> g.baseline() > 105 && g.baseline() < 135 && g.x() < 200)
                    .toList();
            assertThat(inBox).isNotEmpty();
            // Several lines, the font shrunk below the configured 16 pt, every glyph inside the box.
            assertThat(inBox.stream().map(PdfReading.Glyph::baseline).distinct().count())
                    .isGreaterThan(3);
            assertThat(inBox).allSatisfy(g -> {
                assertThat(g.size()).isLessThan(16f).isGreaterThanOrEqualTo(6f);
                assertThat(g.x()).isGreaterThanOrEqualTo(40f - 0.5f);
                assertThat(g.right()).isLessThanOrEqualTo(190f + 0.5f);
                assertThat(g.top()).isGreaterThanOrEqualTo(110f - 0.5f);
                assertThat(g.baseline()).isLessThanOrEqualTo(130f + 0.5f);
            });
            // The text that could not fit even at the smallest size ends with an ellipsis instead of spilling.
            assertThat(PdfReading.text(pdf, 0)).contains("…");
            // Every text of the page lies inside one of the layout's boxes.
            List<FieldBox> boxes = DefaultLayout.layout(organizer(), type, Paper.A4, PrintMode.PRE_PRINTED)
                    .boxesOn(Paper.A4);
            assertThat(glyphs.stream().filter(g -> !g.text().isBlank()))
                    .allSatisfy(g -> assertThat(boxes.stream().anyMatch(b -> {
                                double[] v = b.getField() == CertificateField.ACHIEVEMENT
                                        ? achievement
                                        : new double[] {
                                            b.getX().doubleValue(),
                                            b.getY().doubleValue(),
                                            b.getWidth().doubleValue(),
                                            b.getHeight().doubleValue()
                                        };
                                return g.x() >= v[0] - 0.5
                                        && g.right() <= v[0] + v[2] + 0.5
                                        && g.top() >= v[1] - 0.5
                                        && g.baseline() <= v[1] + v[3] + 0.5;
                            }))
                            .as("glyph %s at %s,%s", g.text(), g.x(), g.baseline())
                            .isTrue());
        }
    }

    @Test
    void aDecisionPrintsOnePagePerAwardLeavingOutRevokedOnesAndARevokedAwardIsRefused() throws Exception {
        long type = CertificateFixture.awardType(jdbc, "AG", "Bằng khen thu hồi " + CertificateFixture.tag());
        DecisionFixture decision = DecisionFixture.record(jdbc, organizer(), 2020);
        decision.grant(type, unitId("AG", "CT"), "Thành tích một");
        long revoked = decision.grant(type, unitId("AG", "AP"), "Thành tích hai");
        decision.grant(type, unitId("AG", "CM"), "Thành tích ba");
        long later = DecisionFixture.revoke(jdbc, revoked, "Phát hiện sai sót hồ sơ");
        String laterNumber = jdbc.queryForObject("select number from award_decision where id = ?", String.class, later);

        try (PDDocument pdf =
                Loader.loadPDF(print("/decisions/" + decision.decisionId + "/certificates.pdf", "admin"))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(2);
            String all = PdfReading.text(pdf, 0) + PdfReading.text(pdf, 1);
            assertThat(all).contains("Thành tích một", "Thành tích ba").doesNotContain("Thành tích hai");
        }
        String refusal = mvc.perform(
                        get("/awards/" + revoked + "/certificate.pdf").with(Users.as(jdbc, "admin")))
                .andExpect(status().is(422))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(org.unbescape.html.HtmlEscape.unescapeHtml(refusal)).contains("đã bị thu hồi", laterNumber);
    }

    @Test
    void aDecisionWhoseAwardsWereAllRevokedHasNothingToPrint() throws Exception {
        long type = CertificateFixture.awardType(jdbc, "AG", "Bằng khen hết hiệu lực " + CertificateFixture.tag());
        DecisionFixture decision = DecisionFixture.record(jdbc, organizer(), 2020);
        long award = decision.grant(type, unitId("AG", "AP"), "Thành tích");
        DecisionFixture.revoke(jdbc, award, "Sai sót");
        String refusal = mvc.perform(get("/decisions/" + decision.decisionId + "/certificates.pdf")
                        .with(Users.as(jdbc, "admin")))
                .andExpect(status().is(422))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(org.unbescape.html.HtmlEscape.unescapeHtml(refusal)).contains("không còn khen thưởng nào");
        // The awarded unit is refused its revoked certificate too.
        mvc.perform(get("/awards/" + award + "/certificate.pdf").with(Users.as(jdbc, "anphu")))
                .andExpect(status().is(422));
    }

    @Test
    void anIllustrativeDecisionPrintsTheSampleMark() throws Exception {
        long type = CertificateFixture.awardType(jdbc, "AG", "Bằng khen minh họa " + CertificateFixture.tag());
        String[] award = CertificateFixture.illustrativeAward(jdbc, organizer(), type, unitId("AG", "CT"));
        try (PDDocument pdf = Loader.loadPDF(print("/awards/" + award[1] + "/certificate.pdf", "admin"))) {
            assertThat(PdfReading.text(pdf, 0)).contains("MẪU / minh họa");
        }
    }

    @Test
    void theCalibrationPrintNamesEveryBoxOnAMillimetreGridAndTheSampleWraps() throws Exception {
        long type = CertificateFixture.awardType(jdbc, "AG", "Bằng khen căn chỉnh " + CertificateFixture.tag());
        CertificateFixture.layout(jdbc, type, Paper.A3, PrintMode.PRE_PRINTED, Map.of());
        try (PDDocument pdf =
                Loader.loadPDF(print("/admin/certificate-layouts/" + type + "/calibration.pdf", "thamdinh"))) {
            String text = PdfReading.text(pdf, 0);
            assertThat(text).contains("Người, tập thể được khen", "Mã QR xác thực", "Số vào sổ", "100", "400");
            assertThat(pdf.getPage(0).getMediaBox().getWidth() / PdfReading.MM)
                    .isCloseTo(420f, org.assertj.core.data.Offset.offset(0.5f));
        }
        try (PDDocument pdf = Loader.loadPDF(print("/admin/certificate-layouts/" + type + "/sample.pdf", "admin"))) {
            assertThat(PdfReading.text(pdf, 0)).contains("Châu Thành", "MẪU / minh họa");
        }
    }
}
