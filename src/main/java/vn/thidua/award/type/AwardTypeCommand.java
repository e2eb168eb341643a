package vn.thidua.award.type;

import java.math.BigDecimal;
import java.util.List;

/**
 * What an administrator enters for an award type. Percentages are in percent (50 = 50 %); {@code choices} empty means
 * "agree or disagree with each candidate"; an empty quota means none.
 */
public record AwardTypeCommand(
        String code,
        String name,
        AwardCategory category,
        AwardLevel level,
        AwardRecipient recipient,
        VoteBase voteBase,
        BigDecimal voteSharePercent,
        boolean voteShareStrict,
        BigDecimal quorumPercent,
        Integer choices,
        Integer maxPerClusterYear,
        BigDecimal maxMemberPercent,
        BigDecimal maxLeaderPercent,
        String legalSource,
        int sortOrder,
        List<PrerequisiteLine> prerequisites,
        List<DocumentLine> documents) {

    public AwardTypeCommand {
        prerequisites = prerequisites == null ? List.of() : List.copyOf(prerequisites);
        documents = documents == null ? List.of() : List.copyOf(documents);
    }

    /** One prerequisite: its kind, the other type it names (when it names one) and the years (when it counts them). */
    public record PrerequisiteLine(PrerequisiteKind kind, Long otherTypeId, Integer years) {}

    /** One required document: its kind, its name, and whether one is needed per proposed item. */
    public record DocumentLine(DocumentKind kind, String name, boolean perItem) {}
}
