package vn.thidua.award.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.thidua.award.decision.RevocationKind;
import vn.thidua.award.decision.TakeBackCommand;

/**
 * The form of a later decision that takes back awards of an earlier one: its header as typed and, per award, what is
 * done to it (nothing, revoked, amended), the reason and the corrected achievement text (and an individual's name
 * and position).
 */
public class DecisionTakeBackForm extends DecisionHeaderForm {

    private Map<Long, String> kinds = new LinkedHashMap<>();
    private Map<Long, String> reasons = new LinkedHashMap<>();
    private Map<Long, String> corrections = new LinkedHashMap<>();
    private Map<Long, String> names = new LinkedHashMap<>();
    private Map<Long, String> positions = new LinkedHashMap<>();

    TakeBackCommand toCommand() {
        List<TakeBackCommand.Change> changes = new ArrayList<>();
        kinds.forEach((award, kind) -> {
            RevocationKind chosen = "REVOKED".equals(kind)
                    ? RevocationKind.REVOKED
                    : "AMENDED".equals(kind) ? RevocationKind.AMENDED : null;
            if (award != null && chosen != null) {
                changes.add(new TakeBackCommand.Change(
                        award,
                        chosen,
                        reasons.get(award),
                        corrections.get(award),
                        names.get(award),
                        positions.get(award)));
            }
        });
        return new TakeBackCommand(
                getNumber(), getDecidedOn(), getAuthority(), getSignerName(), getSignerTitle(), getSubject(), changes);
    }

    public Map<Long, String> getKinds() {
        return kinds;
    }

    public void setKinds(Map<Long, String> kinds) {
        this.kinds = kinds == null ? new LinkedHashMap<>() : kinds;
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }

    public void setReasons(Map<Long, String> reasons) {
        this.reasons = reasons == null ? new LinkedHashMap<>() : reasons;
    }

    public Map<Long, String> getCorrections() {
        return corrections;
    }

    public void setCorrections(Map<Long, String> corrections) {
        this.corrections = corrections == null ? new LinkedHashMap<>() : corrections;
    }

    public Map<Long, String> getNames() {
        return names;
    }

    public void setNames(Map<Long, String> names) {
        this.names = names == null ? new LinkedHashMap<>() : names;
    }

    public Map<Long, String> getPositions() {
        return positions;
    }

    public void setPositions(Map<Long, String> positions) {
        this.positions = positions == null ? new LinkedHashMap<>() : positions;
    }
}
