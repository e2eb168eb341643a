package vn.thidua.scoring.web;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import vn.thidua.common.DisplayFormat;
import vn.thidua.common.DomainException;
import vn.thidua.common.SpreadsheetLayout;
import vn.thidua.scoring.CriteriaTree;
import vn.thidua.scoring.CriterionKind;
import vn.thidua.scoring.CriterionNode;
import vn.thidua.scoring.ImportRejected;
import vn.thidua.scoring.ImportedNode;
import vn.thidua.scoring.NodeCommand;
import vn.thidua.scoring.NodeType;
import vn.thidua.scoring.Ranking;
import vn.thidua.scoring.RankingView;
import vn.thidua.scoring.RoundStatus;
import vn.thidua.scoring.RoundView;
import vn.thidua.scoring.ScoreLine;
import vn.thidua.scoring.ScoreSheet;
import vn.thidua.scoring.ScoringRound;
import vn.thidua.scoring.SheetTotals;
import vn.thidua.scoring.SheetView;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Spreadsheets of scoring: a criteria table (out and in), the ranking and every sheet of a round (out), and one
 * unit's sheet for filling in offline (out and back in). Imports check every row and save nothing unless all pass.
 */
@Component
class ScoringWorkbooks {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final int MAX_ROWS = 5000;

    private final MessageSource messages;
    private final Clock clock;

