package vn.thidua.award.proposal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.thidua.award.type.AwardRecipient;
import vn.thidua.award.type.AwardType;
import vn.thidua.award.type.DocumentKind;
import vn.thidua.award.type.PrerequisiteKind;
import vn.thidua.award.vote.CandidateOutcome;
import vn.thidua.award.vote.VoteOutcome;

/**
 * The rules a proposal must meet to be submitted, read from the award types' data: the vote share reached in the
 * cluster's closed vote, the quotas, the prerequisites, the required documents, and no candidate proposed twice for one
 * type. Returns every failure at once, each naming its rule and the type's legal source. Checks nobody's rights and
 * reads nothing itself: the service gathers the facts.
 */
public final class ProposalRules {

    private ProposalRules() {}

    /** An award type's rules as the checks need them. */
    public record TypeRule(
            long id,
            String name,
            AwardRecipient recipient,
            String legalSource,
            Integer maxPerClusterYear,
            BigDecimal maxMemberPercent,
            List<PrerequisiteRule> prerequisites,
            List<DocumentRule> documents) {

        public TypeRule {
            prerequisites = List.copyOf(prerequisites);
            documents = List.copyOf(documents);
        }

        public static TypeRule of(AwardType type) {
            return new TypeRule(
                    type.getId(),
                    type.getName(),
                    type.getRecipient(),
                    type.getLegalSource(),
                    type.getMaxPerClusterYear(),
                    type.getMaxMemberPercent(),
                    type.getPrerequisites().stream()
                            .map(p -> new PrerequisiteRule(p.getKind(), p.getOtherTypeId(), p.getYears()))
                            .toList(),
                    type.getDocuments().stream()
                            .map(d -> new DocumentRule(d.getKind(), d.getName(), d.isPerItem()))
                            .toList());
        }

        String source() {
            return legalSource == null || legalSource.isBlank() ? "—" : legalSource;
        }
    }

    public record PrerequisiteRule(PrerequisiteKind kind, Long otherTypeId, Integer years) {}

    public record DocumentRule(DocumentKind kind, String name, boolean perItem) {}

    /**
     * A proposed item: its type, its unit, who it is (unit, or unit and person), how to name it in a message, and
     * whose awards its prerequisites read ({@link #holder(long, String)}).
     */
    public record Candidate(long itemId, long typeId, long unitId, String candidateKey, String label, String holder) {

        /** A collective: the prerequisites read the unit's awards. */
        public Candidate(long itemId, long typeId, long unitId, String candidateKey, String label) {
            this(itemId, typeId, unitId, candidateKey, label, ProposalRules.holder(unitId, null));
        }
    }

    /**
     * Who holds an award, as the prerequisites match it: a unit (with the units merged into it), or a person of that
     * unit by name without case, accents or extra spaces.
     */
    public static String holder(long unitId, String personKey) {
        return personKey == null ? Long.toString(unitId) : unitId + "/" + personKey;
    }

    /** An award of a type that stands (granted, not taken back) for a holder. */
    public record Holding(String holder, long typeId) {}

    /** A unit proposed (or registered) for a type. */
    public record UnitType(long unitId, long typeId) {}

    /**
     * What the rules read.
     *
     * @param types            the organiser's award types, by id
     * @param members          the number of member units of the cluster-year
     * @param rankedFirst      the units ranked first in the cluster-year's final ranking (empty without one)
     * @param registered       the active registrations of the cluster-year
     * @param heldThisYear     the awards standing for the cluster-year's year (granted by a decision, not revoked)
     * @param heldYearsBack    for 1, 2, … years back, the awards standing for that year
     */
    public record Facts(
            List<Candidate> items,
            Map<Long, TypeRule> types,
            Optional<VoteOutcome> vote,
            int members,
            Set<Long> rankedFirst,
            Set<UnitType> registered,
            Set<Holding> heldThisYear,
            Map<Integer, Set<Holding>> heldYearsBack,
            boolean submissionWritten,
            Set<DocumentKind> proposalDocuments,
            Map<Long, Set<DocumentKind>> itemDocuments) {}

    /** One failed rule: a message key of the proposal's bundle and its arguments, already as text. */
    public record Failure(String key, List<String> args) {

        public Failure(String key, Object... args) {
            this(key, java.util.Arrays.stream(args).map(String::valueOf).toList());
        }

        public Object[] arguments() {
            return args.toArray();
        }
    }

