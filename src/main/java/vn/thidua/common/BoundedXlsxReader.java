package vn.thidua.common;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.util.XMLHelper;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the first sheet of an uploaded {@code .xlsx} file as rows of cells, streaming and within limits the caller
 * states, so that no upload can exhaust the server's memory. The package is opened in memory (the upload is already
 * there and small); only the parts needed are unpacked, each through a counter that stops at the size limit and at
 * an abnormal compression ratio (a zip bomb). The XML is read with a SAX parser that refuses DTDs; no document model
 * of the sheet is ever built. Reading stops at the first row over the row limit, and cells beyond the column limit
 * are skipped. Formulas give the value Excel saved with them.
 * <p>
 * POI's own event readers are not used for this: opening a package from a stream unpacks every part into memory, and
 * its shared strings table sizes itself from a count the file declares.
 */
public final class BoundedXlsxReader {

    /**
     * What a caller accepts: rows holding at least one value (the header counts), columns read per row (further
     * ones are skipped), and bytes unpacked across all parts read.
     */
    public record Limits(int maxRows, int maxColumns, long maxUnpackedBytes) {

        public long maxUnpackedMegabytes() {
            return Math.max(1, maxUnpackedBytes / (1024 * 1024));
        }
    }

    /** A cell: its text as a spreadsheet shows it in the General format, and its number when it holds one. */
    public record Cell(String text, BigDecimal number) {

        static final Cell EMPTY = new Cell("", null);

        public boolean isBlank() {
            return text.isBlank();
        }
    }

    /** A row with at least one value: its number as a spreadsheet shows it (from 1), and its cells from column A. */
    public record Row(int number, List<Cell> cells) {

        public Cell cell(int column) {
            return column >= 0 && column < cells.size() ? cells.get(column) : Cell.EMPTY;
        }

        /** The cell's text, trimmed; empty when there is no such cell. */
        public String text(int column) {
            return cell(column).text().trim();
        }
    }

    /** Why a file was refused; the message names the limit. */
    public enum Reason {
        UNREADABLE("upload.xlsx.unreadable"),
        OLD_FORMAT("upload.xlsx.oldFormat"),
        TOO_MANY_ROWS("upload.xlsx.tooManyRows"),
        TOO_MANY_STRINGS("upload.xlsx.tooManyStrings"),
        TOO_LARGE("upload.xlsx.tooLarge"),
        COMPRESSED("upload.xlsx.compressed");

        private final String messageKey;

        Reason(String messageKey) {
            this.messageKey = messageKey;
        }
    }

    /** The file was refused before anything was built from it. */
    public static final class Refused extends DomainException {

        private final Reason reason;

        Refused(Reason reason, Object... arguments) {
            super(reason.messageKey, arguments);
            this.reason = reason;
        }

        public Reason reason() {
            return reason;
        }
    }

    /** No real workbook has more parts; a file with many more would only cost memory to list. */
    static final int MAX_ENTRIES = 1000;
    /** Above this many bytes unpacked, a part may not unpack to more than this many times its packed size. */
    static final long RATIO_FLOOR = 1024 * 1024;

    static final int MAX_RATIO = 100;
    /** Excel's own limit for the text of a cell. */
    static final int MAX_CELL_CHARS = 32_767;

    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final Pattern ESCAPED = Pattern.compile("_x([0-9A-Fa-f]{4})_");

    private BoundedXlsxReader() {}

    /** The rows of the first sheet that hold at least one value, or a {@link Refused} naming what is wrong. */
    public static List<Row> firstSheet(byte[] content, Limits limits) {
        if (content == null || content.length < 4) {
            throw new Refused(Reason.UNREADABLE);
        }
        if ((content[0] & 0xFF) == 0xD0
                && (content[1] & 0xFF) == 0xCF
                && content[2] == 0x11
                && (content[3] & 0xFF) == 0xE0) {
            throw new Refused(Reason.OLD_FORMAT);
        }
        if (content[0] != 'P'
                || content[1] != 'K'
                || content[2] != 3
                || content[3] != 4
                || entryCount(content) > MAX_ENTRIES) {
            throw new Refused(Reason.UNREADABLE);
        }
        Budget budget = new Budget(limits);
        try (ZipFile zip = ZipFile.builder()
                .setSeekableByteChannel(new SeekableInMemoryByteChannel(content))
                .get()) {
            Package pkg = new Package(zip, budget);
            String workbook = pkg.officeDocument();
            Map<String, Relationship> related = pkg.relationships(workbook);
            String sheetId = pkg.firstSheetId(workbook);
            Relationship sheet = related.get(sheetId);
            if (sheet == null) {
                throw new Refused(Reason.UNREADABLE);
            }
            List<String> strings = related.values().stream()
                    .filter(r -> r.type().endsWith("/sharedStrings"))
                    .findFirst()
                    .map(r -> pkg.sharedStrings(r.target(), Math.max(10_000, limits.maxRows() * limits.maxColumns())))
                    .orElse(List.of());
            return pkg.rows(sheet.target(), strings, limits);
        } catch (IOException | RuntimeException e) {
            Refused refused = refusalIn(e);
            throw refused != null ? refused : new Refused(Reason.UNREADABLE);
        }
    }

