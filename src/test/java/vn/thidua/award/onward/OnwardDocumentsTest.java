package vn.thidua.award.onward;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.thidua.support.IntegrationTest;

/** The national dossier's submission, read back from the PDF and the Word file: the layout, the text, the list. */
class OnwardDocumentsTest extends IntegrationTest {

    @Autowired
    OnwardService onward;

    @Autowired
    OnwardDocuments documents;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theSubmissionToTheCentralCouncilCarriesTheTextAndTheListOfCandidates() throws Exception {
        OnwardFixture f = OnwardFixture.create(jdbc, 1, "100");
        f.as("admin");
        long id = onward.start(f.year);
        onward.addItem(id, f.version(), f.govFlag, f.flagA);
        onward.addItem(id, f.version(), f.pmBk, f.bkC);
        onward.saveSubmission(
                id,
                f.version(),
                "Hội đồng Thi đua - Khen thưởng Trung ương",
                "Đoạn thứ nhất của tờ trình.\nĐoạn thứ hai của tờ trình.");

        byte[] pdf = documents.pdf(id);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "TỜ TRÌNH")
                    .contains("Về việc đề nghị khen thưởng cấp Nhà nước năm " + f.year)
                    .contains("Kính gửi: Hội đồng Thi đua - Khen thưởng Trung ương")
                    .contains("Đoạn thứ hai của tờ trình.")
                    .contains("Danh hiệu " + f.tag + "GF", "Danh hiệu " + f.tag + "PM")
                    .contains("Ủy ban nhân dân xã " + f.tag + "A", "Ủy ban nhân dân xã " + f.tag + "C")
                    .contains("Dẫn đầu cụm năm " + f.year);
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isBetween(594f, 596f);
            assertThat(doc.getPage(0).getResources().getFontNames()).isNotEmpty();
        }
        byte[] word = documents.docx(id);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(word));
                XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            String text = extractor.getText();
            assertThat(text)
                    .contains(
                            "TỜ TRÌNH",
                            "Kính gửi: Hội đồng Thi đua - Khen thưởng Trung ương",
                            "Đoạn thứ nhất của tờ trình.",
                            "Danh hiệu " + f.tag + "GF",
                            "Ủy ban nhân dân xã " + f.tag + "C",
                            "Hoàn thành xuất sắc nhiệm vụ năm " + f.year);
            assertThat(doc.getTables().get(1).getRows()).hasSize(3);
            assertThat(doc.getParagraphs().stream()
                            .flatMap(p -> p.getRuns().stream())
                            .filter(r -> r.getText(0) != null && !r.getText(0).isBlank())
                            .allMatch(r -> "Times New Roman".equals(r.getFontFamily())))
                    .isTrue();
        }
    }

    @Test
    void anotherProvinceCannotDownloadTheDossier() {
        OnwardFixture f = OnwardFixture.create(jdbc, 1, "100");
        f.as("admin");
        long id = onward.start(f.year);
        f.as("kiengiang");
        assertThatThrownBy(() -> documents.pdf(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> documents.docx(id)).isInstanceOf(AccessDeniedException.class);
    }
}
