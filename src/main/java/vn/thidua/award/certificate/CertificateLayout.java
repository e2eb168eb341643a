package vn.thidua.award.certificate;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.thidua.award.type.FieldProblem;
import vn.thidua.common.TextInput;

/**
 * How an organiser prints the certificates of one award type (or of every type without a layout of its own): the
 * paper, the mode and each field's box in millimetres. Boxes stay inside the page, fonts between 6 and 48 pt.
 */
@Entity
@Table(name = "certificate_layout")
public class CertificateLayout {

    public static final int FONT_MIN = 6;
    public static final int FONT_MAX = 48;
    public static final int BOX_MIN_MM = 3;
    public static final int PLACE_MAX = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organizer_id", nullable = false)
    private Long organizerId;

    @Column(name = "award_type_id")
    private Long awardTypeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Paper paper;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PrintMode mode;

    @Column(nullable = false, length = PLACE_MAX)
    private String place;

    @Version
    private Long version;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @ElementCollection
    @CollectionTable(name = "certificate_layout_field", joinColumns = @JoinColumn(name = "layout_id"))
    private Set<FieldBox> boxes = new java.util.HashSet<>();

    protected CertificateLayout() {}

    /** A layout not saved: the built-in one, until the organiser saves its own. */
    static CertificateLayout unsaved(
            long organizerId, Long awardTypeId, Paper paper, PrintMode mode, List<FieldBox> boxes) {
        CertificateLayout layout = new CertificateLayout();
        layout.organizerId = organizerId;
        layout.awardTypeId = awardTypeId;
        layout.paper = paper;
        layout.mode = mode;
        layout.place = "";
        layout.boxes.addAll(boxes);
        return layout;
    }

    /** The unsaved layout with the place of the layout it was taken from. */
    CertificateLayout withPlace(String place) {
        this.place = place == null ? "" : place;
        return this;
    }

    static CertificateLayout create(long organizerId, Long awardTypeId, LayoutCommand command, String by, Instant at) {
        CertificateLayout layout = new CertificateLayout();
        layout.organizerId = organizerId;
        layout.awardTypeId = awardTypeId;
        layout.apply(command, by, at);
        return layout;
    }

    /** Takes the entered values; refuses them all at once when any breaks a rule. */
    void apply(LayoutCommand command, String by, Instant at) {
        List<FieldProblem> problems = problems(command);
        if (!problems.isEmpty()) {
            throw new LayoutInvalid(problems);
        }
        this.paper = command.paper();
        this.mode = command.mode();
        this.place = command.place() == null ? "" : command.place().strip();
        this.boxes.clear();
        for (LayoutCommand.Line line : command.lines()) {
            boxes.add(new FieldBox(
                    line.field(),
                    tenth(line.x()),
                    tenth(line.y()),
                    tenth(line.width()),
                    tenth(line.height()),
                    tenth(line.fontSize()),
                    line.bold(),
                    line.align(),
                    line.visible()));
        }
        this.updatedBy = by;
        this.updatedAt = at;
    }

    private static BigDecimal tenth(BigDecimal value) {
        return value.setScale(1, RoundingMode.HALF_UP);
    }

