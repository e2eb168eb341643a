package vn.thidua.award.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import vn.thidua.award.type.AwardCategory;
import vn.thidua.award.type.AwardLevel;
import vn.thidua.award.type.AwardRecipient;
import vn.thidua.award.type.AwardType;
import vn.thidua.award.type.AwardTypeCommand;
import vn.thidua.award.type.DocumentKind;
import vn.thidua.award.type.PrerequisiteKind;
import vn.thidua.award.type.VoteBase;
import vn.thidua.common.PlainText;

/**
 * What the award type form binds. Prerequisites and documents are rows; the page offers a few empty rows, and rows
 * left empty are dropped before the rules are checked, so that each problem stays beside its row.
 */
public class AwardTypeForm {

    /** Empty rows the form offers for new prerequisites and documents. */
    static final int SPARE_ROWS = 3;

    @PlainText
    @Size(max = AwardType.CODE_MAX, message = "{award.type.code.size}")
    private String code;

    @PlainText
    @Size(max = AwardType.NAME_MAX, message = "{award.type.name.size}")
    private String name;

    private AwardCategory category;
    private AwardLevel level;
    private AwardRecipient recipient;
    private VoteBase voteBase = VoteBase.MEMBERS;
    private BigDecimal voteSharePercent = new BigDecimal("50");
    private boolean voteShareStrict = true;
    private BigDecimal quorumPercent;
    private Integer choices;
    private Integer maxPerClusterYear;
    private BigDecimal maxMemberPercent;
    private BigDecimal maxLeaderPercent;

    @PlainText(multiLine = true)
    @Size(max = AwardType.LEGAL_SOURCE_MAX, message = "{award.type.legalSource.size}")
    private String legalSource;

    private Integer sortOrder = 0;

    @Valid
    private List<PrerequisiteRow> prerequisites = new ArrayList<>();

    @Valid
    private List<DocumentRow> documents = new ArrayList<>();

    private Long version;

    static AwardTypeForm blank() {
        AwardTypeForm form = new AwardTypeForm();
        form.withSpareRows();
        return form;
    }

    static AwardTypeForm of(AwardType type) {
        AwardTypeForm form = new AwardTypeForm();
        form.code = type.getCode();
        form.name = type.getName();
        form.category = type.getCategory();
        form.level = type.getLevel();
        form.recipient = type.getRecipient();
        form.voteBase = type.getVoteBase();
        form.voteSharePercent = type.getVoteSharePercent();
        form.voteShareStrict = type.isVoteShareStrict();
        form.quorumPercent = type.getQuorumPercent().signum() == 0 ? null : type.getQuorumPercent();
        form.choices = type.getChoices();
        form.maxPerClusterYear = type.getMaxPerClusterYear();
        form.maxMemberPercent = type.getMaxMemberPercent();
        form.maxLeaderPercent = type.getMaxLeaderPercent();
        form.legalSource = type.getLegalSource();
        form.sortOrder = type.getSortOrder();
        type.getPrerequisites().forEach(p -> {
            PrerequisiteRow row = new PrerequisiteRow();
            row.kind = p.getKind();
            row.otherTypeId = p.getOtherTypeId();
            row.years = p.getYears();
            form.prerequisites.add(row);
        });
        type.getDocuments().forEach(d -> {
            DocumentRow row = new DocumentRow();
            row.kind = d.getKind();
            row.name = d.getName();
            row.perItem = d.isPerItem();
            form.documents.add(row);
        });
        form.version = type.getVersion();
        form.withSpareRows();
        return form;
    }

