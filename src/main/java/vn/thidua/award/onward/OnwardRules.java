package vn.thidua.award.onward;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.thidua.award.type.PrerequisiteKind;

/**
 * The rules an onward proposal must meet to be submitted, read from the national award types' data: at least one
 * item, the submission written, each basis award still standing, each type's prerequisites met by the province's
 * decided awards, and the quota on the province's cluster leaders (rounded down, as the cluster proposal's quotas are).
 * Returns every failure at once, each naming its rule and the type's legal source. Reads nothing itself.
 */
public final class OnwardRules {

    private OnwardRules() {}

    public record TypeRule(
            long id,
            String name,
            String legalSource,
            BigDecimal maxLeaderPercent,
            List<PrerequisiteRule> prerequisites) {

        public TypeRule {
            prerequisites = List.copyOf(prerequisites);
        }

        String source() {
            return legalSource == null || legalSource.isBlank() ? "—" : legalSource;
        }
    }

    public record PrerequisiteRule(PrerequisiteKind kind, Long otherTypeId, Integer years) {}

    /** A proposed item: its type, who it is (unit, or unit and person) and whether its basis award still stands. */
    public record Candidate(long typeId, String recipientKey, String label, boolean basisStanding) {}

    /** A standing award of the province: the type, the year and who received it. */
    public record Held(long typeId, int year, String recipientKey) {}

    /**
     * What the rules read.
     *
     * @param leaders the number of the province's clusters and blocs that year: each has one leader
     * @param held    the province's standing awards of the year and the years before it the prerequisites look at
     */
    public record Facts(
            int year,
            List<Candidate> items,
            Map<Long, TypeRule> types,
            Map<Long, String> typeNames,
            int leaders,
            Set<Held> held,
            boolean submissionWritten) {}

    public record Failure(String key, List<String> args) {

        public Failure(String key, Object... args) {
            this(key, Arrays.stream(args).map(String::valueOf).toList());
        }

        public Object[] arguments() {
            return args.toArray();
        }
    }

    public static List<Failure> check(Facts facts) {
        List<Failure> failures = new ArrayList<>();
        if (facts.items().isEmpty()) {
            failures.add(new Failure("onward.rule.empty"));
        }
        if (!facts.submissionWritten()) {
            failures.add(new Failure("onward.rule.submission"));
        }
        Map<Long, List<Candidate>> byType = new LinkedHashMap<>();
        facts.items()
                .forEach(i -> byType.computeIfAbsent(i.typeId(), t -> new ArrayList<>())
                        .add(i));
        byType.forEach((typeId, items) -> {
            TypeRule type = facts.types().get(typeId);
            if (type == null) {
                return;
            }
            if (type.maxLeaderPercent() != null) {
                int allowed = allowed(type.maxLeaderPercent(), facts.leaders());
                if (items.size() > allowed) {
                    failures.add(new Failure(
                            "onward.rule.leaderQuota",
                            type.name(),
                            items.size(),
                            type.maxLeaderPercent().stripTrailingZeros().toPlainString(),
                            facts.leaders(),
                            allowed,
                            type.source()));
                }
            }
            for (Candidate item : items) {
                if (!item.basisStanding()) {
                    failures.add(new Failure("onward.rule.basisRevoked", type.name(), item.label()));
                }
                for (PrerequisiteRule p : type.prerequisites()) {
                    Failure f = prerequisite(facts, type, item, p);
                    if (f != null) {
                        failures.add(f);
                    }
                }
            }
        });
        return failures;
    }

    /** How many of the province's cluster leaders a type's share allows, rounded down. */
    public static int allowed(BigDecimal percent, int leaders) {
        return BigDecimal.valueOf(leaders)
                .multiply(percent)
                .divide(BigDecimal.valueOf(100), 0, RoundingMode.FLOOR)
                .intValue();
    }

    private static Failure prerequisite(Facts facts, TypeRule type, Candidate item, PrerequisiteRule p) {
        String other = p.otherTypeId() == null ? "—" : facts.typeNames().getOrDefault(p.otherTypeId(), "—");
        return switch (p.kind()) {
            case OTHER_AWARD_THIS_YEAR ->
                facts.held().contains(new Held(p.otherTypeId(), facts.year(), item.recipientKey()))
                        ? null
                        : new Failure(
                                "onward.rule.otherAward",
                                type.name(),
                                item.label(),
                                other,
                                facts.year(),
                                type.source());
            case CONSECUTIVE_YEARS -> {
                int years = p.years() == null ? 1 : p.years();
                for (int back = 0; back < years; back++) {
                    if (!facts.held().contains(new Held(p.otherTypeId(), facts.year() - back, item.recipientKey()))) {
                        yield new Failure(
                                "onward.rule.consecutiveYears",
                                type.name(),
                                item.label(),
                                other,
                                years,
                                facts.year(),
                                type.source());
                    }
                }
                yield null;
            }
            // Registration and the cluster's ranking were checked when the cluster proposed the basis award.
            case REGISTERED, RANKED_FIRST -> null;
        };
    }
}
