package vn.thidua.organization.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.access.AccessPolicy;
import vn.thidua.access.CurrentUser;
import vn.thidua.common.SearchText;
import vn.thidua.organization.UnitLevel;

/**
 * Imports units from a spreadsheet in two steps: {@link #read} and {@link #check} show what the file would create,
 * row by row with its problems; {@link #confirm} checks again and saves every row in one transaction, or nothing.
 * Columns: code, full name, short name, level (its name or its label, in any case, with or without accents) and an
 * optional parent code (an existing unit or another row of the file).
 */
@Service
public class UnitImportService {

    public static final long MAX_FILE_BYTES = 2L * 1024 * 1024;
    public static final int MAX_ROWS = 5000;

    /** The columns of the file, in the order the template and a file without a header row use. */
    public enum Column {
        CODE,
        NAME,
        SHORT_NAME,
        LEVEL,
        PARENT_CODE;

        public String messageKey() {
            return "unit.import.column." + name();
        }
    }

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final Pattern CODE_PATTERN = Pattern.compile(Unit.CODE_REGEX);
    private static final int EXAMPLE_ROWS = 3;

    /** Header names recognised besides the template's own (compared without accents, case or punctuation). */
    private static final Map<Column, List<String>> HEADER_ALIASES = Map.of(
            Column.CODE, List.of("ma", "ma dv", "ma don vi", "code", "unit code"),
            Column.NAME, List.of("ten", "ten don vi", "ten day du", "name", "full name"),
            Column.SHORT_NAME, List.of("ten ngan", "ten ngan gon", "ten viet tat", "ten goi tat", "short name"),
            Column.LEVEL, List.of("cap", "cap don vi", "level"),
            Column.PARENT_CODE,
                    List.of("ma cap tren", "ma don vi cap tren", "don vi cap tren", "parent", "parent code"));

    private final UnitService unitService;
    private final MessageSource messages;
    private final AccessPolicy policy;

    UnitImportService(UnitService unitService, MessageSource messages, AccessPolicy policy) {
        this.policy = policy;
        this.unitService = unitService;
        this.messages = messages;
    }

    /** The data rows of an uploaded file; a file that cannot be used at all is refused with the reason. */
    public List<UnitImportRow> read(String fileName, byte[] content) {
        policy.requireAdmin();
        if (content != null && content.length > MAX_FILE_BYTES) {
            throw new OrganizationException("unit.import.file.tooLarge", MAX_FILE_BYTES / (1024 * 1024));
        }
        List<UnitImportFile.SheetRow> sheet = UnitImportFile.read(fileName, content, MAX_ROWS);
        if (sheet.isEmpty()) {
            throw new OrganizationException("unit.import.file.noRows");
        }
        Map<Column, Integer> columns = headerColumns(sheet.get(0).cells());
        List<UnitImportFile.SheetRow> data = sheet;
        if (columns == null) {
            columns = new EnumMap<>(Column.class);
            for (Column column : Column.values()) {
                columns.put(column, column.ordinal());
            }
        } else {
            data = sheet.subList(1, sheet.size());
        }
        if (data.isEmpty()) {
            throw new OrganizationException("unit.import.file.noRows");
        }
        if (data.size() > MAX_ROWS) {
            throw new OrganizationException("unit.import.file.tooManyRows", MAX_ROWS);
        }
        Map<Column, Integer> at = columns;
        return data.stream()
                .map(row -> new UnitImportRow(
                        row.number(),
                        row.cell(at.getOrDefault(Column.CODE, -1)),
                        row.cell(at.getOrDefault(Column.NAME, -1)),
                        row.cell(at.getOrDefault(Column.SHORT_NAME, -1)),
                        row.cell(at.getOrDefault(Column.LEVEL, -1)),
                        row.cell(at.getOrDefault(Column.PARENT_CODE, -1))))
                .toList();
    }