    /**
     * The form's name of a field a rule names in the command: the command holds only the rows that are not empty, so
     * its n-th prerequisite (or document) is the form's n-th non-empty row.
     */
    String formField(String commandField) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(prerequisites|documents)\\[(\\d+)](.*)$")
                .matcher(commandField);
        if (!m.matches()) {
            return commandField;
        }
        List<?> rows = m.group(1).equals("prerequisites") ? prerequisites : documents;
        int wanted = Integer.parseInt(m.group(2));
        int seen = -1;
        for (int i = 0; i < rows.size(); i++) {
            if (!isEmptyRow(rows.get(i)) && ++seen == wanted) {
                return m.group(1) + "[" + i + "]" + m.group(3);
            }
        }
        return m.group(1);
    }

    private static boolean isEmptyRow(Object row) {
        return row == null
                || (row instanceof PrerequisiteRow p && p.isEmpty())
                || (row instanceof DocumentRow d && d.isEmpty());
    }

    /** Adds the empty rows the page offers. */
    void withSpareRows() {
        for (int i = 0; i < SPARE_ROWS; i++) {
            prerequisites.add(new PrerequisiteRow());
            documents.add(new DocumentRow());
        }
    }

    AwardTypeCommand toCommand() {
        return new AwardTypeCommand(
                code,
                name,
                category,
                level,
                recipient,
                voteBase,
                voteSharePercent,
                voteShareStrict,
                quorumPercent,
                choices,
                maxPerClusterYear,
                maxMemberPercent,
                maxLeaderPercent,
                legalSource,
                sortOrder == null ? 0 : sortOrder,
                prerequisites.stream()
                        .filter(r -> !isEmptyRow(r))
                        .map(r -> new AwardTypeCommand.PrerequisiteLine(r.kind, r.otherTypeId, r.years))
                        .toList(),
                documents.stream()
                        .filter(r -> !isEmptyRow(r))
                        .map(r -> new AwardTypeCommand.DocumentLine(r.kind, r.name, r.perItem))
                        .toList());
    }

    /** One prerequisite row. */
    public static class PrerequisiteRow {
        private PrerequisiteKind kind;
        private Long otherTypeId;
        private Integer years;

        boolean isEmpty() {
            return kind == null && otherTypeId == null && years == null;
        }

        public PrerequisiteKind getKind() {
            return kind;
        }

        public void setKind(PrerequisiteKind kind) {
            this.kind = kind;
        }

        public Long getOtherTypeId() {
            return otherTypeId;
        }

        public void setOtherTypeId(Long otherTypeId) {
            this.otherTypeId = otherTypeId;
        }

        public Integer getYears() {
            return years;
        }

        public void setYears(Integer years) {
            this.years = years;
        }
    }

    /** One required document row. */
    public static class DocumentRow {
        private DocumentKind kind;

        @PlainText
        @Size(max = 255, message = "{award.type.document.name.size}")
        private String name;

        private boolean perItem;

        boolean isEmpty() {
            return kind == null && (name == null || name.isBlank());
        }

        public DocumentKind getKind() {
            return kind;
        }

        public void setKind(DocumentKind kind) {
            this.kind = kind;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public boolean isPerItem() {
            return perItem;
        }

        public void setPerItem(boolean perItem) {
            this.perItem = perItem;
        }
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public AwardCategory getCategory() {
        return category;
    }

    public void setCategory(AwardCategory category) {
        this.category = category;
    }

    public AwardLevel getLevel() {
        return level;
    }

    public void setLevel(AwardLevel level) {
        this.level = level;
    }

    public AwardRecipient getRecipient() {
        return recipient;
    }

    public void setRecipient(AwardRecipient recipient) {
        this.recipient = recipient;
    }

    public VoteBase getVoteBase() {
        return voteBase;
    }

    public void setVoteBase(VoteBase voteBase) {
        this.voteBase = voteBase;
    }

    public BigDecimal getVoteSharePercent() {
        return voteSharePercent;
    }

    public void setVoteSharePercent(BigDecimal voteSharePercent) {
        this.voteSharePercent = voteSharePercent;
    }

    public boolean isVoteShareStrict() {
        return voteShareStrict;
    }

    public void setVoteShareStrict(boolean voteShareStrict) {
        this.voteShareStrict = voteShareStrict;
    }

    public BigDecimal getQuorumPercent() {
        return quorumPercent;
    }

    public void setQuorumPercent(BigDecimal quorumPercent) {
        this.quorumPercent = quorumPercent;
    }

    public Integer getChoices() {
        return choices;
    }

    public void setChoices(Integer choices) {
        this.choices = choices;
    }

    public Integer getMaxPerClusterYear() {
        return maxPerClusterYear;
    }

    public void setMaxPerClusterYear(Integer maxPerClusterYear) {
        this.maxPerClusterYear = maxPerClusterYear;
    }

    public BigDecimal getMaxMemberPercent() {
        return maxMemberPercent;
    }

    public void setMaxMemberPercent(BigDecimal maxMemberPercent) {
        this.maxMemberPercent = maxMemberPercent;
    }

    public BigDecimal getMaxLeaderPercent() {
        return maxLeaderPercent;
    }

    public void setMaxLeaderPercent(BigDecimal maxLeaderPercent) {
        this.maxLeaderPercent = maxLeaderPercent;
    }

    public String getLegalSource() {
        return legalSource;
    }

    public void setLegalSource(String legalSource) {
        this.legalSource = legalSource;
    }

    public Integer getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(Integer sortOrder) {
        this.sortOrder = sortOrder;
    }

    public List<PrerequisiteRow> getPrerequisites() {
        return prerequisites;
    }

    public void setPrerequisites(List<PrerequisiteRow> prerequisites) {
        this.prerequisites = prerequisites;
    }

    public List<DocumentRow> getDocuments() {
        return documents;
    }

    public void setDocuments(List<DocumentRow> documents) {
        this.documents = documents;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
