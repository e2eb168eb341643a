package vn.thidua.common;

import java.text.Normalizer;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * How the application's spreadsheets look: a title block above the table (what it is, for which cluster and year,
 * provisional or final, when it was exported), readable column widths, and file names people can tell apart
 * ({@code xep-hang-CUM2-2021.xlsx}).
 */
public final class SpreadsheetLayout {

    private SpreadsheetLayout() {}

    /**
     * Writes the title (bold, larger) and the lines below it from the first row, each merged across {@code columns}
     * columns, then leaves a blank row.
     *
     * @return the index of the row where the table's header goes
     */
    public static int titleBlock(Sheet sheet, int columns, String title, List<String> lines) {
        Font big = sheet.getWorkbook().createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);
        CellStyle titleStyle = sheet.getWorkbook().createCellStyle();
        titleStyle.setFont(big);
        int r = 0;
        line(sheet, r++, columns, title, titleStyle);
        for (String text : lines) {
            line(sheet, r++, columns, text, null);
        }
        return r + 1;
    }

    private static void line(Sheet sheet, int index, int columns, String text, CellStyle style) {
        Row row = sheet.createRow(index);
        Cell cell = row.createCell(0);
        cell.setCellValue(text);
        if (style != null) {
            cell.setCellStyle(style);
        }
        if (columns > 1) {
            sheet.addMergedRegion(new CellRangeAddress(index, index, 0, columns - 1));
        }
    }

    /** Sets each column's width in characters. */
    public static void widths(Sheet sheet, int... characters) {
        for (int i = 0; i < characters.length; i++) {
            sheet.setColumnWidth(i, Math.min(255, characters[i]) * 256);
        }
    }

    /**
     * A file name from what the file holds: {@code xep-hang-CUM2-2021.xlsx} from "xep-hang", "CUM2", 2021 and "xlsx";
     * accents and anything but letters, digits and hyphens are left out.
     */
    public static String fileName(String what, String code, int year, String extension) {
        return what + "-" + safe(code) + "-" + year + "." + extension;
    }

    private static String safe(String text) {
        String plain = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replace('đ', 'd')
                .replace('Đ', 'D');
        String cleaned = plain.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return cleaned.isEmpty() ? "x" : cleaned;
    }
}
