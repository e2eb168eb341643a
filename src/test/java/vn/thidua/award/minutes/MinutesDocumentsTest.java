package vn.thidua.award.minutes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thidua.scoring.FinalRanking;
import vn.thidua.scoring.RankedUnit;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Users;

/** The minutes as PDF and Word, read back: the official layout, the vote's figures, Vietnamese intact. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MinutesDocumentsTest extends IntegrationTest {

    @Autowired
    MinutesDocuments documents;

    MinutesFixture f;
    byte[] pdf;
    byte[] docx;

    @BeforeAll
    void createMinutes() throws Exception {
        f = new MinutesFixture(jdbc).closeVote();
        String url = "/award/cluster-years/" + f.clusterYear + "/minutes";
        mvc.perform(post(url)
                        .param("meetingDate", "15/12/2021")
                        .param("meetingTime", "08:30")
                        .param("place", "Châu Thành")
                        .param("chairName", "Nguyễn Văn Tâm")
                        .param("chairTitle", "Chủ tịch UBND huyện Châu Thành")
                        .param("secretaryName", "Trần Thị Hương")
                        .param("secretaryTitle", "Chuyên viên Phòng Nội vụ")
                        .param("present[" + f.headUnit + "]", "true")
                        .param("present[" + f.memberUnit + "]", "true")
                        .param("reason[" + f.otherUnit + "]", "Đi công tác tỉnh")
                        .param("countingTeam", "Lê Văn Bình\nPhạm Thị Lan")
                        .with(Users.as(jdbc, f.head))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        pdf = mvc.perform(get(url + "/document.pdf").with(Users.as(jdbc, f.member)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        docx = mvc.perform(get(url + "/document.docx").with(Users.as(jdbc, f.member)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    /** What both documents must say, in Vietnamese with every diacritic. */
    List<String> expected() {
        return List.of(
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc",
                "CỤM THI ĐUA SỐ 2",
                "Châu Thành, ngày 15 tháng 12 năm 2021",
                "BIÊN BẢN",
                "Họp bình xét thi đua năm 2021",
                "Thời gian: 08 giờ 30 phút, ngày 15/12/2021.",
                "Chủ trì: Nguyễn Văn Tâm, Chủ tịch UBND huyện Châu Thành.",
                "Thư ký: Trần Thị Hương, Chuyên viên Phòng Nội vụ.",
                "Đơn vị thành viên có mặt: 2/3 đơn vị",
                f.otherUnitName + " (lý do: Đi công tác tỉnh)",
                "Phạm Thị Lan",
                "Hình thức bình xét: bỏ phiếu kín trực tuyến.",
                "Số phiếu phát ra: 3; số phiếu thu về: 3; số phiếu hợp lệ: 3; số phiếu không hợp lệ: 0.",
                "Cờ thi đua của Ủy ban nhân dân tỉnh",
                "Tiêu chuẩn: Trên 50% tổng số đơn vị thành viên.",
                "66,67 %",
                "33,33 %",
                "Đạt",
                "Không đạt",
                "Bầu Cụm trưởng, Cụm phó năm 2022",
                "Cụm trưởng: " + f.memberUnitName + ".",
                "Cụm phó: " + f.otherUnitName + ".",
                "THƯ KÝ",
                "CHỦ TRÌ");
    }

    @Test
    void thePdfSaysWhatTheMeetingDecidedWithItsFontEmbedded() throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            for (String line : expected()) {
                assertThat(text).contains(line.replaceAll("\\s+", " "));
            }
            assertThat(text).contains(f.headUnitName).doesNotContain("ONLINE").doesNotContain("MEMBERS");
            PDPage page = document.getPage(0);
            assertThat(page.getMediaBox().getWidth()).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(1f));
            assertThat(page.getMediaBox().getHeight()).isCloseTo(841.9f, org.assertj.core.data.Offset.offset(1f));
            List<PDFont> fonts = new ArrayList<>();
            for (var name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name));
            }
            assertThat(fonts).isNotEmpty().allSatisfy(font -> {
                assertThat(font.getName()).contains("LiberationSerif");
                assertThat(font.isEmbedded()).isTrue();
            });
        }
    }

    @Test
    void theWordFileSaysTheSameInTimesNewRomanOnA4() throws Exception {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            String text = extractor.getText().replaceAll("\\s+", " ");
            for (String line : expected()) {
                assertThat(text).contains(line.replaceAll("\\s+", " "));
            }
            assertThat(text).doesNotContain("ONLINE").doesNotContain("MEMBERS");
            var size = document.getDocument().getBody().getSectPr().getPgSz();
            assertThat(size.getW().toString()).isEqualTo("11906");
            assertThat(size.getH().toString()).isEqualTo("16838");
            List<XWPFRun> runs = new ArrayList<>();
            document.getParagraphs().forEach(p -> runs.addAll(p.getRuns()));
            for (XWPFTable table : document.getTables()) {
                table.getRows()
                        .forEach(row -> row.getTableCells()
                                .forEach(cell -> cell.getParagraphs().forEach(p -> runs.addAll(p.getRuns()))));
            }
            assertThat(runs).isNotEmpty().allSatisfy(run -> {
                assertThat(run.getFontFamily()).isEqualTo("Times New Roman");
                assertThat(run.getFontSizeAsDouble()).isBetween(10.0, 14.0);
            });
            assertThat(document.getParagraphs().stream()
                            .filter(p -> p.getText().startsWith("Thời gian"))
                            .flatMap(p -> p.getRuns().stream())
                            .map(XWPFRun::getFontSizeAsDouble))
                    .containsOnly(14.0);
            assertThat(document.getParagraphs().stream().map(XWPFParagraph::getText))
                    .contains("BIÊN BẢN");
        }
    }

    @Test
    void theRankingReadsInVietnameseNumbers() throws Exception {
        MinutesView view;
        org.springframework.security.core.context.SecurityContextHolder.getContext()
                .setAuthentication(new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(
                        Users.principal(jdbc, f.member), null, List.of()));
        try {
            view = documentsView();
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
        MinutesView ranked = new MinutesView(
                view.clusterYear(),
                view.vote(),
                Optional.of(new FinalRanking(
                        1L,
                        f.clusterYear,
                        List.of(
                                new RankedUnit(
                                        1, f.headUnit, "H", f.headUnitName, new BigDecimal("1234.56"), false, true),
                                new RankedUnit(2, f.otherUnit, "C", f.otherUnitName, null, false, false)))),
                view.minutes(),
                view.results(),
                view.units(),
                view.scan(),
                false,
                false);
        try (PDDocument document = Loader.loadPDF(documents.pdf(ranked))) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("1.234,56").contains("Tổng điểm");
        }
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(documents.docx(ranked)));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            assertThat(extractor.getText()).contains("1.234,56").contains("Tổng điểm");
        }
    }

    @Autowired
    MinutesService service;

    private MinutesView documentsView() {
        return service.view(f.clusterYear);
    }
}