    /** The number of entries the end of the central directory declares; a ZIP64 archive counts as too many. */
    private static int entryCount(byte[] content) {
        int lowest = Math.max(0, content.length - 22 - 65_535);
        for (int i = content.length - 22; i >= lowest; i--) {
            if (content[i] == 'P' && content[i + 1] == 'K' && content[i + 2] == 5 && content[i + 3] == 6) {
                int total = (content[i + 10] & 0xFF) | (content[i + 11] & 0xFF) << 8;
                return total == 0xFFFF ? Integer.MAX_VALUE : total;
            }
        }
        return Integer.MAX_VALUE;
    }

    private static boolean stoppedWhenDone(Throwable error) {
        for (Throwable t = error; t != null; ) {
            if (t instanceof Stop) {
                return true;
            }
            Throwable next =
                    t instanceof SAXException sax && sax.getException() != null ? sax.getException() : t.getCause();
            t = next == t ? null : next;
        }
        return false;
    }

    private static Refused refusalIn(Throwable error) {
        for (Throwable t = error; t != null; ) {
            if (t instanceof Refused refused) {
                return refused;
            }
            if (t instanceof Stop stop) {
                return stop.refused;
            }
            if (t instanceof Overflow overflow) {
                return overflow.refused;
            }
            Throwable next =
                    t instanceof SAXException sax && sax.getException() != null ? sax.getException() : t.getCause();
            t = next == t ? null : next;
        }
        return null;
    }

    // ------------------------------------------------------------------ the package

    private record Relationship(String type, String target) {}

    /** Unpacks the parts it is asked for, each counted against the budget. */
    private static final class Package {

        private final ZipFile zip;
        private final Budget budget;

        Package(ZipFile zip, Budget budget) {
            this.zip = zip;
            this.budget = budget;
        }

        String officeDocument() throws IOException {
            return relationshipsAt("_rels/.rels", "").values().stream()
                    .filter(r -> r.type().endsWith("/officeDocument"))
                    .map(Relationship::target)
                    .findFirst()
                    .orElse("xl/workbook.xml");
        }

        /** The relationships of a part, by id, with targets resolved to paths inside the package. */
        Map<String, Relationship> relationships(String part) throws IOException {
            int slash = part.lastIndexOf('/');
            String folder = slash < 0 ? "" : part.substring(0, slash + 1);
            return relationshipsAt(folder + "_rels/" + part.substring(slash + 1) + ".rels", folder);
        }

        private Map<String, Relationship> relationshipsAt(String path, String base) throws IOException {
            Map<String, Relationship> found = new HashMap<>();
            if (zip.getEntry(path) == null) {
                return found;
            }
            parse(path, new DefaultHandler() {
                @Override
                public void startElement(String uri, String localName, String qName, Attributes attributes) {
                    if ("Relationship".equals(name(localName, qName))
                            && !"External".equals(attributes.getValue("TargetMode"))) {
                        String id = attributes.getValue("Id");
                        String type = attributes.getValue("Type");
                        String target = attributes.getValue("Target");
                        if (id != null && type != null && target != null) {
                            found.put(id, new Relationship(type, resolve(base, target)));
                        }
                    }
                }
            });
            return found;
        }

        String firstSheetId(String workbook) throws IOException {
            String[] id = new String[1];
            parse(workbook, new DefaultHandler() {
                @Override
                public void startElement(String uri, String localName, String qName, Attributes attributes)
                        throws SAXException {
                    if ("sheet".equals(name(localName, qName))) {
                        for (int i = 0; i < attributes.getLength(); i++) {
                            String attribute = name(attributes.getLocalName(i), attributes.getQName(i));
                            if ("id".equals(attribute)
                                    && (RELATIONSHIPS.equals(attributes.getURI(i))
                                            || attributes.getQName(i).contains(":"))) {
                                id[0] = attributes.getValue(i);
                            }
                        }
                        throw new Stop(null);
                    }
                }
            });
            if (id[0] == null) {
                throw new Refused(Reason.UNREADABLE);
            }
            return id[0];
        }

