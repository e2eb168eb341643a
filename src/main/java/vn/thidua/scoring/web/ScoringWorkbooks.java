package vn.thidua.scoring.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import vn.thidua.common.BoundedXlsxReader;
import vn.thidua.common.BusinessTime;
import vn.thidua.common.DisplayFormat;
import vn.thidua.common.DomainException;
import vn.thidua.common.SpreadsheetLayout;
import vn.thidua.organization.ClusterYearSummary;
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
import vn.thidua.scoring.SheetTotals;
import vn.thidua.scoring.SheetView;

/**
 * Spreadsheets of scoring: a criteria table (out and in), the ranking and every sheet of a round (out), and one
 * unit's sheet for filling in offline (out and back in). Imports check every row and save nothing unless all pass.
 */
@Component
class ScoringWorkbooks {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    /** A criteria table's import: at most this many rows with data, the header included. */
    static final int TREE_MAX_ROWS = 2000;

    static final int SHEET_SPARE_ROWS = 50;
    /** Bytes unpacked from an imported workbook's parts, all together. */
    static final long MAX_UNPACKED_BYTES = 16L * 1024 * 1024;

    static final BoundedXlsxReader.Limits TREE_LIMITS =
            new BoundedXlsxReader.Limits(TREE_MAX_ROWS, 20, MAX_UNPACKED_BYTES);

    private final MessageSource messages;
    private final Clock clock;