    /** Every row with its problems, against the units the organiser has now. Saves nothing. */
    @Transactional(readOnly = true)
    public UnitImportPreview check(String fileName, List<UnitImportRow> rows) {
        CurrentUser user = policy.requireAdmin();
        Map<String, Integer> firstRowOfCode = new HashMap<>();
        Map<String, String> parentKeyOfCode = new HashMap<>();
        Set<String> keys = new HashSet<>();
        for (UnitImportRow row : rows) {
            if (!blank(row.code())) {
                String key = UnitService.codeKey(row.code());
                firstRowOfCode.putIfAbsent(key, row.rowNumber());
                parentKeyOfCode.putIfAbsent(
                        key, blank(row.parentCode()) ? null : UnitService.codeKey(row.parentCode()));
                keys.add(key);
            }
            if (!blank(row.parentCode())) {
                keys.add(UnitService.codeKey(row.parentCode()));
            }
        }
        Map<String, Unit> existing = unitService.existingByCode(user.organizerId(), keys);
        Map<String, UnitLevel> levels = levelNames();

        List<UnitImportLine> lines = new ArrayList<>(rows.size());
        for (UnitImportRow row : rows) {
            List<UnitImportProblem> problems = new ArrayList<>();
            String key = UnitService.codeKey(row.code());
            if (blank(row.code())) {
                problems.add(new UnitImportProblem("unit.import.error.code.required"));
            } else {
                if (key.length() > Unit.CODE_MAX) {
                    problems.add(new UnitImportProblem("unit.import.error.code.tooLong", Unit.CODE_MAX));
                } else if (!CODE_PATTERN.matcher(row.code().trim()).matches()) {
                    problems.add(new UnitImportProblem("unit.import.error.code.invalid"));
                }
                Integer first = firstRowOfCode.get(key);
                if (first != row.rowNumber()) {
                    problems.add(new UnitImportProblem(
                            "unit.import.error.code.duplicate", row.code().trim(), first));
                }
                if (existing.containsKey(key)) {
                    problems.add(new UnitImportProblem(
                            "unit.import.error.code.exists",
                            existing.get(key).getCode(),
                            existing.get(key).getName()));
                }
            }
            text(row.name(), Unit.NAME_MAX, "name", problems);
            text(row.shortName(), Unit.SHORT_NAME_MAX, "shortName", problems);
            UnitLevel level = null;
            if (blank(row.level())) {
                problems.add(new UnitImportProblem("unit.import.error.level.required"));
            } else {
                level = levels.get(normalize(row.level()));
                if (level == null) {
                    problems.add(new UnitImportProblem("unit.import.error.level.unknown", row.level()));
                }
            }
            if (!blank(row.parentCode())) {
                String parentKey = UnitService.codeKey(row.parentCode());
                Unit existingParent = existing.get(parentKey);
                if (parentKey.equals(key)) {
                    problems.add(new UnitImportProblem("unit.import.error.parent.self"));
                } else if (firstRowOfCode.containsKey(parentKey)) {
                    if (inCycle(key, parentKeyOfCode)) {
                        problems.add(new UnitImportProblem("unit.import.error.parent.cycle"));
                    }
                } else if (existingParent == null) {
                    problems.add(new UnitImportProblem(
                            "unit.import.error.parent.unknown", row.parentCode().trim()));
                } else if (existingParent.isRetired()) {
                    problems.add(new UnitImportProblem(
                            "unit.import.error.parent.retired", existingParent.getCode(), existingParent.getName()));
                }
            }
            lines.add(new UnitImportLine(row, level, List.copyOf(problems)));
        }
        return new UnitImportPreview(fileName, List.copyOf(lines));
    }

