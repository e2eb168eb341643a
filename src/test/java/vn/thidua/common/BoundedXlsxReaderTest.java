package vn.thidua.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.thidua.support.HostileWorkbooks;

class BoundedXlsxReaderTest {

    private static final BoundedXlsxReader.Limits ROOMY = new BoundedXlsxReader.Limits(1000, 20, 16L * 1024 * 1024);

    @Test
    void readsTheFirstSheetsRowsWithTextNumbersFormulasAndTheirNumbers() throws IOException {
        byte[] file;
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet first = book.createSheet("Một");
            Row header = first.createRow(0);
            header.createCell(0).setCellValue("Mã");
            header.createCell(1).setCellValue("Giá trị");
            Row data = first.createRow(3);
            data.createCell(0).setCellValue("I.1");
            data.createCell(1).setCellValue(612.48);
            data.createCell(3).setCellValue("27,5");
            data.createCell(4).setCellValue(91234);
            data.createCell(5).setCellValue(true);
            Row formula = first.createRow(4);
            formula.createCell(0).setCellValue("Tổng");
            formula.createCell(1).setCellFormula("B4*2");
            book.getCreationHelper().createFormulaEvaluator().evaluateAll();
            first.createRow(5).createCell(0).setCellValue("   ");
            book.createSheet("Hai").createRow(0).createCell(0).setCellValue("không đọc");
            file = bytes(book);
        }

        List<BoundedXlsxReader.Row> rows = BoundedXlsxReader.firstSheet(file, ROOMY);

