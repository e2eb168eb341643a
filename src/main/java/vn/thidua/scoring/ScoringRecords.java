package vn.thidua.scoring;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** What scoring's services share about a round or a sheet: the names it is recorded under and how it reads there. */
final class ScoringRecords {

    static final String SHEET = "ScoreSheet";
    static final String ROUND = "ScoringRound";

    private ScoringRecords() {}

    /** Nothing of a closed year changes (khóa sổ); the database refuses it as well. */
    static void requireYearOpen(ScoringRound round) {
        if (round.getTerm().getStatus().isReadOnly()) {
            throw new ScoringException("scoring.round.termClosed");
        }
    }

    static Long organizerOf(ScoreSheet sheet) {
        return sheet.getRound().getTable().getOrganizerId();
    }

    static String summary(ScoringRound round) {
        return round.getTerm().getCluster().getName() + " " + round.getTerm().getYear();
    }

    static String summary(ScoreSheet sheet) {
        return sheet.getUnit().getName() + " · " + summary(sheet.getRound());
    }

    static Map<String, Object> changedOnly(Map<String, Object> values, Map<String, Object> other) {
        Map<String, Object> changed = new LinkedHashMap<>();
        values.forEach((key, value) -> {
            if (!Objects.equals(value, other.get(key))) {
                changed.put(key, value);
            }
        });
        return changed;
    }

    /**
     * The units that have not submitted yet (during self-scoring) or never did (after): what closing self-scoring
     * names in its confirmation, and what the ranking marks.
     */
    static List<String> notSubmitted(List<ScoreSheet> sheets) {
        return sheets.stream()
                .filter(s -> s.getStatus() == SheetStatus.DRAFT || s.isNotSubmitted())
                .map(s -> s.getUnit().getName())
                .sorted()
                .toList();
    }
}