    /**
     * Checks the rows again (units may have changed since the preview) and, when every row is valid, saves them all in
     * one transaction. Returns the check: when it is not valid, nothing was saved.
     */
    @Transactional
    public UnitImportPreview confirm(String fileName, List<UnitImportRow> rows) {
        UnitImportPreview preview = check(fileName, rows);
        if (!preview.isValid()) {
            return preview;
        }
        unitService.createAll(preview.lines().stream()
                .map(line -> new UnitCommand(
                        line.row().code(),
                        line.row().name(),
                        line.row().shortName(),
                        line.level(),
                        null,
                        blank(line.row().parentCode()) ? null : line.row().parentCode()))
                .toList());
        return preview;
    }

    /** The example rows of the templates and of the import page, in the given language. */
    public List<List<String>> exampleRows(Locale locale) {
        List<List<String>> examples = new ArrayList<>();
        for (int i = 1; i <= EXAMPLE_ROWS; i++) {
            String[] parts = messages.getMessage("unit.import.example." + i, null, locale)
                    .split("\\|", -1);
            List<String> row = new ArrayList<>(Arrays.asList(parts));
            while (row.size() < Column.values().length) {
                row.add("");
            }
            row.set(Column.LEVEL.ordinal(), label(UnitLevel.valueOf(row.get(Column.LEVEL.ordinal())), locale));
            examples.add(List.copyOf(row));
        }
        return examples;
    }

    /** A CSV template: UTF-8 with a byte order mark (so that Excel reads the accents), semicolon separated. */
    public byte[] csvTemplate(Locale locale) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        csv.append(Arrays.stream(Column.values())
                        .map(column -> csvCell(messages.getMessage(column.messageKey(), null, locale)))
                        .collect(Collectors.joining(";")))
                .append("\r\n");
        for (List<String> row : exampleRows(locale)) {
            csv.append(row.stream().map(UnitImportService::csvCell).collect(Collectors.joining(";")))
                    .append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** An Excel template: the header row and examples, a list to choose the level from, and a sheet of the levels. */
    public byte[] xlsxTemplate(Locale locale) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(messages.getMessage("unit.import.template.sheet", null, locale));
            Sheet levels = workbook.createSheet(messages.getMessage("unit.import.template.levelsSheet", null, locale));
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);

            Row headerRow = sheet.createRow(0);
            for (Column column : Column.values()) {
                var cell = headerRow.createCell(column.ordinal());
                cell.setCellValue(messages.getMessage(column.messageKey(), null, locale));
                cell.setCellStyle(header);
            }
            List<List<String>> examples = exampleRows(locale);
            for (int i = 0; i < examples.size(); i++) {
                Row row = sheet.createRow(i + 1);
                for (int c = 0; c < examples.get(i).size(); c++) {
                    row.createCell(c).setCellValue(examples.get(i).get(c));
                }
            }
            int[] widths = {14, 45, 28, 30, 22};
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            sheet.createFreezePane(0, 1);

            Row levelHeader = levels.createRow(0);
            levelHeader.createCell(0).setCellValue(messages.getMessage("unit.import.template.levelName", null, locale));
            levelHeader
                    .createCell(1)
                    .setCellValue(messages.getMessage("unit.import.template.levelLabel", null, locale));
            levelHeader.getCell(0).setCellStyle(header);
            levelHeader.getCell(1).setCellStyle(header);
            UnitLevel[] values = UnitLevel.values();
            for (int i = 0; i < values.length; i++) {
                Row row = levels.createRow(i + 1);
                row.createCell(0).setCellValue(values[i].name());
                row.createCell(1).setCellValue(label(values[i], locale));
            }
            levels.setColumnWidth(0, 24 * 256);
            levels.setColumnWidth(1, 36 * 256);

