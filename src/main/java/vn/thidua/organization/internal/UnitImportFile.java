package vn.thidua.organization.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import vn.thidua.common.BoundedXlsxReader;

/**
 * Reads the first sheet of an {@code .xlsx} file (streaming, within limits: see {@link BoundedXlsxReader}), or a
 * UTF-8 {@code .csv} file (with or without a byte order mark, comma or semicolon separated), into rows of trimmed text. Blank rows are skipped; row numbers are those a
 * spreadsheet shows. A file that cannot be read is refused with a message for the user, never a stack trace.
 */
final class UnitImportFile {

    /** A non-blank row of the file: its number as a spreadsheet shows it, and its cells as text. */
    record SheetRow(int number, List<String> cells) {

        String cell(int index) {
            return index >= 0 && index < cells.size() ? cells.get(index) : "";
        }
    }

    static final int MAX_COLUMNS = 30;
    /** Bytes unpacked from an .xlsx file's parts, all together. */
    static final long MAX_UNPACKED_BYTES = 16L * 1024 * 1024;

    private UnitImportFile() {}

    static List<SheetRow> read(String fileName, byte[] content, int maxRows) {
        String name = fileName == null ? "" : fileName.trim().toLowerCase(Locale.ROOT);
        if (content == null || content.length == 0) {
            throw new OrganizationException("unit.import.file.empty");
        }
        if (name.endsWith(".xlsx")) {
            return readXlsx(content, maxRows);
        }
        if (name.endsWith(".csv")) {
            return readCsv(content, maxRows);
        }
        if (name.endsWith(".xls")) {
            throw new OrganizationException("unit.import.file.xls");
        }
        throw new OrganizationException("unit.import.file.type");
    }

    private static List<SheetRow> readXlsx(byte[] content, int maxRows) {
        List<BoundedXlsxReader.Row> sheet;
        try {
            // One row more than the limit is allowed for the header.
            sheet = BoundedXlsxReader.firstSheet(
                    content, new BoundedXlsxReader.Limits(maxRows + 1, MAX_COLUMNS, MAX_UNPACKED_BYTES));
        } catch (BoundedXlsxReader.Refused e) {
            throw switch (e.reason()) {
                case TOO_MANY_ROWS -> new OrganizationException("unit.import.file.tooManyRows", maxRows);
                case OLD_FORMAT -> new OrganizationException("unit.import.file.xls");
                case UNREADABLE -> new OrganizationException("unit.import.file.unreadable");
                default -> e;
            };
        }
        List<SheetRow> rows = new ArrayList<>();
        for (BoundedXlsxReader.Row row : sheet) {
            List<String> cells = new ArrayList<>();
            for (BoundedXlsxReader.Cell cell : row.cells()) {
                cells.add(clean(cell.text()));
            }
            add(rows, row.number(), cells, maxRows);
        }
        return rows;
    }

    private static List<SheetRow> readCsv(byte[] content, int maxRows) {
        if (isZip(content)) {
            throw new OrganizationException("unit.import.file.unreadable");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new OrganizationException("unit.import.csv.encoding");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.indexOf('\0') >= 0) {
            throw new OrganizationException("unit.import.file.unreadable");
        }
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(delimiterOf(text))
                .setIgnoreEmptyLines(false)
                .setTrim(true)
                .get();
        List<SheetRow> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(text, format)) {
            for (CSVRecord record : parser) {
                List<String> cells = new ArrayList<>();
                for (int column = 0; column < Math.min(record.size(), MAX_COLUMNS); column++) {
                    cells.add(clean(record.get(column)));
                }
                add(rows, (int) record.getRecordNumber(), cells, maxRows);
            }
        } catch (OrganizationException e) {
            throw e;
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            throw new OrganizationException("unit.import.csv.malformed");
        }
        return rows;
    }

    /** Semicolon when the first non-blank line has more semicolons than commas outside quotes, comma otherwise. */
    static char delimiterOf(String text) {
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        boolean seenContent = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                if (seenContent) {
                    break;
                }
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
            if (!Character.isWhitespace(c)) {
                seenContent = true;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    private static void add(List<SheetRow> rows, int number, List<String> cells, int maxRows) {
        if (cells.stream().allMatch(String::isEmpty)) {
            return;
        }
        // One row more than the limit is allowed for the header.
        if (rows.size() > maxRows) {
            throw new OrganizationException("unit.import.file.tooManyRows", maxRows);
        }
        rows.add(new SheetRow(number, List.copyOf(cells)));
    }

    private static String clean(String value) {
        return value == null ? "" : Unit.nfc(value.replace('\u00A0', ' ').strip());
    }

    private static boolean isZip(byte[] content) {
        return content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
    }
}
