package vn.thidua.award.type;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import vn.thidua.common.DomainException;

/**
 * An award type of one organiser (danh hiệu thi đua, hình thức khen thưởng) with its rules as data: the share of the
 * vote a candidate needs and the quorum, how many candidates one ballot may choose, the quotas, the prerequisites and
 * the documents its dossier requires.
 */
@Entity
@Table(name = "award_type")
public class AwardType {

    public static final int CODE_MAX = 30;
    public static final int NAME_MAX = 255;
    public static final int LEGAL_SOURCE_MAX = 500;
    public static final int CHOICES_MAX = 100;
    public static final int QUOTA_MAX = 1000;
    public static final int YEARS_MAX = 10;
    public static final int SORT_ORDER_MAX = 9999;
    /** At most this many prerequisites, and this many required documents, per type. */
    public static final int LINES_MAX = 20;

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9._-]+");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organizer_id", nullable = false)
    private Long organizerId;

    @Column(nullable = false, length = CODE_MAX)
    private String code;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AwardCategory category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AwardLevel level;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AwardRecipient recipient;

    @Enumerated(EnumType.STRING)
    @Column(name = "vote_base", nullable = false)
    private VoteBase voteBase;

    @Column(name = "vote_share_percent", nullable = false)
    private BigDecimal voteSharePercent;

    @Column(name = "vote_share_strict", nullable = false)
    private boolean voteShareStrict;

    @Column(name = "quorum_percent", nullable = false)
    private BigDecimal quorumPercent = BigDecimal.ZERO;

    private Integer choices;

    @Column(name = "max_per_cluster_year")
    private Integer maxPerClusterYear;

    @Column(name = "max_member_percent")
    private BigDecimal maxMemberPercent;

    @Column(name = "max_leader_percent")
    private BigDecimal maxLeaderPercent;

    @Column(name = "legal_source", length = LEGAL_SOURCE_MAX)
    private String legalSource;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false)
    private boolean active = true;

    @OneToMany(mappedBy = "awardType", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder, id")
    private List<Prerequisite> prerequisites = new ArrayList<>();

    @OneToMany(mappedBy = "awardType", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder, id")
    private List<RequiredDocument> documents = new ArrayList<>();

    @OneToMany(mappedBy = "awardType", cascade = CascadeType.ALL)
    @OrderBy("occurredAt, id")
    private List<AwardTypeStatusChange> history = new ArrayList<>();

    @Version
    private long version;

    protected AwardType() {}

    /** A new, active type of the organiser with what the administrator entered; refused when a rule is broken. */
    public static AwardType create(long organizerId, AwardTypeCommand command, String actor, Instant at) {
        AwardType type = new AwardType(
                organizerId, command.code(), command.name(), command.category(), command.level(), command.recipient());
        type.apply(command);
        type.history.add(new AwardTypeStatusChange(type, null, AwardTypeStatus.ACTIVE, actor, at, null));
        return type;
    }

    /**
     * Every rule the entered values break, each beside its field: required choices, lengths, percentages within
     * 0–100 with at most two decimals, quotas within 1–1000, years within 1–10, and a prerequisite naming another type
     * where its kind needs one (and only then). Whether that other type is the organiser's is the service's check.
     */
    public static List<FieldProblem> problems(AwardTypeCommand c) {
        List<FieldProblem> problems = new ArrayList<>();
        if (isBlank(c.code())) {
            problems.add(FieldProblem.of("code", "award.type.code.required"));
        } else if (c.code().strip().length() > CODE_MAX) {
            problems.add(FieldProblem.of("code", "award.type.code.size", CODE_MAX));
        } else if (!CODE.matcher(c.code().strip()).matches()) {
            problems.add(FieldProblem.of("code", "award.type.code.pattern"));
        }
        if (isBlank(c.name())) {
            problems.add(FieldProblem.of("name", "award.type.name.required"));
        } else if (c.name().strip().length() > NAME_MAX) {
            problems.add(FieldProblem.of("name", "award.type.name.size", NAME_MAX));
        }
        required(problems, "category", c.category());
        required(problems, "level", c.level());
        required(problems, "recipient", c.recipient());
        required(problems, "voteBase", c.voteBase());
        if (c.voteSharePercent() == null) {
            problems.add(FieldProblem.of("voteSharePercent", "award.type.required"));
        } else {
            percent(problems, "voteSharePercent", c.voteSharePercent(), false);
        }
        if (c.quorumPercent() != null) {
            percent(problems, "quorumPercent", c.quorumPercent(), true);
        }
        whole(problems, "choices", c.choices(), 1, CHOICES_MAX);
        whole(problems, "maxPerClusterYear", c.maxPerClusterYear(), 1, QUOTA_MAX);
        if (c.maxMemberPercent() != null) {
            percent(problems, "maxMemberPercent", c.maxMemberPercent(), false);
        }
        if (c.maxLeaderPercent() != null) {
            percent(problems, "maxLeaderPercent", c.maxLeaderPercent(), false);
        }
        if (c.legalSource() != null && c.legalSource().strip().length() > LEGAL_SOURCE_MAX) {
            problems.add(FieldProblem.of("legalSource", "award.type.legalSource.size", LEGAL_SOURCE_MAX));
        }
        whole(problems, "sortOrder", c.sortOrder(), 0, SORT_ORDER_MAX);
        if (c.prerequisites().size() > LINES_MAX) {
            problems.add(FieldProblem.of("prerequisites", "award.type.lines.tooMany", LINES_MAX));
        }
        for (int i = 0; i < c.prerequisites().size(); i++) {
            AwardTypeCommand.PrerequisiteLine line = c.prerequisites().get(i);
            String at = "prerequisites[" + i + "].";
            if (line.kind() == null) {
                problems.add(FieldProblem.of(at + "kind", "award.type.prerequisite.kind.required"));
                continue;
            }
            if (namesOtherType(line.kind()) && line.otherTypeId() == null) {
                problems.add(FieldProblem.of(at + "otherTypeId", "award.type.prerequisite.other.required"));
            }
            if (line.kind() == PrerequisiteKind.CONSECUTIVE_YEARS) {
                if (line.years() == null) {
                    problems.add(FieldProblem.of(at + "years", "award.type.prerequisite.years.required"));
                } else {
                    whole(problems, at + "years", line.years(), 1, YEARS_MAX);
                }
            }
        }
        if (c.documents().size() > LINES_MAX) {
            problems.add(FieldProblem.of("documents", "award.type.lines.tooMany", LINES_MAX));
        }
        for (int i = 0; i < c.documents().size(); i++) {
            AwardTypeCommand.DocumentLine line = c.documents().get(i);
            String at = "documents[" + i + "].";
            required(problems, at + "kind", line.kind());
            if (isBlank(line.name())) {
                problems.add(FieldProblem.of(at + "name", "award.type.document.name.required"));
            } else if (line.name().strip().length() > RequiredDocument.NAME_MAX) {
                problems.add(FieldProblem.of(at + "name", "award.type.document.name.size", RequiredDocument.NAME_MAX));
            }
        }
        return problems;
    }

    /** Whether a prerequisite of this kind names another award type. */
    public static boolean namesOtherType(PrerequisiteKind kind) {
        return kind == PrerequisiteKind.OTHER_AWARD_THIS_YEAR || kind == PrerequisiteKind.CONSECUTIVE_YEARS;
    }

    /**
     * Takes what the administrator entered, when it breaks no rule; a prerequisite naming this very type is refused.
     * The prerequisites and documents are replaced by the entered lists.
     */
    public void apply(AwardTypeCommand c) {
        List<FieldProblem> problems = new ArrayList<>(problems(c));
        for (int i = 0; i < c.prerequisites().size(); i++) {
            Long other = c.prerequisites().get(i).otherTypeId();
            if (id != null && other != null && other.equals(id)) {
                problems.add(FieldProblem.of("prerequisites[" + i + "].otherTypeId", "award.type.prerequisite.self"));
            }
        }
        if (!problems.isEmpty()) {
            throw new AwardTypeInvalid(problems);
        }
        this.code = c.code().strip();
        this.name = c.name().strip();
        this.category = c.category();
        this.level = c.level();
        this.recipient = c.recipient();
        this.voteBase = c.voteBase();
        this.voteSharePercent = c.voteSharePercent();
        this.voteShareStrict = c.voteShareStrict();
        this.quorumPercent = c.quorumPercent() == null ? BigDecimal.ZERO : c.quorumPercent();
        this.choices = c.choices();
        this.maxPerClusterYear = c.maxPerClusterYear();
        this.maxMemberPercent = c.maxMemberPercent();
        this.maxLeaderPercent = c.maxLeaderPercent();
        this.legalSource = isBlank(c.legalSource()) ? null : c.legalSource().strip();
        this.sortOrder = c.sortOrder();
        prerequisites.clear();
        int order = 0;
        for (AwardTypeCommand.PrerequisiteLine line : c.prerequisites()) {
            boolean named = namesOtherType(line.kind());
            prerequisites.add(new Prerequisite(
                    this,
                    line.kind(),
                    named ? line.otherTypeId() : null,
                    line.kind() == PrerequisiteKind.CONSECUTIVE_YEARS ? line.years() : null,
                    order++));
        }
        documents.clear();
        order = 0;
        for (AwardTypeCommand.DocumentLine line : c.documents()) {
            documents.add(new RequiredDocument(this, line.kind(), line.name().strip(), line.perItem(), order++));
        }
    }

    /** Takes the type out of use: it stays, with everything that used it, but nothing new may choose it. */
    public void deactivate(String actor, Instant at, String reason) {
        if (!active) {
            throw new DomainException("award.type.alreadyInactive");
        }
        active = false;
        history.add(
                new AwardTypeStatusChange(this, AwardTypeStatus.ACTIVE, AwardTypeStatus.INACTIVE, actor, at, reason));
    }

    /** Puts a deactivated type back in use. */
    public void reactivate(String actor, Instant at, String reason) {
        if (active) {
            throw new DomainException("award.type.alreadyActive");
        }
        active = true;
        history.add(
                new AwardTypeStatusChange(this, AwardTypeStatus.INACTIVE, AwardTypeStatus.ACTIVE, actor, at, reason));
    }

    public AwardTypeStatus getStatus() {
        return active ? AwardTypeStatus.ACTIVE : AwardTypeStatus.INACTIVE;
    }

    public List<AwardTypeStatusChange> getHistory() {
        return List.copyOf(history);
    }

    /** The recorded values, for the audit trail; the service adds the prerequisites and documents in words. */
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("code", code);
        state.put("name", name);
        state.put("category", category);
        state.put("level", level);
        state.put("recipient", recipient);
        state.put("voteBase", voteBase);
        state.put("voteSharePercent", voteSharePercent);
        state.put("voteShareStrict", voteShareStrict);
        state.put("quorumPercent", quorumPercent);
        state.put("choices", choices);
        state.put("maxPerClusterYear", maxPerClusterYear);
        state.put("maxMemberPercent", maxMemberPercent);
        state.put("maxLeaderPercent", maxLeaderPercent);
        state.put("legalSource", legalSource);
        state.put("active", active);
        return state;
    }

    private static void required(List<FieldProblem> problems, String field, Object value) {
        if (value == null) {
            problems.add(FieldProblem.of(field, "award.type.required"));
        }
    }

    private static void percent(List<FieldProblem> problems, String field, BigDecimal value, boolean zeroAllowed) {
        boolean inRange = (zeroAllowed ? value.signum() >= 0 : value.signum() > 0) && value.compareTo(HUNDRED) <= 0;
        if (!inRange) {
            problems.add(
                    FieldProblem.of(field, zeroAllowed ? "award.type.percent.rangeZero" : "award.type.percent.range"));
        } else if (value.stripTrailingZeros().scale() > 2) {
            problems.add(FieldProblem.of(field, "award.type.percent.scale"));
        }
    }

    private static void whole(List<FieldProblem> problems, String field, Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) {
            problems.add(FieldProblem.of(field, "award.type.whole.range", min, max));
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    public AwardType(
            long organizerId,
            String code,
            String name,
            AwardCategory category,
            AwardLevel level,
            AwardRecipient recipient) {
        this.organizerId = organizerId;
        this.code = code;
        this.name = name;
        this.category = category;
        this.level = level;
        this.recipient = recipient;
        this.voteBase = VoteBase.MEMBERS;
        this.voteSharePercent = new BigDecimal("50");
        this.voteShareStrict = true;
    }

    /** Whether {@code votesFor} out of {@code base} reaches the share the type needs ("more than" or "at least"). */
    public boolean shareReached(int votesFor, int base) {
        if (base <= 0) {
            return false;
        }
        // votesFor / base compared with percent / 100, in whole numbers: votesFor * 100 against percent * base.
        BigDecimal left = BigDecimal.valueOf(votesFor).multiply(BigDecimal.valueOf(100));
        BigDecimal right = voteSharePercent.multiply(BigDecimal.valueOf(base));
        int compared = left.compareTo(right);
        return voteShareStrict ? compared > 0 : compared >= 0;
    }

    /** Whether {@code returned} ballots out of {@code members} meet the quorum. */
    public boolean quorumMet(int returned, int members) {
        if (quorumPercent.signum() == 0) {
            return true;
        }
        return BigDecimal.valueOf(returned)
                        .multiply(BigDecimal.valueOf(100))
                        .compareTo(quorumPercent.multiply(BigDecimal.valueOf(members)))
                >= 0;
    }

    public Long getId() {
        return id;
    }

    public Long getOrganizerId() {
        return organizerId;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public AwardCategory getCategory() {
        return category;
    }

    public AwardLevel getLevel() {
        return level;
    }

    public AwardRecipient getRecipient() {
        return recipient;
    }

    public VoteBase getVoteBase() {
        return voteBase;
    }

    public BigDecimal getVoteSharePercent() {
        return voteSharePercent;
    }

    public boolean isVoteShareStrict() {
        return voteShareStrict;
    }

    public BigDecimal getQuorumPercent() {
        return quorumPercent;
    }

    public Integer getChoices() {
        return choices;
    }

    public Integer getMaxPerClusterYear() {
        return maxPerClusterYear;
    }

    public BigDecimal getMaxMemberPercent() {
        return maxMemberPercent;
    }

    public BigDecimal getMaxLeaderPercent() {
        return maxLeaderPercent;
    }

    public String getLegalSource() {
        return legalSource;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public boolean isActive() {
        return active;
    }

    public List<Prerequisite> getPrerequisites() {
        return List.copyOf(prerequisites);
    }

    public List<RequiredDocument> getDocuments() {
        return List.copyOf(documents);
    }

    public long getVersion() {
        return version;
    }
}
