package vn.thidua.support;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Spreadsheets an attacker would upload, built in the test: a sheet of hundreds of thousands of rows of small numbers
 * (a few MB packed, tens of MB unpacked), and a zip bomb (one part of hundreds of MB of blanks, packed to little).
 */
public final class HostileWorkbooks {

    private static byte[] huge;

    private HostileWorkbooks() {}

    /** 300,000 rows of 5 small numbers: about 5 MB packed and 56 MB unpacked. Built once, it takes a few seconds. */
    public static synchronized byte[] hugeSheet() {
        if (huge == null) {
            huge = hugeSheet(300_000, 5);
        }
        return huge.clone();
    }

    /** A workbook of {@code rows} rows of {@code columns} small numbers, written by streaming. */
    public static byte[] hugeSheet(int rows, int columns) {
        try (SXSSFWorkbook book = new SXSSFWorkbook(100)) {
            book.setCompressTempFiles(true);
            Sheet sheet = book.createSheet("Tu cham");
            for (int r = 0; r < rows; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < columns; c++) {
                    row.createCell(c).setCellValue((r + c) % 10);
                }
            }
            byte[] bytes = bytes(book);
            book.dispose();
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A real workbook whose first sheet is replaced by {@code megabytes} MB of blanks between its tags. */
    public static byte[] zipBomb(int megabytes) {
        return replacing(small(), "xl/worksheets/sheet1.xml", out -> {
            out.write("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                    .getBytes(StandardCharsets.UTF_8));
            byte[] blanks = new byte[1024 * 1024];
            Arrays.fill(blanks, (byte) ' ');
            for (int i = 0; i < megabytes; i++) {
                out.write(blanks);
            }
            out.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
        });
    }

    /** A workbook of one sheet with one cell. */
    public static byte[] small() {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            book.createSheet("A").createRow(0).createCell(0).setCellValue("một");
            return bytes(book);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public interface PartWriter {
        void write(OutputStream out) throws IOException;
    }

    /** The same package with one part's content replaced. */
    public static byte[] replacing(byte[] xlsx, String part, PartWriter writer) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
                ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals(part)) {
                    writer.write(out);
                } else {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] bytes(Workbook book) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        book.write(out);
        return out.toByteArray();
    }
}