    ScoringWorkbooks(MessageSource messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    // ------------------------------------------------------------------ criteria table

    static final String[] TREE_COLUMNS = {
        "scoring.sheet.code",
        "scoring.excel.parentCode",
        "scoring.node.type",
        "scoring.node.description",
        "scoring.sheet.max",
        "scoring.node.kind",
        "scoring.node.minPoints",
        "scoring.node.pointsPerOccurrence",
        "scoring.node.targetShare",
        "scoring.node.evidenceRequired",
        "scoring.node.scoringGuide",
        "scoring.node.sortOrder",
        "scoring.node.pledgeTarget.short"
    };

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
            guide(
                    book,
                    message("scoring.excel.title.table", locale),
                    List.of(
                            tree.table().getName() + " · "
                                    + message(
                                            "scoring.excel.year",
                                            locale,
                                            String.valueOf(tree.table().getYear())),
                            exportedAt(locale)),
                    message("scoring.excel.guide.text", locale),
                    locale);
            SpreadsheetLayout.widths(sheet, 10, 12, 14, 60, 10, 24, 10, 10, 10, 12, 40, 10, 30);
            return bytes(book);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a criteria table's rows back; every row is checked before anything is saved. */
    List<ImportedNode> readTree(byte[] content) {
        List<ImportedNode> rows = new ArrayList<>();
        List<ImportRejected.RowError> errors = new ArrayList<>();
        List<BoundedXlsxReader.Row> sheet = BoundedXlsxReader.firstSheet(content, TREE_LIMITS);
        BoundedXlsxReader.Row header = header(sheet);
        for (BoundedXlsxReader.Row row : sheet) {
            if (row.number() == 1 || blank(row.text(0)) && blank(row.text(3))) {
                continue;
            }
            int shown = row.number();
            try {
                NodeType type = parseEnum(NodeType.class, row.text(2), "scoring.import.typeUnknown");
                CriterionKind kind = type == NodeType.CRITERION
                        ? parseEnum(CriterionKind.class, row.text(5), "scoring.import.kindUnknown")
                        : null;
                String evidence = row.text(9).toLowerCase(Locale.ROOT);
                BigDecimal sortOrder = decimal(header, row, 11);
                rows.add(new ImportedNode(
                        shown,
                        row.text(1),
                        new NodeCommand(
                                type,
                                row.text(0),
                                row.text(3),
                                decimal(header, row, 4),
                                kind,
                                decimal(header, row, 6),
                                decimal(header, row, 7),
                                decimal(header, row, 8),
                                row.text(10),
                                evidence.equals("1")
                                        || evidence.equals("x")
                                        || evidence.startsWith("c")
                                        || evidence.startsWith("y"),
                                sortOrder == null ? (rows.size() + 1) * 10 : sortOrder.intValue(),
                                kind == CriterionKind.FIGURE_AGAINST_TARGET ? row.text(12) : null)));
            } catch (DomainException e) {
                errors.add(new ImportRejected.RowError(shown, e.getMessageKey(), e.getArguments()));
            }
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
            List<String> columns =
                    new ArrayList<>(List.of("scoring.ranking.rank", "scoring.sheet.unitCode", "scoring.ranking.unit"));
            int fixed = columns.size();
            int first = title(
                    sheet,
                    fixed + groups.size() + 1,
                    "scoring.excel.title.ranking",
                    view.year(),
                    view.provisional(),
                    locale);
            Row head = sheet.createRow(first);
            CellStyle bold = boldStyle(book);
            for (int i = 0; i < fixed; i++) {
                headerCell(head, i, message(columns.get(i), locale), bold);
            }
            for (int g = 0; g < groups.size(); g++) {
                headerCell(
                        head,
                        fixed + g,
                        groups.get(g).getCode() + " " + groups.get(g).getDescription(),
                        bold);
            }
            headerCell(head, fixed + groups.size(), message("scoring.ranking.total", locale), bold);
            headerCell(head, fixed + groups.size() + 1, message("scoring.ranking.note", locale), bold);
            sheet.createFreezePane(0, first + 1);
            int r = first + 1;
            for (Ranking.Row rankRow : view.rows()) {
                Row row = sheet.createRow(r++);
                number(row, 0, BigDecimal.valueOf(rankRow.rank()));
                text(row, 1, rankRow.candidate().unitCode());
                text(row, 2, rankRow.candidate().unitName());
                if (!rankRow.withoutScores(view.rule())) {
                    for (int g = 0; g < groups.size(); g++) {
                        BigDecimal subtotal = rankRow.subtotal(groups.get(g).getCode());
                        number(
                                row,
                                fixed + g,
                                groups.get(g).getNodeType() == NodeType.DEDUCTION ? subtotal.negate() : subtotal);
                    }
                    number(row, fixed + groups.size(), rankRow.total());
                }
                if (rankRow.notSubmitted()) {
                    text(row, fixed + groups.size() + 1, message("scoring.sheetStatus.NOT_SUBMITTED", locale));
                }
            }
            // The rule for units that never submitted, under the table.
            text(
                    sheet.createRow(r + 1),
                    0,
                    message("scoring.ranking.nonSubmitterRule", locale) + ": "
                            + message(view.rule().messageKey(), locale));
            int[] widths = new int[fixed + groups.size() + 2];
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
        String[] columns = {
            "scoring.sheet.unitCode",
            "scoring.ranking.unit",
            "scoring.sheet.code",
            "scoring.sheet.criterion",
            "scoring.sheet.max",
            "scoring.sheet.value",
            "scoring.kind.target",
            "scoring.sheet.selfScore",
            "scoring.sheet.note",
            "scoring.sheet.reviewScore",
            "scoring.sheet.reviewReason",
            "scoring.sheet.explanation",
            "scoring.sheet.finalScore",
            "scoring.sheet.finalReason",
            "scoring.sheet.status"
        };
        try (Workbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet("Phieu cham diem");
            int first = title(
                    sheet,
                    columns.length,
                    "scoring.excel.title.sheets",
                    view.year(),
                    view.round().getStatus() != RoundStatus.FINALISED,
                    locale);
            header(book, sheet, first, columns, locale);
            CellStyle bold = boldStyle(book);
            int r = first + 1;
            for (ScoreSheet scoreSheet : view.sheets()) {
                if (!view.canOpen(scoreSheet)) {
                    // What its page would not show is not written here either: the unit and "not submitted", no values.
                    Row row = sheet.createRow(r++);
                    text(row, 0, view.unitOf(scoreSheet).code());
                    text(row, 1, view.unitOf(scoreSheet).name());
                    text(row, 14, message("scoring.round.notSubmitted", locale));
                    continue;
                }
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
                        text(row, 0, view.unitOf(scoreSheet).code());
                        text(row, 1, view.unitOf(scoreSheet).name());
                        text(row, 2, node.getCode());
                        text(row, 3, node.getDescription());
                        number(row, 4, node.getMaxPoints());
                        if (line.isPassAnswer() || line.isFailAnswer()) {
                            text(
                                    row,
                                    5,
                                    message(line.isPassAnswer() ? "scoring.kind.pass" : "scoring.kind.fail", locale));
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
                    text(subtotal, 0, view.unitOf(scoreSheet).code());
                    text(subtotal, 1, view.unitOf(scoreSheet).name());
                    text(subtotal, 2, group.getCode());
                    text(
                            subtotal,
                            3,
                            message("scoring.excel.subtotal", locale, group.getCode() + " " + group.getDescription()));
                    number(subtotal, 4, group.getMaxPoints());
                    number(subtotal, 7, selfTotals.subtotal(group.getCode()));
                    number(subtotal, 9, reviewed ? reviewTotals.subtotal(group.getCode()) : null);
                    number(subtotal, 12, finalised ? finalTotals.subtotal(group.getCode()) : null);
                    bold(subtotal, bold);
                }
                Row total = sheet.createRow(r++);
                text(total, 0, view.unitOf(scoreSheet).code());
                text(total, 1, view.unitOf(scoreSheet).name());
                text(
                        total,
                        3,
                        message(
                                "scoring.excel.sheetTotal",
                                locale,
                                view.unitOf(scoreSheet).name()));
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

    static final String[] SHEET_COLUMNS = {
        "scoring.sheet.code",
        "scoring.sheet.criterion",
        "scoring.node.kind",
        "scoring.sheet.max",
        "scoring.sheet.value",
        "scoring.kind.target",
        "scoring.sheet.note",
        "scoring.sheet.selfScore"
    };

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
                    number(row, 5, view.targetOf(node));
                    text(row, 6, line.getSelfNote());
                    number(row, 7, line.getSelfScore());
                } else {
                    row.getCell(0).setCellStyle(bold);
                    row.getCell(1).setCellStyle(bold);
                }
            }
            guide(
                    book,
                    message("scoring.excel.title.sheet", locale),
                    List.of(view.unit().name(), cluster(view.year(), locale), exportedAt(locale)),
                    message("scoring.excel.sheetGuide", locale),
                    locale);
            SpreadsheetLayout.widths(sheet, 10, 60, 24, 10, 12, 12, 40, 12);
            return bytes(book);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a filled-in sheet back; every row is checked against its criterion before anything is saved. */
    Map<String, ScoreSheet.SelfEntry> readSheet(byte[] content, SheetView view) {
        Map<String, ScoreSheet.SelfEntry> entries = new LinkedHashMap<>();
        List<ImportRejected.RowError> errors = new ArrayList<>();
        List<BoundedXlsxReader.Row> sheet = BoundedXlsxReader.firstSheet(content, sheetLimits(view));
        BoundedXlsxReader.Row header = header(sheet);
        for (BoundedXlsxReader.Row row : sheet) {
            if (row.number() == 1 || blank(row.text(0))) {
                continue;
            }
            int shown = row.number();
            String code = row.text(0);
            var node = view.tree().find(code);
            if (node.isEmpty()) {
                errors.add(new ImportRejected.RowError(shown, "scoring.import.unknownCriterion", new Object[] {code}));
                continue;
            }
            if (!node.get().isCriterion()) {
                continue;
            }
            try {
                BigDecimal value = decimal(header, row, 4);
                // The target column is only for reading: targets come from the pledge or the round.
                BigDecimal target = view.targetOf(node.get());
                if (value != null
                        && (target != null
                                || node.get().getKind() != vn.thidua.scoring.CriterionKind.FIGURE_AGAINST_TARGET)) {
                    node.get().rule().score(value, target, null);
                }
                entries.put(node.get().getCode(), new ScoreSheet.SelfEntry(value, row.text(6)));
            } catch (DomainException e) {
                errors.add(new ImportRejected.RowError(shown, e.getMessageKey(), e.getArguments()));
            }
        }
        if (!errors.isEmpty()) {
            throw new ImportRejected(errors);
        }
        if (entries.isEmpty()) {
            throw new DomainException("scoring.import.noRows");
        }
        return entries;
    }

    /** A unit's sheet has a row per group and criterion under its header; a few more rows are allowed for notes. */
    static BoundedXlsxReader.Limits sheetLimits(SheetView view) {
        return new BoundedXlsxReader.Limits(
                view.tree().entries().size() + 1 + SHEET_SPARE_ROWS, SHEET_COLUMNS.length + 4, MAX_UNPACKED_BYTES);
    }

    // ------------------------------------------------------------------ helpers

    /** A round's file name from its cluster's code and year: {@code xep-hang-CUM2-2021.xlsx}. */
    static String fileName(String what, ClusterYearSummary year) {
        return SpreadsheetLayout.fileName(what, year.clusterCode(), year.year(), "xlsx");
    }

    static ResponseEntity<byte[]> download(byte[] body, String filename) {
        ContentDisposition disposition = ContentDisposition.attachment()
                .filename(filename, StandardCharsets.UTF_8)
                .build();
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(body);
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String text, String errorKey) {
        try {
            return Enum.valueOf(type, text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new DomainException(errorKey, text);
        }
    }

    private static BoundedXlsxReader.Row header(List<BoundedXlsxReader.Row> sheet) {
        return sheet.stream()
                .filter(row -> row.number() == 1)
                .findFirst()
                .orElse(new BoundedXlsxReader.Row(1, List.of()));
    }

    private static BigDecimal decimal(BoundedXlsxReader.Row header, BoundedXlsxReader.Row row, int column) {
        BoundedXlsxReader.Cell cell = row.cell(column);
        if (cell.number() != null) {
            return cell.number();
        }
        String text = cell.text().trim();
        try {
            return DisplayFormat.parseNumber(text, DisplayFormat.VIETNAMESE);
        } catch (NumberFormatException e) {
            String name = header.text(column).isEmpty() ? String.valueOf(column + 1) : header.text(column);
            throw new DomainException("scoring.import.number", name, text);
        }
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
    private int title(
            Sheet sheet, int columns, String titleKey, ClusterYearSummary year, boolean provisional, Locale locale) {
        return SpreadsheetLayout.titleBlock(
                sheet,
                columns,
                message(titleKey, locale),
                List.of(
                        cluster(year, locale),
                        message(provisional ? "scoring.excel.provisional" : "scoring.excel.final", locale),
                        exportedAt(locale)));
    }

    private String cluster(ClusterYearSummary year, Locale locale) {
        return message("scoring.excel.cluster", locale, year.clusterName(), String.valueOf(year.year()));
    }

    private String exportedAt(Locale locale) {
        return message(
                "scoring.excel.exportedAt",
                locale,
                DisplayFormat.DATE_TIME.format(clock.instant().atZone(BusinessTime.ZONE)));
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