        assertThat(rows).extracting(BoundedXlsxReader.Row::number).containsExactly(1, 4, 5);
        BoundedXlsxReader.Row data = rows.get(1);
        assertThat(data.text(0)).isEqualTo("I.1");
        assertThat(data.cell(1).number()).isEqualByComparingTo("612.48");
        assertThat(data.text(1)).isEqualTo("612.48");
        assertThat(data.text(2)).isEmpty();
        assertThat(data.text(3)).isEqualTo("27,5");
        assertThat(data.cell(3).number()).isNull();
        assertThat(data.text(4)).isEqualTo("91234");
        assertThat(data.text(5)).isEqualTo("TRUE");
        assertThat(data.text(40)).isEmpty();
        assertThat(rows.get(2).cell(1).number()).isEqualByComparingTo("1224.96");
    }

    @Test
    void readsStreamingWorkbooksWithInlineStrings() throws IOException {
        byte[] file;
        try (SXSSFWorkbook book = new SXSSFWorkbook()) {
            Row row = book.createSheet("Đơn vị").createRow(0);
            row.createCell(0).setCellValue("Ủy ban nhân dân xã Thử");
            row.createCell(1).setCellValue(7);
            file = bytes(book);
        }
        List<BoundedXlsxReader.Row> rows = BoundedXlsxReader.firstSheet(file, ROOMY);
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.text(0)).isEqualTo("Ủy ban nhân dân xã Thử");
            assertThat(row.cell(1).number()).isEqualByComparingTo("7");
        });
    }

    @Test
    void columnsBeyondTheLimitAreSkipped() throws IOException {
        byte[] file;
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Row row = book.createSheet("A").createRow(0);
            row.createCell(0).setCellValue("đọc");
            row.createCell(2).setCellValue("bỏ qua");
            row.createCell(16_000).setCellValue("bỏ qua");
            file = bytes(book);
        }
        List<BoundedXlsxReader.Row> rows =
                BoundedXlsxReader.firstSheet(file, new BoundedXlsxReader.Limits(10, 2, 1024 * 1024));
        assertThat(rows)
                .singleElement()
                .satisfies(row -> assertThat(row.cells()).hasSize(1));
    }

    /** 300,000 rows of small numbers: several MB packed, far more unpacked; the old reader ran out of memory on it. */
    @Test
    void aHugeSheetStopsAtTheRowLimitPromptly() throws IOException {
        byte[] file = HostileWorkbooks.hugeSheet();
        assertThat(file.length).isGreaterThan(2 * 1024 * 1024);
        long start = System.nanoTime();
        BoundedXlsxReader.Refused refused = catchThrowableOfType(
                BoundedXlsxReader.Refused.class,
                () -> BoundedXlsxReader.firstSheet(file, new BoundedXlsxReader.Limits(200, 10, 16L * 1024 * 1024)));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
        assertThat(refused.reason()).isEqualTo(BoundedXlsxReader.Reason.TOO_MANY_ROWS);
        assertThat(refused.getMessageKey()).isEqualTo("upload.xlsx.tooManyRows");
        assertThat(refused.getArguments()).containsExactly(200);
    }

    @Test
    void aSheetThatUnpacksBeyondTheSizeLimitIsRefused() throws IOException {
        byte[] file = HostileWorkbooks.hugeSheet();
        BoundedXlsxReader.Refused refused = catchThrowableOfType(
                BoundedXlsxReader.Refused.class,
                () -> BoundedXlsxReader.firstSheet(
                        file, new BoundedXlsxReader.Limits(1_000_000, 10, 4L * 1024 * 1024)));
        assertThat(refused.reason()).isEqualTo(BoundedXlsxReader.Reason.TOO_LARGE);
        assertThat(refused.getArguments()).containsExactly(4L);
    }

    /** A part of 100 MB of blanks packs into about 100 KB: the ratio gives it away long before the end. */
    @Test
    void aZipBombIsRefusedByItsCompressionRatio() throws IOException {
        byte[] file = HostileWorkbooks.zipBomb(100);
        assertThat(file.length).isLessThan(2 * 1024 * 1024);
        BoundedXlsxReader.Refused refused = catchThrowableOfType(
                BoundedXlsxReader.Refused.class,
                () -> BoundedXlsxReader.firstSheet(file, new BoundedXlsxReader.Limits(1000, 10, Long.MAX_VALUE)));
        assertThat(refused.reason()).isEqualTo(BoundedXlsxReader.Reason.COMPRESSED);
    }

    @Test
    void theSharedStringsTableIsBoundedToo() throws IOException {
        byte[] file = HostileWorkbooks.replacing(HostileWorkbooks.small(), "xl/sharedStrings.xml", out -> {
            out.write(
                    "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" uniqueCount=\"2000000000\">"
                            .getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < 20_000; i++) {
                out.write(("<si><t>" + i + "</t></si>").getBytes(StandardCharsets.UTF_8));
            }
            out.write("</sst>".getBytes(StandardCharsets.UTF_8));
        });
        BoundedXlsxReader.Refused refused = catchThrowableOfType(
                BoundedXlsxReader.Refused.class,
                () -> BoundedXlsxReader.firstSheet(file, new BoundedXlsxReader.Limits(10, 10, 16L * 1024 * 1024)));
        assertThat(refused.reason()).isEqualTo(BoundedXlsxReader.Reason.TOO_MANY_STRINGS);
        assertThat(refused.getArguments()).containsExactly(10_000);
    }

    @Test
    void aCellKeepsNoMoreTextThanExcelAllows() {
        byte[] file = HostileWorkbooks.replacing(HostileWorkbooks.small(), "xl/worksheets/sheet1.xml", out -> {
            out.write(
                    "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>"
                            .getBytes(StandardCharsets.UTF_8));
            out.write("x".repeat(1_000_000).getBytes(StandardCharsets.UTF_8));
            out.write("</t></is></c></row></sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
        });
        List<BoundedXlsxReader.Row> rows =
                BoundedXlsxReader.firstSheet(file, new BoundedXlsxReader.Limits(10, 10, 2L * 1024 * 1024));
        assertThat(rows)
                .singleElement()
                .satisfies(row -> assertThat(row.text(0)).hasSize(BoundedXlsxReader.MAX_CELL_CHARS));
    }

    @Test
    void entityExpansionIsRefusedAsUnreadable() throws IOException {
        byte[] file = HostileWorkbooks.replacing(
                HostileWorkbooks.small(),
                "xl/worksheets/sheet1.xml",
                out -> out.write("""
                <?xml version="1.0"?>
                <!DOCTYPE lolz [<!ENTITY lol "lollollollollollollollollollol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
                <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
                <row r="1"><c r="A1" t="inlineStr"><is><t>&lol1;</t></is></c></row></sheetData></worksheet>""".getBytes(StandardCharsets.UTF_8)));
        assertThatThrownBy(() -> BoundedXlsxReader.firstSheet(file, ROOMY))
                .isInstanceOfSatisfying(
                        BoundedXlsxReader.Refused.class,
                        e -> assertThat(e.reason()).isEqualTo(BoundedXlsxReader.Reason.UNREADABLE));
    }

    @Test
    void oldExcelFilesAndOtherFilesAreRefusedWithTheirReason() {
        byte[] xls = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        assertThatThrownBy(() -> BoundedXlsxReader.firstSheet(xls, ROOMY))
                .isInstanceOfSatisfying(
                        BoundedXlsxReader.Refused.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("upload.xlsx.oldFormat"));
        for (byte[] other : new byte[][] {
            "<html>not excel</html>".getBytes(StandardCharsets.UTF_8), new byte[0], {'P', 'K', 3, 4, 0, 0, 0, 0}
        }) {
            assertThatThrownBy(() -> BoundedXlsxReader.firstSheet(other, ROOMY))
                    .isInstanceOfSatisfying(
                            BoundedXlsxReader.Refused.class,
                            e -> assertThat(e.getMessageKey()).isEqualTo("upload.xlsx.unreadable"));
        }
    }

    private static byte[] bytes(Workbook book) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        book.write(out);
        return out.toByteArray();
    }
}
