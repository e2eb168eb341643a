package vn.thidua.award.history;

import jakarta.persistence.EntityManager;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.access.AccessPolicy;
import vn.thidua.access.CurrentUser;
import vn.thidua.audit.AuditEntry;
import vn.thidua.audit.AuditTrail;
import vn.thidua.award.decision.Decision;
import vn.thidua.award.decision.DecisionHeader;
import vn.thidua.award.decision.DecisionSource;
import vn.thidua.award.decision.DecisionWriter;
import vn.thidua.award.decision.GrantedAward;
import vn.thidua.award.type.AwardRecipient;
import vn.thidua.award.type.AwardType;
import vn.thidua.award.type.AwardTypeRepository;
import vn.thidua.common.BoundedXlsxReader;
import vn.thidua.common.BusinessTime;
import vn.thidua.common.FileSignature;
import vn.thidua.common.TextInput;
import vn.thidua.organization.UnitSummary;
import vn.thidua.organization.Units;

/**
 * Imports past awards (before the application, or decided on paper) from a spreadsheet: one row per award, the rows
 * of one decision (same number and date) written together as an imported decision through {@link DecisionWriter}.
 * Only the organiser's administrator imports, and the file is read only once that is checked. Every row is checked
 * and every problem named with its row and column; nothing is written unless every row is valid.
 */
@Service
public class HistoryImportService {

    public static final long MAX_FILE_BYTES = 2L * 1024 * 1024;
    /** Rows of awards, the header row not counted. */
    public static final int MAX_ROWS = 2000;

    static final int MAX_COLUMNS = 20;
    static final long MAX_UNPACKED_BYTES = 16L * 1024 * 1024;
    static final String ENTITY = "AwardHistoryImport";
    static final int FIRST_YEAR = 2000;
    static final int POSITION_MAX = 150;
    static final int PERSON_NAME_MAX = 150;
    static final int CODE_MAX = 50;

    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    /** Excel's day 0 (its dates count days from here, with its 1900 leap-year error already past). */
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    private final AccessPolicy policy;
    private final AwardTypeRepository types;
    private final Units units;
    private final DecisionWriter writer;
    private final EntityManager em;
    private final AuditTrail audit;
    private final MessageSource messages;
    private final Clock clock;

