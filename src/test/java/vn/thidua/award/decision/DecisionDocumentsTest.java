package vn.thidua.award.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Users;

/** The decision as Word, in the official layout: the draft from the record form, and a recorded decision. */
class DecisionDocumentsTest extends IntegrationTest {

    @Autowired
    DecisionService decisions;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private static String text(byte[] docx) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            return extractor.getText();
        }
    }

    private static XWPFTable recipients(byte[] docx) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            return doc.getTables().get(doc.getTables().size() - 1);
        }
    }

    @Test
    void theDraftListsTheChosenItemsInTheOfficialLayout() throws Exception {
        ReviewedProposalFixture f = ReviewedProposalFixture.reviewed(jdbc);
        byte[] docx = mvc.perform(post("/decisions/draft.docx")
                        .with(Users.as(jdbc, "admin"))
                        .with(csrf())
                        .param("number", "")
                        .param("decidedOn", "")
                        .param("authority", "Ủy ban nhân dân tỉnh An Giang")
                        .param("signerTitle", "Chủ tịch")
                        .param("signerName", "Lê Văn Ký")
                        .param("subject", "Về việc tặng Cờ thi đua năm 2020")
                        .param("year", "2020")
                        .param("items", String.valueOf(f.items.get(0)), String.valueOf(f.items.get(1)))
                        .param("achievements[" + f.items.get(0) + "]", "Dẫn đầu cụm " + f.tag)
                        .param("achievements[" + f.items.get(1) + "]", "Hoàn thành xuất sắc"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        String text = text(docx);
        assertThat(text)
                .contains(
                        "ỦY BAN NHÂN DÂN TỈNH AN GIANG",
                        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                        "Độc lập - Tự do - Hạnh phúc",
                        "Số: ……/QĐ-UBND",
                        "QUYẾT ĐỊNH",
                        "Về việc tặng Cờ thi đua năm 2020",
                        "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH AN GIANG",
                        "Căn cứ Luật Thi đua, khen thưởng",
                        "Điều 1.",
                        "Điều 2.",
                        "Điều 3.",
                        "Lê Văn Ký");
        XWPFTable table = recipients(docx);
        assertThat(table.getRows()).hasSize(3);
        assertThat(table.getRow(0).getCell(0).getText()).isEqualTo("STT");
        assertThat(table.getRow(1).getCell(1).getText()).isEqualTo("Ủy ban nhân dân xã " + f.tag + "A");
        assertThat(table.getRow(1).getCell(2).getText()).isEqualTo("Cờ thi đua của Ủy ban nhân dân tỉnh");
        assertThat(table.getRow(1).getCell(3).getText()).isEqualTo("Dẫn đầu cụm " + f.tag);
        assertThat(table.getRow(2).getCell(0).getText()).isEqualTo("2");

        mvc.perform(post("/decisions/draft.docx")
                        .with(Users.as(jdbc, "thamdinh"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void aRecordedDecisionReadsBackWithItsNumberDateAndRecipients() throws Exception {
        ReviewedProposalFixture f = ReviewedProposalFixture.reviewed(jdbc);
        f.as("admin");
        String number = DecisionServiceTest.number();
        Decision decision = decisions.record(DecisionServiceTest.command(
                number,
                "25/01/2021",
                List.of(DecisionServiceTest.choice(f.items.get(1), "Hoàn thành xuất sắc " + f.tag))));
        SecurityContextHolder.clearContext();
        byte[] docx = mvc.perform(get("/decisions/" + decision.getId() + "/document.docx")
                        .with(Users.as(jdbc, f.officers.get(1))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(text(docx))
                .contains(
                        "Số: " + number, "ngày 25 tháng 01 năm 2021", "Về việc tặng Cờ thi đua và Bằng khen năm 2020");
        XWPFTable table = recipients(docx);
        assertThat(table.getRows()).hasSize(2);
        assertThat(table.getRow(1).getCell(2).getText()).isEqualTo("Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh");
        assertThat(table.getRow(1).getCell(3).getText()).isEqualTo("Hoàn thành xuất sắc " + f.tag);
        mvc.perform(get("/decisions/" + decision.getId() + "/document.docx").with(Users.as(jdbc, f.officers.get(2))))
                .andExpect(status().isForbidden());
    }
}