        List<String> sharedStrings(String path, int maxStrings) {
            List<String> strings = new ArrayList<>();
            try {
                parse(path, new DefaultHandler() {
                    private final StringBuilder text = new StringBuilder();
                    private boolean inString;
                    private boolean inText;
                    private int phonetic;

                    @Override
                    public void startElement(String uri, String localName, String qName, Attributes attributes) {
                        switch (name(localName, qName)) {
                            case "si" -> {
                                inString = true;
                                text.setLength(0);
                            }
                            case "rPh" -> phonetic++;
                            case "t" -> inText = inString && phonetic == 0;
                            default -> {}
                        }
                    }

                    @Override
                    public void endElement(String uri, String localName, String qName) throws SAXException {
                        switch (name(localName, qName)) {
                            case "si" -> {
                                inString = false;
                                if (strings.size() >= maxStrings) {
                                    throw new Stop(new Refused(Reason.TOO_MANY_STRINGS, maxStrings));
                                }
                                strings.add(unescape(text.toString()));
                            }
                            case "rPh" -> phonetic--;
                            case "t" -> inText = false;
                            default -> {}
                        }
                    }

                    @Override
                    public void characters(char[] ch, int start, int length) {
                        if (inText) {
                            append(text, ch, start, length);
                        }
                    }
                });
            } catch (IOException e) {
                Refused refused = refusalIn(e);
                throw refused != null ? refused : new Refused(Reason.UNREADABLE);
            }
            return strings;
        }

        List<Row> rows(String path, List<String> strings, Limits limits) throws IOException {
            SheetHandler handler = new SheetHandler(strings, limits);
            parse(path, handler);
            return handler.rows;
        }

        private void parse(String path, DefaultHandler handler) throws IOException {
            ZipArchiveEntry entry = zip.getEntry(path);
            if (entry == null
                    || entry.getMethod() != ZipArchiveEntry.STORED && entry.getMethod() != ZipArchiveEntry.DEFLATED) {
                throw new Refused(Reason.UNREADABLE);
            }
            try (InputStream in = budget.count(zip.getInputStream(entry), entry.getCompressedSize())) {
                XMLReader reader = XMLHelper.newXMLReader();
                reader.setContentHandler(handler);
                reader.parse(new InputSource(in));
            } catch (SAXException e) {
                Refused refused = refusalIn(e);
                if (refused != null) {
                    throw refused;
                }
                if (!stoppedWhenDone(e)) {
                    throw new Refused(Reason.UNREADABLE);
                }
            } catch (ParserConfigurationException e) {
                throw new IllegalStateException(e);
            }
        }

        private static String resolve(String base, String target) {
            try {
                String path = URI.create("/" + base)
                        .resolve(target.replace(" ", "%20"))
                        .getPath();
                return path.startsWith("/") ? path.substring(1) : path;
            } catch (IllegalArgumentException e) {
                throw new Refused(Reason.UNREADABLE);
            }
        }
    }

    // ------------------------------------------------------------------ the first sheet

    /** Collects rows as they stream by, and stops at the first row over the limit. */
    private static final class SheetHandler extends DefaultHandler {

        /** Not shared between threads: a formatter keeps a cache of formats. */
        private final DataFormatter general = new DataFormatter(Locale.ROOT);

        final List<Row> rows = new ArrayList<>();
        private final List<String> strings;
        private final Limits limits;
        private final StringBuilder value = new StringBuilder();
        private List<Cell> cells;
        private int rowNumber;
        private int column;
        private String type;
        private boolean collecting;
        private boolean skipping;
        private int phonetic;