    HistoryImportService(
            AccessPolicy policy,
            AwardTypeRepository types,
            Units units,
            DecisionWriter writer,
            EntityManager em,
            AuditTrail audit,
            MessageSource messages,
            Clock clock) {
        this.policy = policy;
        this.types = types;
        this.units = units;
        this.writer = writer;
        this.em = em;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * The rows of an uploaded file, read only after the person is found to be an administrator: an {@code .xlsx}
     * file of at most {@link #MAX_FILE_BYTES} bytes and {@link #MAX_ROWS} rows after its header row.
     */
    public List<HistoryImportRow> read(String fileName, byte[] content) {
        policy.requireAdmin();
        if (content == null || content.length == 0) {
            throw new HistoryImportException("history.import.file.required");
        }
        if (content.length > MAX_FILE_BYTES) {
            throw new HistoryImportException("history.import.file.tooLarge", MAX_FILE_BYTES / (1024 * 1024));
        }
        FileSignature signature = FileSignature.of(content).orElse(null);
        if (signature == FileSignature.OLE || "xls".equals(FileSignature.extension(fileName))) {
            throw new HistoryImportException("upload.xlsx.oldFormat");
        }
        if (signature != FileSignature.ZIP || !"xlsx".equals(FileSignature.extension(fileName))) {
            throw new HistoryImportException("history.import.file.notXlsx");
        }
        List<BoundedXlsxReader.Row> sheet;
        try {
            sheet = BoundedXlsxReader.firstSheet(
                    content, new BoundedXlsxReader.Limits(MAX_ROWS + 1, MAX_COLUMNS, MAX_UNPACKED_BYTES));
        } catch (BoundedXlsxReader.Refused e) {
            if (e.reason() == BoundedXlsxReader.Reason.TOO_MANY_ROWS) {
                throw new HistoryImportException("history.import.file.tooManyRows", MAX_ROWS);
            }
            throw e;
        }
        List<HistoryImportRow> rows = new ArrayList<>();
        for (BoundedXlsxReader.Row row : sheet) {
            if (row == sheet.get(0) && isHeader(row)) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < HistoryImportColumn.values().length; c++) {
                cells.add(text(row.cell(c)));
            }
            if (cells.stream().allMatch(String::isEmpty)) {
                continue;
            }
            rows.add(new HistoryImportRow(row.number(), cells));
        }
        if (rows.isEmpty()) {
            throw new HistoryImportException("history.import.file.empty");
        }
        return rows;
    }

    /** Every row checked against the organiser's award types, units and decisions as they are now. */
    @Transactional(readOnly = true)
    public HistoryImportPreview check(String fileName, List<HistoryImportRow> rows) {
        CurrentUser user = policy.requireAdmin();
        return new Checker(user.organizerId(), rows).preview(fileName);
    }

    /**
     * Checks every row again and, when all are valid, writes the decisions they make with their awards, all or
     * nothing; otherwise writes nothing and returns the rows with their problems.
     */
    @Transactional
    public HistoryImportPreview confirm(String fileName, List<HistoryImportRow> rows) {
        CurrentUser user = policy.requireAdmin();
        Checker checker = new Checker(user.organizerId(), rows);
        HistoryImportPreview preview = checker.preview(fileName);
        if (!preview.isValid()) {
            return preview;
        }
        for (List<Checked> group : checker.groups().values()) {
            Checked first = group.get(0);
            DecisionHeader header = new DecisionHeader(
                    first.number,
                    first.decidedOn,
                    first.authority,
                    first.signerName,
                    first.signerTitle,
                    messages.getMessage(
                            "history.import.subject", new Object[] {String.valueOf(first.year)}, VIETNAMESE));
            List<DecisionWriter.Grant> grants = group.stream()
                    .map(c -> DecisionWriter.Grant.of(
                            new GrantedAward.Recipient(c.unit.id(), c.personName, c.personPosition, null),
                            c.type.getId(),
                            c.achievement))
                    .toList();
            DecisionWriter.Written written = writer.write(
                    user.organizerId(),
                    header,
                    first.year,
                    DecisionSource.IMPORTED,
                    false,
                    grants,
                    List.of(),
                    user.getUsername());
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("fileName", fileName);
            after.put("number", first.number);
            after.put("decidedOn", first.decidedOn);
            after.put("year", first.year);
            after.put("awards", grants.size());
            audit.record(AuditEntry.of(
                            user.organizerId(),
                            HistoryAuditAction.AWARD_HISTORY_IMPORTED.code(),
                            ENTITY,
                            written.decision().getId(),
                            first.number)
                    .withValues(Map.of(), after));
        }
        return preview;
    }

    /** An Excel template: the header row and two example rows (a collective and an individual). */
    public byte[] template(Locale locale) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(messages.getMessage("history.import.template.sheet", null, locale));
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            Row headerRow = sheet.createRow(0);
            for (HistoryImportColumn column : HistoryImportColumn.values()) {
                var cell = headerRow.createCell(column.ordinal());
                cell.setCellValue(messages.getMessage(column.messageKey(), null, locale));
                cell.setCellStyle(header);
                sheet.setColumnWidth(column.ordinal(), 22 * 256);
            }
            String[][] examples = {
                {
                    "2019",
                    "125/QĐ-UBND",
                    "15/01/2020",
                    "Ủy ban nhân dân tỉnh An Giang",
                    "Nguyễn Văn A",
                    "Chủ tịch",
                    "CO_TINH",
                    "AP",
                    "",
                    "",
                    "Dẫn đầu phong trào thi đua Cụm thi đua số 2 năm 2019"
                },
                {
                    "2019",
                    "125/QĐ-UBND",
                    "15/01/2020",
                    "Ủy ban nhân dân tỉnh An Giang",
                    "Nguyễn Văn A",
                    "Chủ tịch",
                    "BK_CHU_TICH",
                    "AP",
                    "Trần Thị B",
                    "Phó Chủ tịch Ủy ban nhân dân huyện",
                    "Có thành tích xuất sắc trong phong trào thi đua năm 2019"
                }
            };
            for (int r = 0; r < examples.length; r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < examples[r].length; c++) {
                    row.createCell(c).setCellValue(examples[r][c]);
                }
            }
            sheet.createFreezePane(0, 1);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first row is the header when its first cell is not a year. */
    private static boolean isHeader(BoundedXlsxReader.Row row) {
        String first = row.text(0);
        return first.isEmpty() || !Character.isDigit(first.charAt(0));
    }