            DataValidationHelper helper = sheet.getDataValidationHelper();
            String range = "'" + levels.getSheetName().replace("'", "''") + "'!$B$2:$B$" + (values.length + 1);
            DataValidation validation = helper.createValidation(
                    helper.createFormulaListConstraint(range),
                    new CellRangeAddressList(1, MAX_ROWS, Column.LEVEL.ordinal(), Column.LEVEL.ordinal()));
            // The list helps; other spellings that the import accepts (e.g. the level's name) stay allowed.
            validation.setShowErrorBox(false);
            sheet.addValidationData(validation);

            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The columns found in a header row, or {@code null} when the first row is not a header but data. */
    private Map<Column, Integer> headerColumns(List<String> cells) {
        Map<String, Column> names = headerNames();
        Map<Column, Integer> found = new EnumMap<>(Column.class);
        for (int i = 0; i < cells.size(); i++) {
            Column column = names.get(normalize(cells.get(i)));
            if (column != null) {
                found.putIfAbsent(column, i);
            }
        }
        if (found.size() < 2) {
            return null;
        }
        for (Column required : List.of(Column.CODE, Column.NAME, Column.SHORT_NAME, Column.LEVEL)) {
            if (!found.containsKey(required)) {
                throw new OrganizationException("unit.import.file.header");
            }
        }
        return found;
    }

    private Map<String, Column> headerNames() {
        Map<String, Column> names = new HashMap<>();
        HEADER_ALIASES.forEach((column, aliases) -> aliases.forEach(alias -> names.put(alias, column)));
        for (Column column : Column.values()) {
            for (Locale locale : List.of(VIETNAMESE, Locale.ENGLISH)) {
                names.put(normalize(messages.getMessage(column.messageKey(), null, column.name(), locale)), column);
            }
        }
        return names;
    }

    /**
     * The spellings of each level the import accepts: its name, its Vietnamese and English labels, and each part of
     * the Vietnamese label that names only that level (e.g. "xã", "phường", "huyện"). A part that begins another
     * level's part is ambiguous and left out: "thành phố" may be a district-level city or a centrally governed one.
     */
    private Map<String, UnitLevel> levelNames() {
        Map<String, UnitLevel> names = new LinkedHashMap<>();
        Map<String, Set<UnitLevel>> parts = new HashMap<>();
        for (UnitLevel level : UnitLevel.values()) {
            for (String part : label(level, VIETNAMESE).split(",")) {
                parts.computeIfAbsent(normalize(part), ignored -> new HashSet<>())
                        .add(level);
            }
        }
        parts.forEach((part, owners) -> {
            boolean ambiguous = owners.size() > 1
                    || parts.entrySet().stream()
                            .anyMatch(other -> !other.getKey().equals(part)
                                    && other.getKey().startsWith(part + " ")
                                    && !other.getValue().equals(owners));
            if (!ambiguous && !part.isEmpty()) {
                names.put(part, owners.iterator().next());
            }
        });
        for (UnitLevel level : UnitLevel.values()) {
            names.put(normalize(level.name()), level);
            names.put(normalize(label(level, VIETNAMESE)), level);
            names.put(normalize(label(level, Locale.ENGLISH)), level);
        }
        return names;
    }

    private String label(UnitLevel level, Locale locale) {
        return messages.getMessage(level.messageKey(), null, level.name(), locale);
    }

    private static boolean inCycle(String start, Map<String, String> parentKeyOfCode) {
        String current = parentKeyOfCode.get(start);
        for (int steps = 0; current != null && steps <= parentKeyOfCode.size(); steps++) {
            if (current.equals(start)) {
                return true;
            }
            current = parentKeyOfCode.get(current);
        }
        return false;
    }

    private static void text(String value, int max, String field, List<UnitImportProblem> problems) {
        if (blank(value)) {
            problems.add(new UnitImportProblem("unit.import.error." + field + ".required"));
        } else if (Unit.nfc(value.trim()).length() > max) {
            problems.add(new UnitImportProblem("unit.import.error." + field + ".tooLong", max));
        }
    }

    /** Lower case, without accents, punctuation or repeated spaces: "Sở, ban, ngành" reads "so ban nganh". */
    static String normalize(String text) {
        return SearchText.key(text).replaceAll("[^a-z0-9]+", " ").trim();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String csvCell(String value) {
        if (value.contains(";") || value.contains("\"") || value.contains(",") || value.contains("\n")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
