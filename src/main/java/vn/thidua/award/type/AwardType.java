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
import java.util.ArrayList;
import java.util.List;

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

    @Version
    private long version;

    protected AwardType() {}

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