    public static List<Failure> check(Facts facts) {
        List<Failure> failures = new ArrayList<>();
        if (facts.items().isEmpty()) {
            failures.add(new Failure("proposal.rule.empty"));
            return failures;
        }
        Map<Long, List<Candidate>> byType = new LinkedHashMap<>();
        facts.items()
                .forEach(item -> byType.computeIfAbsent(item.typeId(), t -> new ArrayList<>())
                        .add(item));

        if (facts.vote().isEmpty()) {
            failures.add(new Failure("proposal.rule.noVote"));
        }
        byType.forEach((typeId, items) -> {
            TypeRule type = facts.types().get(typeId);
            if (type == null) {
                return;
            }
            facts.vote()
                    .ifPresent(vote -> items.forEach(item -> {
                        Optional<CandidateOutcome> outcome = vote.of(typeId, item.unitId());
                        if (outcome.map(o -> !o.elected()).orElse(true)) {
                            failures.add(
                                    new Failure("proposal.rule.voteShare", type.name(), item.label(), type.source()));
                        }
                    }));
            quotas(facts, type, items, failures);
            for (Candidate item : items) {
                for (PrerequisiteRule prerequisite : type.prerequisites()) {
                    prerequisite(facts, type, item, prerequisite).ifPresent(failures::add);
                }
            }
            documents(facts, type, items, failures);
            Map<String, Integer> seen = new LinkedHashMap<>();
            items.forEach(item -> seen.merge(item.candidateKey(), 1, Integer::sum));
            seen.forEach((key, count) -> {
                if (count > 1) {
                    String label = items.stream()
                            .filter(i -> i.candidateKey().equals(key))
                            .findFirst()
                            .orElseThrow()
                            .label();
                    failures.add(new Failure("proposal.rule.duplicate", type.name(), label, count));
                }
            });
        });
        return failures;
    }

    private static void quotas(Facts facts, TypeRule type, List<Candidate> items, List<Failure> failures) {
        int count = items.size();
        if (type.maxPerClusterYear() != null && count > type.maxPerClusterYear()) {
            failures.add(new Failure(
                    "proposal.rule.maxPerClusterYear", type.name(), count, type.maxPerClusterYear(), type.source()));
        }
        if (type.maxMemberPercent() != null) {
            int allowed = BigDecimal.valueOf(facts.members())
                    .multiply(type.maxMemberPercent())
                    .divide(BigDecimal.valueOf(100), 0, RoundingMode.FLOOR)
                    .intValue();
            if (count > allowed) {
                failures.add(new Failure(
                        "proposal.rule.maxMemberPercent",
                        type.name(),
                        count,
                        type.maxMemberPercent().stripTrailingZeros().toPlainString(),
                        facts.members(),
                        allowed,
                        type.source()));
            }
        }
    }

    private static Optional<Failure> prerequisite(
            Facts facts, TypeRule type, Candidate item, PrerequisiteRule prerequisite) {
        return switch (prerequisite.kind()) {
            case REGISTERED ->
                facts.registered().contains(new UnitType(item.unitId(), type.id()))
                        ? Optional.empty()
                        : Optional.of(
                                new Failure("proposal.rule.registered", type.name(), item.label(), type.source()));
            case RANKED_FIRST ->
                facts.rankedFirst().contains(item.unitId())
                        ? Optional.empty()
                        : Optional.of(
                                new Failure("proposal.rule.rankedFirst", type.name(), item.label(), type.source()));
            case OTHER_AWARD_THIS_YEAR ->
                facts.heldThisYear().contains(new Holding(item.holder(), prerequisite.otherTypeId()))
                        ? Optional.empty()
                        : Optional.of(new Failure(
                                "proposal.rule.otherAwardThisYear",
                                type.name(),
                                item.label(),
                                otherName(facts, prerequisite),
                                type.source()));
            case CONSECUTIVE_YEARS -> {
                int years = prerequisite.years() == null ? 1 : prerequisite.years();
                for (int back = 1; back <= years; back++) {
                    if (!facts.heldYearsBack()
                            .getOrDefault(back, Set.of())
                            .contains(new Holding(item.holder(), prerequisite.otherTypeId()))) {
                        yield Optional.of(new Failure(
                                "proposal.rule.consecutiveYears",
                                type.name(),
                                item.label(),
                                otherName(facts, prerequisite),
                                years,
                                type.source()));
                    }
                }
                yield Optional.empty();
            }
        };
    }

    private static String otherName(Facts facts, PrerequisiteRule prerequisite) {
        TypeRule other = facts.types().get(prerequisite.otherTypeId());
        return other == null ? "—" : other.name();
    }

    private static void documents(Facts facts, TypeRule type, List<Candidate> items, List<Failure> failures) {
        for (DocumentRule document : type.documents()) {
            if (document.kind() == DocumentKind.SUBMISSION) {
                if (!facts.submissionWritten()) {
                    failures.add(
                            new Failure("proposal.rule.documentProposal", type.name(), document.name(), type.source()));
                }
            } else if (document.perItem() && document.kind() == DocumentKind.ACHIEVEMENT_REPORT) {
                for (Candidate item : items) {
                    if (!facts.itemDocuments()
                            .getOrDefault(item.itemId(), Set.of())
                            .contains(document.kind())) {
                        failures.add(new Failure(
                                "proposal.rule.documentItem",
                                type.name(),
                                item.label(),
                                document.name(),
                                type.source()));
                    }
                }
            } else if (!facts.proposalDocuments().contains(document.kind())) {
                failures.add(
                        new Failure("proposal.rule.documentProposal", type.name(), document.name(), type.source()));
            }
        }
    }
}
