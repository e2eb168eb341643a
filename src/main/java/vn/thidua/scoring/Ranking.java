package vn.thidua.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The one place where units are ranked. Order: the higher total first; on equal totals the higher score in the
 * first scored group (group I); then fewer deductions; then the unit code, so that the order is always the same.
 * Ranks run 1, 2, 3 … without gaps; {@link Row#tiedOnTotal()} tells where a tie-break decided.
 */
public final class Ranking {

    /** One unit's scores as the ranking needs them. */
    public record Candidate(
            Long sheetId,
            Long unitId,
            String unitCode,
            String unitName,
            String unitShortName,
            BigDecimal total,
            BigDecimal firstGroup,
            BigDecimal deductions,
            Map<String, BigDecimal> groupSubtotals) {}

    /**
     * A ranked unit; {@code notSubmitted} marks a unit that never submitted its sheet, ranked by the round's
     * {@link NonSubmitterRule}.
     */
    public record Row(int rank, Candidate candidate, boolean tiedOnTotal, boolean notSubmitted) {

        public Row(int rank, Candidate candidate, boolean tiedOnTotal) {
            this(rank, candidate, tiedOnTotal, false);
        }

        /** Whether the row has no points to show: a non-submitter ranked last rather than scored zero. */
        public boolean withoutScores(NonSubmitterRule rule) {
            return notSubmitted && rule == NonSubmitterRule.RANK_LAST;
        }

        public BigDecimal total() {
            return candidate.total();
        }

        public BigDecimal subtotal(String code) {
            return candidate.groupSubtotals().getOrDefault(CriterionNode.key(code), BigDecimal.ZERO);
        }
    }

    public static final Comparator<Candidate> ORDER = Comparator.comparing(Candidate::total, Comparator.reverseOrder())
            .thenComparing(Candidate::firstGroup, Comparator.reverseOrder())
            .thenComparing(Candidate::deductions)
            .thenComparing(Candidate::unitCode, String.CASE_INSENSITIVE_ORDER);

    private Ranking() {}

    public static List<Row> of(List<Candidate> candidates) {
        List<Candidate> ordered = new ArrayList<>(candidates);
        ordered.sort(ORDER);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            Candidate candidate = ordered.get(i);
            boolean tied = ordered.stream()
                    .anyMatch(other -> other != candidate && other.total().compareTo(candidate.total()) == 0);
            rows.add(new Row(i + 1, candidate, tied));
        }
        return rows;
    }

    /**
     * The ranking with the units that never submitted: scored zero and ranked with the others, or ranked together
     * after every unit that submitted, as the round's rule says. Either way their rows are marked.
     */
    public static List<Row> of(List<Candidate> submitted, List<Candidate> notSubmitted, NonSubmitterRule rule) {
        if (notSubmitted.isEmpty()) {
            return of(submitted);
        }
        java.util.Set<Candidate> absent = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        absent.addAll(notSubmitted);
        List<Row> rows = new ArrayList<>();
        if (rule == NonSubmitterRule.SCORE_ZERO) {
            List<Candidate> all = new ArrayList<>(submitted);
            all.addAll(notSubmitted);
            for (Row row : of(all)) {
                rows.add(new Row(row.rank(), row.candidate(), row.tiedOnTotal(), absent.contains(row.candidate())));
            }
            return rows;
        }
        rows.addAll(of(submitted));
        List<Candidate> last = new ArrayList<>(notSubmitted);
        last.sort(Comparator.comparing(Candidate::unitCode, String.CASE_INSENSITIVE_ORDER));
        for (Candidate candidate : last) {
            rows.add(new Row(submitted.size() + 1, candidate, false, true));
        }
        return rows;
    }

    /** A candidate from a sheet's totals: the first group is the first scored top-level group of the tree. */
    public static Candidate candidate(
            Long sheetId,
            Long unitId,
            String unitCode,
            String unitName,
            String unitShortName,
            CriteriaTree tree,
            SheetTotals totals) {
        List<CriterionNode> groups = tree.scoredRoots();
        BigDecimal first = groups.isEmpty()
                ? BigDecimal.ZERO
                : totals.subtotal(groups.get(0).getCode());
        return new Candidate(
                sheetId,
                unitId,
                unitCode,
                unitName,
                unitShortName,
                totals.total(),
                first,
                totals.deductions(),
                totals.subtotals());
    }
}