    private static String text(BoundedXlsxReader.Cell cell) {
        if (cell == null || cell.text() == null) {
            return "";
        }
        return cell.text().trim();
    }

    /** A valid row, with what it refers to. */
    private record Checked(
            HistoryImportRow row,
            int year,
            String number,
            LocalDate decidedOn,
            String authority,
            String signerName,
            String signerTitle,
            AwardType type,
            UnitSummary unit,
            String personName,
            String personPosition,
            String achievement) {}

    /** Checks the rows of one upload against the organiser's data, once. */
    private final class Checker {

        private final List<HistoryImportRow> rows;
        private final Map<String, AwardType> typesByCode = new HashMap<>();
        private final Map<String, UnitSummary> unitsByCode;
        private final Set<String> recorded = new HashSet<>();
        private final Map<String, List<Checked>> groups = new LinkedHashMap<>();
        private final int thisYear;
        private final LocalDate today;

        Checker(long organizerId, List<HistoryImportRow> rows) {
            this.rows = rows;
            types.findByOrganizer(organizerId)
                    .forEach(t -> typesByCode.put(t.getCode().toLowerCase(Locale.ROOT), t));
            this.unitsByCode = units.byCodes(
                    organizerId,
                    rows.stream()
                            .map(r -> r.cell(HistoryImportColumn.UNIT_CODE))
                            .toList());
            List<String> numbers = rows.stream()
                    .map(r -> r.cell(HistoryImportColumn.DECISION_NUMBER).toLowerCase(Locale.ROOT))
                    .filter(n -> !n.isEmpty())
                    .distinct()
                    .toList();
            if (!numbers.isEmpty()) {
                em.createQuery(
                                "select lower(d.number), d.decidedOn from Decision d "
                                        + "where d.organizerId = :organizerId and lower(d.number) in :numbers",
                                Object[].class)
                        .setParameter("organizerId", organizerId)
                        .setParameter("numbers", numbers)
                        .getResultList()
                        .forEach(r -> recorded.add(r[0] + "|" + r[1]));
            }
            this.today = BusinessTime.today(clock);
            this.thisYear = today.getYear();
        }

        Map<String, List<Checked>> groups() {
            return groups;
        }

        HistoryImportPreview preview(String fileName) {
            List<HistoryImportPreview.Line> lines = new ArrayList<>();
            for (HistoryImportRow row : rows) {
                lines.add(line(row));
            }
            return new HistoryImportPreview(fileName, List.copyOf(lines), groups.size());
        }