    ScoringWorkbooks(MessageSource messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    // ------------------------------------------------------------------ criteria table

    static final String[] TREE_COLUMNS = {"scoring.sheet.code", "scoring.excel.parentCode", "scoring.node.type",
            "scoring.node.description", "scoring.sheet.max", "scoring.node.kind", "scoring.node.minPoints",
            "scoring.node.pointsPerOccurrence", "scoring.node.targetShare", "scoring.node.evidenceRequired",
            "scoring.node.scoringGuide", "scoring.node.sortOrder", "scoring.node.pledgeTarget.short"};

    byte[] tree(CriteriaTree tree, Locale locale) {
        try (Workbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet("Tieu chi");
            header(book, sheet, TREE_COLUMNS, locale);
            int r = 1;
            for (CriteriaTree.Entry entry : tree.entries()) {
                CriterionNode node = entry.node();
                Row row = sheet.createRow(r++);
                text(row, 0, node.getCode());
                text(row, 1, node.getParent() == null ? null : node.getParent().getCode());
                text(row, 2, node.getNodeType().name());
                text(row, 3, node.getDescription());
                number(row, 4, node.getMaxPoints());
                text(row, 5, node.getKind() == null ? null : node.getKind().name());
                number(row, 6, node.getMinPoints());
                number(row, 7, node.getPointsPerOccurrence());
                number(row, 8, node.getTargetShare());
                text(row, 9, node.isEvidenceRequired() ? "1" : "0");
                text(row, 10, node.getScoringGuide());
                number(row, 11, BigDecimal.valueOf(node.getSortOrder()));
                text(row, 12, node.getPledgeTarget());
            }
            guide(book, message("scoring.excel.title.table", locale),
                    List.of(tree.table().getName() + " · " + message("scoring.excel.year", locale, String.valueOf(tree.table().getYear())),
                            exportedAt(locale)),
                    message("scoring.excel.guide.text", locale), locale);
            SpreadsheetLayout.widths(sheet, 10, 12, 14, 60, 10, 24, 10, 10, 10, 12, 40, 10, 30);
            return bytes(book);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<ImportedNode> readTree(InputStream in, Locale locale) {
        List<ImportedNode> rows = new ArrayList<>();
        List<ImportRejected.RowError> errors = new ArrayList<>();
        try (Workbook book = open(in)) {
            Sheet sheet = book.getSheetAt(0);
            for (int r = 1; r <= Math.min(sheet.getLastRowNum(), MAX_ROWS); r++) {
                Row row = sheet.getRow(r);
                if (row == null || blank(cell(row, 0)) && blank(cell(row, 3))) {
                    continue;
                }
                int shown = r + 1;
                try {
                    NodeType type = parseEnum(NodeType.class, cell(row, 2), "scoring.import.typeUnknown");
                    CriterionKind kind = type == NodeType.CRITERION ? parseEnum(CriterionKind.class, cell(row, 5), "scoring.import.kindUnknown") : null;
                    String evidence = cell(row, 9).trim().toLowerCase(Locale.ROOT);
                    BigDecimal sortOrder = decimal(row, 11, locale);
                    rows.add(new ImportedNode(shown, cell(row, 1), new NodeCommand(type, cell(row, 0), cell(row, 3),
                            decimal(row, 4, locale), kind, decimal(row, 6, locale), decimal(row, 7, locale), decimal(row, 8, locale),
                            cell(row, 10), evidence.equals("1") || evidence.equals("x") || evidence.startsWith("c") || evidence.startsWith("y"),
                            sortOrder == null ? (rows.size() + 1) * 10 : sortOrder.intValue(),
                            kind == CriterionKind.FIGURE_AGAINST_TARGET ? cell(row, 12) : null)));
                } catch (DomainException e) {
                    errors.add(new ImportRejected.RowError(shown, e.getMessageKey(), e.getArguments()));
                }
            }
        } catch (IOException e) {
            throw new DomainException("scoring.excel.badFile");
        }
        if (rows.isEmpty() && errors.isEmpty()) {
            throw new DomainException("scoring.import.noRows");
        }
        if (!errors.isEmpty()) {
            throw new ImportRejected(errors);
        }
        return rows;
    }

    // ------------------------------------------------------------------ ranking and round

    byte[] ranking(RankingView view, Locale locale) {
        try (Workbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet("Xep hang");
            List<CriterionNode> groups = view.tree().roots();
            List<String> columns = new ArrayList<>(List.of("scoring.ranking.rank", "scoring.sheet.unitCode", "scoring.ranking.unit"));
            int fixed = columns.size();
            int first = title(sheet, fixed + groups.size() + 1, "scoring.excel.title.ranking", view.round(),
                    view.provisional(), locale);
            Row head = sheet.createRow(first);
            CellStyle bold = boldStyle(book);
            for (int i = 0; i < fixed; i++) {
                headerCell(head, i, message(columns.get(i), locale), bold);
            }
            for (int g = 0; g < groups.size(); g++) {
                headerCell(head, fixed + g, groups.get(g).getCode() + " " + groups.get(g).getDescription(), bold);
            }
            headerCell(head, fixed + groups.size(), message("scoring.ranking.total", locale), bold);
            sheet.createFreezePane(0, first + 1);
            int r = first + 1;
            for (Ranking.Row rankRow : view.rows()) {
                Row row = sheet.createRow(r++);
                number(row, 0, BigDecimal.valueOf(rankRow.rank()));
                text(row, 1, rankRow.candidate().unitCode());
                text(row, 2, rankRow.candidate().unitName());
                for (int g = 0; g < groups.size(); g++) {
                    BigDecimal subtotal = rankRow.subtotal(groups.get(g).getCode());
                    number(row, fixed + g, groups.get(g).getNodeType() == NodeType.DEDUCTION ? subtotal.negate() : subtotal);
                }
                number(row, fixed + groups.size(), rankRow.total());
            }
            int[] widths = new int[fixed + groups.size() + 1];
            java.util.Arrays.fill(widths, 16);
            widths[0] = 8;
            widths[1] = 12;
            widths[2] = 40;
            SpreadsheetLayout.widths(sheet, widths);
            return bytes(book);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] roundSheets(RoundView view, Locale locale) {
        String[] columns = {"scoring.sheet.unitCode", "scoring.ranking.unit", "scoring.sheet.code", "scoring.sheet.criterion",
                "scoring.sheet.max", "scoring.sheet.value", "scoring.kind.target", "scoring.sheet.selfScore", "scoring.sheet.note",
                "scoring.sheet.reviewScore", "scoring.sheet.reviewReason", "scoring.sheet.explanation", "scoring.sheet.finalScore",
                "scoring.sheet.finalReason", "scoring.sheet.status"};
        try (Workbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet("Phieu cham diem");
            int first = title(sheet, columns.length, "scoring.excel.title.sheets", view.round(),
                    view.round().getStatus() != RoundStatus.FINALISED, locale);
            header(book, sheet, first, columns, locale);
            CellStyle bold = boldStyle(book);
            int r = first + 1;
            for (ScoreSheet scoreSheet : view.sheets()) {
                Map<String, BigDecimal> self = new LinkedHashMap<>();
                Map<String, BigDecimal> review = new LinkedHashMap<>();
                Map<String, BigDecimal> fin = new LinkedHashMap<>();
                for (ScoreLine line : scoreSheet.getLines()) {
                    self.put(line.getNode().key(), line.getSelfScore());
                    review.put(line.getNode().key(), line.getReviewScore());
                    fin.put(line.getNode().key(), line.getFinalScore());
                }
                SheetTotals selfTotals = SheetTotals.of(view.tree(), self);
                SheetTotals reviewTotals = SheetTotals.of(view.tree(), review);
                SheetTotals finalTotals = SheetTotals.of(view.tree(), fin);
                boolean reviewed = review.values().stream().anyMatch(java.util.Objects::nonNull);
                boolean finalised = fin.values().stream().anyMatch(java.util.Objects::nonNull);
                for (CriterionNode group : view.tree().roots()) {
                    for (CriterionNode node : view.tree().subtree(group)) {
                        if (!node.isCriterion()) {
                            continue;
                        }
                        ScoreLine line = scoreSheet.line(node.getCode());
                        Row row = sheet.createRow(r++);
                        text(row, 0, scoreSheet.getUnit().getCode());
                        text(row, 1, scoreSheet.getUnit().getName());
                        text(row, 2, node.getCode());
                        text(row, 3, node.getDescription());
                        number(row, 4, node.getMaxPoints());
                        if (line.isPassAnswer() || line.isFailAnswer()) {
                            text(row, 5, message(line.isPassAnswer() ? "scoring.kind.pass" : "scoring.kind.fail", locale));
                        } else {
                            number(row, 5, line.getSelfValue());
                        }
                        number(row, 6, line.getSelfTarget());
                        number(row, 7, line.getSelfScore());
                        text(row, 8, line.getSelfNote());
                        number(row, 9, line.getReviewScore());
                        text(row, 10, line.getReviewReason());
                        text(row, 11, line.getUnitExplanation());
                        number(row, 12, line.getFinalScore());
                        text(row, 13, line.getFinalReason());
                        text(row, 14, message(scoreSheet.getStatus().messageKey(), locale));
                    }
                    // The group's subtotal (a bonus or deduction section after its cap), as the sheet page adds it up.
                    Row subtotal = sheet.createRow(r++);
                    text(subtotal, 0, scoreSheet.getUnit().getCode());
                    text(subtotal, 1, scoreSheet.getUnit().getName());
                    text(subtotal, 2, group.getCode());
                    text(subtotal, 3, message("scoring.excel.subtotal", locale, group.getCode() + " " + group.getDescription()));
                    number(subtotal, 4, group.getMaxPoints());
                    number(subtotal, 7, selfTotals.subtotal(group.getCode()));
                    number(subtotal, 9, reviewed ? reviewTotals.subtotal(group.getCode()) : null);
                    number(subtotal, 12, finalised ? finalTotals.subtotal(group.getCode()) : null);
                    bold(subtotal, bold);
                }
                Row total = sheet.createRow(r++);
                text(total, 0, scoreSheet.getUnit().getCode());
                text(total, 1, scoreSheet.getUnit().getName());
                text(total, 3, message("scoring.excel.sheetTotal", locale, scoreSheet.getUnit().getName()));
                number(total, 4, view.tree().table().getTotalMax());
                number(total, 7, selfTotals.total());
                number(total, 9, reviewed ? reviewTotals.total() : null);
                number(total, 12, finalised ? finalTotals.total() : null);
                bold(total, bold);
            }
            SpreadsheetLayout.widths(sheet, 12, 36, 8, 60, 10, 12, 12, 12, 30, 12, 30, 30, 12, 30, 18);
            return bytes(book);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ------------------------------------------------------------------ one unit's sheet, offline

    static final String[] SHEET_COLUMNS = {"scoring.sheet.code", "scoring.sheet.criterion", "scoring.node.kind",
            "scoring.sheet.max", "scoring.sheet.value", "scoring.kind.target", "scoring.sheet.note", "scoring.sheet.selfScore"};

    byte[] sheet(SheetView view, Locale locale) {
        try (Workbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet("Tu cham");
            header(book, sheet, SHEET_COLUMNS, locale);
            CellStyle bold = boldStyle(book);
            int r = 1;
            for (CriteriaTree.Entry entry : view.tree().entries()) {
                CriterionNode node = entry.node();
                Row row = sheet.createRow(r++);
                text(row, 0, node.getCode());
                text(row, 1, "  ".repeat(entry.depth()) + node.getDescription());
                number(row, 3, node.getMaxPoints());
                if (node.isCriterion()) {
                    ScoreLine line = view.line(node);
                    text(row, 2, message(node.getKind().messageKey(), locale));
                    number(row, 4, line.getSelfValue());
                    number(row, 5, line.getSelfTarget());
                    text(row, 6, line.getSelfNote());
                    number(row, 7, line.getSelfScore());
                } else {
                    row.getCell(0).setCellStyle(bold);
                    row.getCell(1).setCellStyle(bold);
                }
            }
            guide(book, message("scoring.excel.title.sheet", locale),
                    List.of(view.sheet().getUnit().getName(), cluster(view.sheet().getRound(), locale), exportedAt(locale)),
                    message("scoring.excel.sheetGuide", locale), locale);
            SpreadsheetLayout.widths(sheet, 10, 60, 24, 10, 12, 12, 40, 12);
            return bytes(book);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a filled-in sheet back; every row is checked against its criterion before anything is saved. */
    Map<String, ScoreSheet.SelfEntry> readSheet(InputStream in, SheetView view, Locale locale) {
        Map<String, ScoreSheet.SelfEntry> entries = new LinkedHashMap<>();
        List<ImportRejected.RowError> errors = new ArrayList<>();
        try (Workbook book = open(in)) {
            Sheet sheet = book.getSheetAt(0);
            for (int r = 1; r <= Math.min(sheet.getLastRowNum(), MAX_ROWS); r++) {
                Row row = sheet.getRow(r);
                if (row == null || blank(cell(row, 0))) {
                    continue;
                }
                int shown = r + 1;
                String code = cell(row, 0).trim();
                var node = view.tree().find(code);
                if (node.isEmpty()) {
                    errors.add(new ImportRejected.RowError(shown, "scoring.import.unknownCriterion", new Object[]{code}));
                    continue;
                }
                if (!node.get().isCriterion()) {
                    continue;
                }
                try {
                    BigDecimal value = decimal(row, 4, locale);
                    BigDecimal target = decimal(row, 5, locale);
                    if (value != null) {
                        node.get().rule().score(value, target, null);
                    }
                    entries.put(node.get().getCode(), new ScoreSheet.SelfEntry(value, target, cell(row, 6)));
                } catch (DomainException e) {
                    errors.add(new ImportRejected.RowError(shown, e.getMessageKey(), e.getArguments()));
                }
            }
        } catch (IOException e) {
            throw new DomainException("scoring.excel.badFile");
        }
        if (!errors.isEmpty()) {
            throw new ImportRejected(errors);
        }
        if (entries.isEmpty()) {
            throw new DomainException("scoring.import.noRows");
        }
        return entries;
    }

    // ------------------------------------------------------------------ helpers

    /** A round's file name from its cluster's code and year: {@code xep-hang-CUM2-2021.xlsx}. */
    static String fileName(String what, ScoringRound round) {
        return SpreadsheetLayout.fileName(what, round.getTerm().getCluster().getCode(), round.getTerm().getYear(), "xlsx");
    }

    static ResponseEntity<byte[]> download(byte[] body, String filename) {
        ContentDisposition disposition = ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build();
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(body);
    }

    /** Only a real .xlsx (a ZIP container, checked by its first bytes) is opened. */
    private static Workbook open(InputStream in) throws IOException {
        var buffered = new java.io.BufferedInputStream(in);
        buffered.mark(8);
        byte[] magic = buffered.readNBytes(4);
        buffered.reset();
        if (magic.length < 4 || magic[0] != 'P' || magic[1] != 'K' || magic[2] != 3 || magic[3] != 4) {
            throw new IOException("not an xlsx file");
        }
        try {
            return WorkbookFactory.create(buffered);
        } catch (RuntimeException e) {
            throw new IOException(e);
        }
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String text, String errorKey) {
        try {
            return Enum.valueOf(type, text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new DomainException(errorKey, text);
        }
    }

    private BigDecimal decimal(Row row, int column, Locale locale) {
        Cell cell = row.getCell(column);
        if (cell == null) {
            return null;
        }
        if (cell.getCellType() == CellType.NUMERIC
                || cell.getCellType() == CellType.FORMULA && cell.getCachedFormulaResultType() == CellType.NUMERIC) {
            return new BigDecimal(String.valueOf(cell.getNumericCellValue())).stripTrailingZeros();
        }
        String text = cell(row, column);
        try {
            return ScoreFormat.parse(text);
        } catch (NumberFormatException e) {
            String header = row.getSheet().getRow(0) == null ? String.valueOf(column + 1) : cell(row.getSheet().getRow(0), column);
            throw new DomainException("scoring.import.number", header, text);
        }
    }

    private static final DataFormatter FORMATTER = new DataFormatter(Locale.ROOT);

    private static String cell(Row row, int column) {
        Cell cell = row.getCell(column);
        return cell == null ? "" : FORMATTER.formatCellValue(cell).trim();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private void header(Workbook book, Sheet sheet, String[] keys, Locale locale) {
        header(book, sheet, 0, keys, locale);
    }

    private void header(Workbook book, Sheet sheet, int at, String[] keys, Locale locale) {
        Row row = sheet.createRow(at);
        CellStyle bold = boldStyle(book);
        for (int i = 0; i < keys.length; i++) {
            headerCell(row, i, message(keys[i], locale), bold);
        }
        sheet.createFreezePane(0, at + 1);
    }

    /** The title block of a round's export: what it is, the cluster and year, provisional or final, when. */
    private int title(Sheet sheet, int columns, String titleKey, ScoringRound round, boolean provisional, Locale locale) {
        return SpreadsheetLayout.titleBlock(sheet, columns, message(titleKey, locale), List.of(cluster(round, locale),
                message(provisional ? "scoring.excel.provisional" : "scoring.excel.final", locale), exportedAt(locale)));
    }

    private String cluster(ScoringRound round, Locale locale) {
        return message("scoring.excel.cluster", locale, round.getTerm().getCluster().getName(),
                String.valueOf(round.getTerm().getYear()));
    }

    private String exportedAt(Locale locale) {
        return message("scoring.excel.exportedAt", locale, DisplayFormat.DATE_TIME.format(clock.instant().atZone(DisplayFormat.VIETNAM)));
    }

    private static void bold(Row row, CellStyle style) {
        row.forEach(cell -> cell.setCellStyle(style));
    }

    private static void headerCell(Row row, int column, String text, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(text);
        cell.setCellStyle(style);
    }

    private static CellStyle boldStyle(Workbook book) {
        Font font = book.createFont();
        font.setBold(true);
        CellStyle style = book.createCellStyle();
        style.setFont(font);
        return style;
    }

    /**
     * The second sheet: the title block and how to fill the first sheet in. The first sheet, which is read back, keeps
     * its header on the first row.
     */
    private void guide(Workbook book, String title, List<String> lines, String text, Locale locale) {
        Sheet sheet = book.createSheet(message("scoring.excel.guide", locale).replaceAll("[^\\p{L}\\p{N} ]", ""));
        int r = SpreadsheetLayout.titleBlock(sheet, 1, title, lines);
        Cell cell = sheet.createRow(r).createCell(0);
        cell.setCellValue(text);
        CellStyle wrap = book.createCellStyle();
        wrap.setWrapText(true);
        cell.setCellStyle(wrap);
        sheet.setColumnWidth(0, 120 * 256);
    }

    private static void text(Row row, int column, String value) {
        Cell cell = row.createCell(column);
        if (value != null) {
            cell.setCellValue(value);
        }
    }

    private static void number(Row row, int column, BigDecimal value) {
        Cell cell = row.createCell(column);
        if (value != null) {
            cell.setCellValue(value.doubleValue());
        }
    }

    private static byte[] bytes(Workbook book) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        book.write(out);
        return out.toByteArray();
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    private String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