    /**
     * Every problem of the entered values, each named by its form field ({@code paper}, {@code lines[3].width}): a
     * box outside the page, too small, a font outside 6–48 pt, a QR code too small to scan, a field twice or missing.
     */
    public static List<FieldProblem> problems(LayoutCommand command) {
        List<FieldProblem> problems = new ArrayList<>();
        if (command.paper() == null) {
            problems.add(FieldProblem.of("paper", "certificate.layout.required"));
        }
        if (command.mode() == null) {
            problems.add(FieldProblem.of("mode", "certificate.layout.required"));
        }
        String placeProblem = TextInput.problem(command.place(), PLACE_MAX, false);
        if (placeProblem != null) {
            problems.add(FieldProblem.of(
                    "place", placeProblem, PLACE_MAX, command.place().strip().length()));
        }
        Paper paper = command.paper() == null ? Paper.A3 : command.paper();
        BigDecimal pageWidth = BigDecimal.valueOf(paper.widthMm());
        BigDecimal pageHeight = BigDecimal.valueOf(paper.heightMm());
        Set<CertificateField> seen = EnumSet.noneOf(CertificateField.class);
        for (int i = 0; i < command.lines().size(); i++) {
            LayoutCommand.Line line = command.lines().get(i);
            String prefix = "lines[" + i + "].";
            if (line.field() == null || !seen.add(line.field())) {
                problems.add(FieldProblem.of(prefix + "field", "certificate.layout.field.invalid"));
                continue;
            }
            position(problems, prefix + "x", line.x(), pageWidth);
            position(problems, prefix + "y", line.y(), pageHeight);
            size(problems, prefix + "width", line.x(), line.width(), pageWidth);
            size(problems, prefix + "height", line.y(), line.height(), pageHeight);
            if (line.fontSize() == null) {
                problems.add(FieldProblem.of(prefix + "fontSize", "certificate.layout.required"));
            } else if (line.fontSize().compareTo(BigDecimal.valueOf(FONT_MIN)) < 0
                    || line.fontSize().compareTo(BigDecimal.valueOf(FONT_MAX)) > 0) {
                problems.add(FieldProblem.of(prefix + "fontSize", "certificate.layout.font.range", FONT_MIN, FONT_MAX));
            }
            if (line.align() == null) {
                problems.add(FieldProblem.of(prefix + "align", "certificate.layout.required"));
            }
            if (line.field() == CertificateField.QR_CODE) {
                BigDecimal min = BigDecimal.valueOf(CertificateField.QR_MIN_MM);
                if (line.width() != null && line.width().compareTo(min) < 0) {
                    problems.add(
                            FieldProblem.of(prefix + "width", "certificate.layout.qr.min", CertificateField.QR_MIN_MM));
                }
                if (line.height() != null && line.height().compareTo(min) < 0) {
                    problems.add(FieldProblem.of(
                            prefix + "height", "certificate.layout.qr.min", CertificateField.QR_MIN_MM));
                }
            }
        }
        if (seen.size() != CertificateField.values().length && problems.isEmpty()) {
            problems.add(FieldProblem.of("lines", "certificate.layout.field.missing"));
        }
        return problems;
    }

    private static void position(List<FieldProblem> problems, String field, BigDecimal value, BigDecimal max) {
        if (value == null) {
            problems.add(FieldProblem.of(field, "certificate.layout.required"));
        } else if (value.signum() < 0 || value.compareTo(max) >= 0) {
            problems.add(FieldProblem.of(field, "certificate.layout.position.range", max.intValue()));
        }
    }

    private static void size(
            List<FieldProblem> problems, String field, BigDecimal start, BigDecimal value, BigDecimal max) {
        if (value == null) {
            problems.add(FieldProblem.of(field, "certificate.layout.required"));
        } else if (value.compareTo(BigDecimal.valueOf(BOX_MIN_MM)) < 0) {
            problems.add(FieldProblem.of(field, "certificate.layout.size.min", BOX_MIN_MM));
        } else if (start != null
                && start.signum() >= 0
                && start.compareTo(max) < 0
                && start.add(value).compareTo(max) > 0) {
            problems.add(FieldProblem.of(
                    field,
                    "certificate.layout.outside",
                    max.intValue(),
                    max.subtract(start).stripTrailingZeros().toPlainString()));
        } else if (value.compareTo(max) > 0) {
            problems.add(FieldProblem.of(field, "certificate.layout.outside", max.intValue(), max.toPlainString()));
        }
    }

    /** The boxes by field, in the order of the fields. */
    public Map<CertificateField, FieldBox> boxesByField() {
        Map<CertificateField, FieldBox> byField = new LinkedHashMap<>();
        boxes.stream().sorted(Comparator.comparing(FieldBox::getField)).forEach(b -> byField.put(b.getField(), b));
        return byField;
    }

    /** The boxes as they fall on another paper (the positions and font sizes grow or shrink with the page). */
    public List<FieldBox> boxesOn(Paper target) {
        double factor = (double) target.widthMm() / paper.widthMm();
        return boxesByField().values().stream()
                .map(b -> target == paper ? b : b.scaled(factor))
                .toList();
    }

    /** What the audit trail records: the paper, the mode, the place and every box in a line. */
    Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("paper", paper);
        state.put("mode", mode);
        state.put("place", place);
        state.put(
                "boxes",
                String.join(
                        "; ",
                        boxesByField().values().stream().map(FieldBox::toString).toList()));
        return state;
    }

    public boolean isSaved() {
        return id != null;
    }

    public Long getId() {
        return id;
    }

    public Long getOrganizerId() {
        return organizerId;
    }

    public Long getAwardTypeId() {
        return awardTypeId;
    }

    public Paper getPaper() {
        return paper;
    }

    public PrintMode getMode() {
        return mode;
    }

    public String getPlace() {
        return place;
    }

    public Long getVersion() {
        return version;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