        private HistoryImportPreview.Line line(HistoryImportRow row) {
            List<HistoryImportPreview.Problem> problems = new ArrayList<>();
            Integer year = year(row, problems);
            String number = text(row, HistoryImportColumn.DECISION_NUMBER, Decision.NUMBER_MAX, true, problems);
            LocalDate decidedOn = date(row, year, problems);
            String authority = text(row, HistoryImportColumn.AUTHORITY, Decision.AUTHORITY_MAX, true, problems);
            String signerName = text(row, HistoryImportColumn.SIGNER_NAME, Decision.SIGNER_NAME_MAX, true, problems);
            String signerTitle = text(row, HistoryImportColumn.SIGNER_TITLE, Decision.SIGNER_TITLE_MAX, true, problems);
            String typeCode = text(row, HistoryImportColumn.AWARD_TYPE, CODE_MAX, true, problems);
            AwardType type = null;
            if (typeCode != null) {
                type = typesByCode.get(typeCode.toLowerCase(Locale.ROOT));
                if (type == null) {
                    problems.add(problem(HistoryImportColumn.AWARD_TYPE, "history.import.error.unknownType", typeCode));
                }
            }
            String unitCode = text(row, HistoryImportColumn.UNIT_CODE, CODE_MAX, true, problems);
            UnitSummary unit = null;
            if (unitCode != null) {
                unit = unitsByCode.get(unitCode.toLowerCase(Locale.ROOT));
                if (unit == null) {
                    problems.add(problem(HistoryImportColumn.UNIT_CODE, "history.import.error.unknownUnit", unitCode));
                }
            }
            String personName = text(row, HistoryImportColumn.PERSON_NAME, PERSON_NAME_MAX, false, problems);
            String personPosition = text(row, HistoryImportColumn.PERSON_POSITION, POSITION_MAX, false, problems);
            if (type != null) {
                boolean individual = type.getRecipient() == AwardRecipient.INDIVIDUAL;
                if (individual && personName == null && blank(row, HistoryImportColumn.PERSON_NAME)) {
                    problems.add(problem(HistoryImportColumn.PERSON_NAME, "history.import.error.personRequired"));
                }
                if (!individual && !blank(row, HistoryImportColumn.PERSON_NAME)) {
                    problems.add(problem(HistoryImportColumn.PERSON_NAME, "history.import.error.personForCollective"));
                }
            }
            if (!blank(row, HistoryImportColumn.PERSON_NAME) && blank(row, HistoryImportColumn.PERSON_POSITION)) {
                problems.add(problem(HistoryImportColumn.PERSON_POSITION, "history.import.error.positionRequired"));
            }
            if (blank(row, HistoryImportColumn.PERSON_NAME) && !blank(row, HistoryImportColumn.PERSON_POSITION)) {
                problems.add(problem(HistoryImportColumn.PERSON_NAME, "history.import.error.nameRequired"));
            }
            String achievement =
                    text(row, HistoryImportColumn.ACHIEVEMENT, GrantedAward.ACHIEVEMENT_MAX, true, problems);
            if (number != null && decidedOn != null) {
                String key = number.toLowerCase(Locale.ROOT) + "|" + decidedOn;
                if (recorded.contains(key)) {
                    problems.add(problem(
                            HistoryImportColumn.DECISION_NUMBER,
                            "history.import.error.alreadyRecorded",
                            number,
                            decidedOn.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"))));
                }
                List<Checked> group = groups.get(key);
                if (group != null && problems.isEmpty()) {
                    Checked first = group.get(0);
                    sameAs(first.row, first.year, year, HistoryImportColumn.YEAR, problems);
                    sameAs(first.row, first.authority, authority, HistoryImportColumn.AUTHORITY, problems);
                    sameAs(first.row, first.signerName, signerName, HistoryImportColumn.SIGNER_NAME, problems);
                    sameAs(first.row, first.signerTitle, signerTitle, HistoryImportColumn.SIGNER_TITLE, problems);
                }
            }
            if (problems.isEmpty()) {
                Checked checked = new Checked(
                        row,
                        year,
                        number,
                        decidedOn,
                        authority,
                        signerName,
                        signerTitle,
                        type,
                        unit,
                        personName,
                        personPosition,
                        achievement);
                groups.computeIfAbsent(number.toLowerCase(Locale.ROOT) + "|" + decidedOn, k -> new ArrayList<>())
                        .add(checked);
            }
            return new HistoryImportPreview.Line(
                    row,
                    type == null ? null : type.getName(),
                    unit == null ? null : unit.name(),
                    List.copyOf(problems));
        }

        private Integer year(HistoryImportRow row, List<HistoryImportPreview.Problem> problems) {
            String text = row.cell(HistoryImportColumn.YEAR);
            if (text.isEmpty()) {
                problems.add(problem(HistoryImportColumn.YEAR, "history.import.error.required"));
                return null;
            }
            int year;
            try {
                year = new BigDecimal(text).intValueExact();
            } catch (NumberFormatException | ArithmeticException e) {
                problems.add(problem(HistoryImportColumn.YEAR, "history.import.error.year", FIRST_YEAR, thisYear));
                return null;
            }
            if (year < FIRST_YEAR || year > thisYear) {
                problems.add(problem(HistoryImportColumn.YEAR, "history.import.error.year", FIRST_YEAR, thisYear));
                return null;
            }
            return year;
        }

        private LocalDate date(HistoryImportRow row, Integer year, List<HistoryImportPreview.Problem> problems) {
            String text = row.cell(HistoryImportColumn.DECISION_DATE);
            if (text.isEmpty()) {
                problems.add(problem(HistoryImportColumn.DECISION_DATE, "history.import.error.required"));
                return null;
            }
            LocalDate date = null;
            try {
                date = LocalDate.parse(text, DATE);
            } catch (DateTimeParseException e) {
                // A date cell Excel keeps as a day number shows as that number in the General format.
                if (text.matches("\\d{5}(\\.0+)?")) {
                    date = EXCEL_EPOCH.plusDays(new BigDecimal(text).longValue());
                }
            }
            if (date == null) {
                problems.add(problem(HistoryImportColumn.DECISION_DATE, "history.import.error.date", text));
                return null;
            }
            if (date.isAfter(today)) {
                problems.add(problem(HistoryImportColumn.DECISION_DATE, "history.import.error.dateFuture"));
                return null;
            }
            if (year != null && date.getYear() < year) {
                problems.add(problem(HistoryImportColumn.DECISION_DATE, "history.import.error.dateBeforeYear", year));
                return null;
            }
            return date;
        }

        /** The cell's text, or {@code null} with a problem when it is required and empty, too long or not plain. */
        private String text(
                HistoryImportRow row,
                HistoryImportColumn column,
                int max,
                boolean required,
                List<HistoryImportPreview.Problem> problems) {
            String value = row.cell(column);
            if (value.isEmpty()) {
                if (required) {
                    problems.add(problem(column, "history.import.error.required"));
                }
                return null;
            }
            if (!TextInput.isPlain(value, column == HistoryImportColumn.ACHIEVEMENT)) {
                problems.add(problem(column, "history.import.error.controlCharacters"));
                return null;
            }
            if (value.length() > max) {
                problems.add(problem(column, "history.import.error.tooLong", max, value.length()));
                return null;
            }
            return value;
        }

        private static boolean blank(HistoryImportRow row, HistoryImportColumn column) {
            return row.cell(column).isEmpty();
        }

        private void sameAs(
                HistoryImportRow first,
                Object expected,
                Object actual,
                HistoryImportColumn column,
                List<HistoryImportPreview.Problem> problems) {
            if (actual != null && !actual.equals(expected)) {
                problems.add(problem(
                        column, "history.import.error.differsInDecision", first.number(), String.valueOf(expected)));
            }
        }

        private HistoryImportPreview.Problem problem(HistoryImportColumn column, String key, Object... args) {
            List<String> texts = new ArrayList<>();
            for (Object arg : args) {
                texts.add(String.valueOf(arg));
            }
            return new HistoryImportPreview.Problem(column, key, texts);
        }
    }
}
