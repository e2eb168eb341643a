package vn.thidua.pledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Users;

/** The pledge's PDF reads like its Word file: the same numbered sections, each signing time on one line. */
class PledgeDocumentLayoutTest extends IntegrationTest {

    @Test
    void thePdfNumbersItsFieldsAsTheWordFileDoesAndKeepsEachSigningTimeOnOneLine() throws Exception {
        long kg = jdbc.queryForObject("""
                select p.id from pledge p join cluster_term t on t.id = p.term_id join cluster c on c.id = t.cluster_id
                where c.code = 'CUM3' and t.year = 2021""", Long.class);
        byte[] pdf = mvc.perform(get("/pledges/" + kg + "/document.pdf").with(Users.as(jdbc, "hatien")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        byte[] docx = mvc.perform(get("/pledges/" + kg + "/document.docx").with(Users.as(jdbc, "hatien")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        List<String> pdfLines;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            pdfLines = Arrays.stream(new PDFTextStripper().getText(document).split("\\R"))
                    .map(String::strip)
                    .toList();
        }
        List<String> wordHeadings;
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            wordHeadings = Arrays.stream(extractor.getText().split("\\R"))
                    .map(String::strip)
                    .filter(line -> line.matches("(\\d+|[IVX]+)\\. \\S.*"))
                    .toList();
        }
        assertThat(wordHeadings).anyMatch(line -> line.startsWith("1. ")).anyMatch(line -> line.startsWith("II. "));
        assertThat(pdfLines).containsAll(wordHeadings);

        long signatures = jdbc.queryForObject("""
                select count(*) from pledge_signature where pledge_id = ? and status = 'VALID' and answer = 'SIGNED'""", Long.class, kg);
        long timesOnOneLine = pdfLines.stream()
                .filter(line -> line.matches(".*\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}$"))
                .count();
        assertThat(signatures).isPositive();
        assertThat(timesOnOneLine).isEqualTo(signatures);
    }
}
