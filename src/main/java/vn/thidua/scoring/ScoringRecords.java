package vn.thidua.scoring;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** What scoring's services share about a round or a sheet: the names it is recorded under and how it reads there. */
final class ScoringRecords {

    static final String SHEET = "ScoreSheet";
    static final String ROUND = "ScoringRound";

    private ScoringRecords() {}

    static Long organizerOf(ScoreSheet sheet) {
        return sheet.getRound().getTable().getOrganizerId();
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
}