        SheetHandler(List<String> strings, Limits limits) {
            this.strings = strings;
            this.limits = limits;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes)
                throws SAXException {
            switch (name(localName, qName)) {
                case "row" -> {
                    String r = attributes.getValue("r");
                    rowNumber = r == null ? rowNumber + 1 : number(r);
                    cells = new ArrayList<>();
                    column = -1;
                }
                case "c" -> {
                    String r = attributes.getValue("r");
                    column = r == null ? column + 1 : column(r);
                    type = attributes.getValue("t");
                    skipping = cells == null || column < 0 || column >= limits.maxColumns();
                    value.setLength(0);
                }
                case "v" -> collecting = !skipping && !"inlineStr".equals(type);
                case "rPh" -> phonetic++;
                case "t" -> collecting = !skipping && "inlineStr".equals(type) && phonetic == 0;
                default -> {}
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            switch (name(localName, qName)) {
                case "v", "t" -> collecting = false;
                case "rPh" -> phonetic--;
                case "c" -> {
                    if (!skipping) {
                        Cell cell = cell(value.toString());
                        while (cells.size() < column) {
                            cells.add(Cell.EMPTY);
                        }
                        if (cells.size() == column) {
                            cells.add(cell);
                        } else {
                            cells.set(column, cell);
                        }
                    }
                    skipping = false;
                }
                case "row" -> {
                    if (cells.stream().anyMatch(c -> !c.isBlank())) {
                        if (rows.size() >= limits.maxRows()) {
                            throw new Stop(new Refused(Reason.TOO_MANY_ROWS, limits.maxRows()));
                        }
                        rows.add(new Row(rowNumber, List.copyOf(cells)));
                    }
                    cells = null;
                }
                case "sheetData" -> throw new Stop(null);
                default -> {}
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (collecting) {
                append(value, ch, start, length);
            }
        }

        private Cell cell(String raw) throws SAXException {
            String kind = type == null ? "n" : type;
            switch (kind) {
                case "s" -> {
                    int index = number(raw.trim());
                    if (index >= strings.size()) {
                        throw new Stop(new Refused(Reason.UNREADABLE));
                    }
                    return new Cell(strings.get(index), null);
                }
                case "inlineStr", "str" -> {
                    return new Cell(unescape(raw), null);
                }
                case "b" -> {
                    return new Cell("1".equals(raw.trim()) ? "TRUE" : raw.isBlank() ? "" : "FALSE", null);
                }
                case "n" -> {
                    if (raw.isBlank()) {
                        return Cell.EMPTY;
                    }
                    try {
                        double number = Double.parseDouble(raw.trim());
                        if (!Double.isFinite(number)) {
                            return new Cell(raw.trim(), null);
                        }
                        return new Cell(
                                general.formatRawCellContents(number, 0, "General"),
                                new BigDecimal(String.valueOf(number)).stripTrailingZeros());
                    } catch (NumberFormatException e) {
                        throw new Stop(new Refused(Reason.UNREADABLE));
                    }
                }
                default -> {
                    return new Cell(raw, null);
                }
            }
        }

        private static int number(String text) throws SAXException {
            try {
                return Integer.parseInt(text);
            } catch (NumberFormatException e) {
                throw new Stop(new Refused(Reason.UNREADABLE));
            }
        }

        /** The column of a reference such as {@code AB12}, from 0; a reference past Excel's last column gives -1. */
        private static int column(String reference) {
            int column = 0;
            int letters = 0;
            for (int i = 0; i < reference.length() && Character.isLetter(reference.charAt(i)); i++) {
                if (++letters > 3) {
                    return -1;
                }
                column = column * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
            }
            return column - 1;
        }
    }

    // ------------------------------------------------------------------ helpers

    private static String name(String localName, String qName) {
        if (localName != null && !localName.isEmpty()) {
            return localName;
        }
        int colon = qName.indexOf(':');
        return colon < 0 ? qName : qName.substring(colon + 1);
    }

    /** Text beyond Excel's own limit for a cell is dropped: a real file never has it, a hostile one gains nothing. */
    private static void append(StringBuilder text, char[] ch, int start, int length) {
        int room = MAX_CELL_CHARS - text.length();
        if (room > 0) {
            text.append(ch, start, Math.min(length, room));
        }
    }

    /** Excel writes characters XML cannot hold as {@code _xHHHH_}. */
    private static String unescape(String text) {
        if (text.indexOf("_x") < 0) {
            return text;
        }
        Matcher matcher = ESCAPED.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(
                    out, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(matcher.group(1), 16))));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** The bytes unpacked so far, across every part read. */
    private static final class Budget {

        private final Limits limits;
        private long used;

        Budget(Limits limits) {
            this.limits = limits;
        }

        InputStream count(InputStream in, long packed) {
            return new FilterInputStream(in) {
                private long unpacked;

                @Override
                public int read() throws IOException {
                    int b = super.read();
                    if (b >= 0) {
                        add(1);
                    }
                    return b;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int n = super.read(buffer, offset, length);
                    if (n > 0) {
                        add(n);
                    }
                    return n;
                }

                private void add(int n) throws Overflow {
                    unpacked += n;
                    used += n;
                    if (used > limits.maxUnpackedBytes()) {
                        throw new Overflow(new Refused(Reason.TOO_LARGE, limits.maxUnpackedMegabytes()));
                    }
                    if (unpacked > RATIO_FLOOR && unpacked > Math.max(packed, 1) * MAX_RATIO) {
                        throw new Overflow(new Refused(Reason.COMPRESSED, MAX_RATIO));
                    }
                }
            };
        }
    }

    /** Ends a parse from inside a SAX handler, with a refusal or (null) because everything needed was read. */
    private static final class Stop extends SAXException {

        final transient Refused refused;

        Stop(Refused refused) {
            super(refused == null ? "done" : refused.getMessage());
            this.refused = refused;
        }
    }

    /** Ends a parse from inside the unpacking stream. */
    private static final class Overflow extends IOException {

        final transient Refused refused;

        Overflow(Refused refused) {
            super(refused.getMessage());
            this.refused = refused;
        }
    }
}
